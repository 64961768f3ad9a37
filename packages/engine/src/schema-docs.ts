// A description and an example for every property of the published incident schema, so an
// editor that reads the schema explains each field as it is typed (docs/incident-model.md is
// the longer account). Keyed by the property's path; a test checks every property is covered
// and every example is valid against the schema.

/** Property path (keys joined by "/") → its description (when the schema has none) and an example. */
export type JsonSchemaDocs = Record<string, { description?: string; example: unknown }>;

export const INCIDENT_DOCS: JsonSchemaDocs = {
  $schema: {
    description: 'Optional: where the editor finds this schema (a path or URL); ignored by ndb.',
    example: '../schemas/incident.schema.json',
  },
  schemaVersion: { description: 'The version of this incident format; always 1.', example: 1 },
  entity: {
    description: 'The organisation that holds the information (the practice).',
    example: {
      name: 'Harbourside Family Medical',
      type: 'health_service_provider',
      annualTurnover: 1800000,
      carveIns: [],
      jurisdiction: 'NSW',
      myHealthRecordParticipant: false,
      criticalInfrastructure: false,
      apraRegulated: false,
      gdprApplies: false,
    },
  },
  'entity/name': { example: 'Harbourside Family Medical' },
  'entity/type': {
    description:
      'What kind of organisation it is; a health service provider is covered whatever its turnover (s 6D(4)(b)).',
    example: 'health_service_provider',
  },
  'entity/annualTurnover': {
    description:
      'Annual turnover in AUD for the previous financial year, or "unknown"; $3,000,000 or less makes a business a small business (s 6D).',
    example: 1800000,
  },
  'entity/carveIns': {
    description:
      'For a business with turnover of $3,000,000 or less: the activities that bring it under the Act anyway (s 6D(4), 6E). Empty when none.',
    example: [],
  },
  'entity/jurisdiction': {
    description: 'The state or territory the practice is in (state schemes, the default time zone).',
    example: 'NSW',
  },
  'entity/myHealthRecordParticipant': {
    description:
      'Whether the practice is a registered healthcare provider organisation in the My Health Record system.',
    example: true,
  },
  'entity/criticalInfrastructure': {
    description: 'Whether it is the responsible entity for a critical infrastructure asset (SOCI Act).',
    example: false,
  },
  'entity/apraRegulated': {
    description: 'Whether APRA regulates it (e.g. a private health insurer; CPS 234).',
    example: false,
  },
  'entity/gdprApplies': {
    description: 'Whether the EU GDPR applies to this information (art 33 notification).',
    example: false,
  },
  'entity/timeZone': { example: 'Australia/Sydney' },
  breach: {
    description: 'What happened and when the practice became aware of it.',
    example: {
      kind: 'unauthorised_disclosure',
      certainty: 'suspected',
      awareOn: '2025-06-02',
      personalInformationAccessed: true,
      myHealthRecord: 'no',
      ransomware: { paymentMade: false, paymentMadeAt: null },
      otherEntities: { involved: false, anotherEntityAssessing: false, anotherEntityNotifying: false },
      lawEnforcementAskedToDelay: false,
    },
  },
  'breach/kind': {
    description:
      'Unauthorised access, unauthorised disclosure or loss (s 26WE(2)); "unknown" if not yet known.',
    example: 'unauthorised_disclosure',
  },
  'breach/certainty': {
    description:
      '"believed": there are reasonable grounds to believe it is an eligible data breach (s 26WK); "suspected": only reasonable grounds to suspect it (s 26WH).',
    example: 'suspected',
  },
  'breach/awareOn': {
    description:
      'The date the practice became aware, in its own time zone; the 30-day assessment counts from the day after.',
    example: '2025-06-02',
  },
  'breach/awareAt': {
    description:
      'Optional: the moment the practice became aware, when known; hour-based duties then get a due time.',
    example: '2025-06-02T11:00:00+10:00',
  },
  'breach/occurredOn': {
    description: 'Optional: the date the breach happened, if known.',
    example: '2025-06-02',
  },
  'breach/description': {
    example: 'A GP note was emailed to the wrong patient; autocomplete picked a similar name.',
  },
  'breach/cause': {
    description:
      'Optional: the cause in the OAIC’s reporting categories; it only changes which other bodies to tell.',
    example: 'human_error',
  },
  'breach/personalInformationAccessed': {
    description:
      'Whether personal information was (or may have been) accessed or disclosed; false only when reliable evidence (e.g. logs) shows it was not.',
    example: true,
  },
  'breach/myHealthRecord': {
    description:
      'Whether the My Health Record system itself (not local copies) is or may be involved (s 26WD, MHR Act s 75).',
    example: 'no',
  },
  'breach/alsoOutsideMyHealthRecord': { example: true },
  'breach/accessLikelyAfterLoss': { example: true },
  'breach/ransomware': {
    description: 'Whether a ransomware payment was made, and when (Cyber Security Act 2024 payment report).',
    example: { paymentMade: false, paymentMadeAt: null },
  },
  'breach/ransomware/paymentMade': {
    description: 'Whether a ransom was paid (by or for the practice).',
    example: false,
  },
  'breach/ransomware/paymentMadeAt': {
    description: 'When the payment was made, or null when none was made or the time is unknown.',
    example: null,
  },
  'breach/otherEntities': {
    description: 'Other organisations affected by the same breach (s 26WJ, 26WM).',
    example: { involved: false, anotherEntityAssessing: false, anotherEntityNotifying: false },
  },
  'breach/otherEntities/involved': {
    description: 'Whether the breach also affects information another organisation holds.',
    example: false,
  },
  'breach/otherEntities/anotherEntityAssessing': {
    description: 'Whether another affected organisation is carrying out the assessment (s 26WJ).',
    example: false,
  },
  'breach/otherEntities/anotherEntityNotifying': {
    description:
      'Whether another affected organisation says it will notify; on its own this relieves no one.',
    example: false,
  },
  'breach/otherEntities/anotherEntityHasNotified': { example: false },
  'breach/lawEnforcementAskedToDelay': {
    description: 'Whether an enforcement body asked that notification wait (s 26WN).',
    example: false,
  },
  information: {
    description: 'What information was involved and about whom.',
    example: {
      kinds: ['health', 'government_identifier'],
      individualsAffected: 1,
      vulnerableIndividuals: false,
    },
  },
  'information/kinds': {
    description: 'The kinds of information involved (at least one; "unknown" when not yet known).',
    example: ['health', 'government_identifier'],
  },
  'information/individualsAffected': {
    description: 'How many people the information is about (an integer, or "unknown").',
    example: 1,
  },
  'information/vulnerableIndividuals': {
    description:
      'Whether any of them are vulnerable (children, family-violence risk, mental-health clients, …).',
    example: false,
  },
  'information/aboutPatients': { example: true },
  'information/employeeRecordsIncludeTfnOrPatientRecords': { example: false },
  'information/heldForCarveInPurpose': { example: true },
  protection: {
    description:
      'How the information was protected (s 26WG(c)–(d)): none, a password only, or encrypted with the key safe or compromised.',
    example: 'none',
  },
  obtainedInProtectedForm: { example: false },
  recipient: {
    description: 'Who has obtained or could obtain the information (s 26WG(g)).',
    example: 'unintended_individual',
  },
  remediation: {
    description:
      'What was done about it and whether, in the practice’s view, that prevented serious harm (s 26WF).',
    example: { status: 'none', actions: ['asked_recipient_to_delete'] },
  },
  'remediation/status': {
    description:
      'The practice’s claim: no remedial action, action that prevented serious harm (for everyone or for some), or partial.',
    example: 'none',
  },
  'remediation/actions': {
    description: 'The remedial actions taken, for the record (the known action ids are weighed by s 26WF).',
    example: ['asked_recipient_to_delete'],
  },
};
