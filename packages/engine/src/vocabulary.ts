// The closed vocabularies of the incident model (../../../schemas/incident.schema.json).
// One source of truth: the types, the JSON Schema test, the question definitions and the
// exhaustive sweep all read these arrays. Names are a public contract: never rename.

export const ENTITY_TYPES = [
  'health_service_provider',
  'business',
  'commonwealth_agency',
  'state_or_territory_authority',
] as const;

export const CARVE_INS = [
  'trades_in_personal_information',
  'commonwealth_contracted_service_provider',
  'credit_reporting_body',
  'credit_provider',
  'aml_ctf_reporting_entity',
  'opted_in',
  'related_to_larger_business',
  'residential_tenancy_database_operator',
  'registered_employee_association',
] as const;

export const JURISDICTIONS = ['ACT', 'NSW', 'NT', 'QLD', 'SA', 'TAS', 'VIC', 'WA'] as const;

export const BREACH_KINDS = ['unauthorised_access', 'unauthorised_disclosure', 'loss'] as const;
export const CERTAINTIES = ['believed', 'suspected'] as const;
export const MHR_INVOLVEMENT = ['no', 'involved', 'possibly_involved'] as const;

/** Optional (added to the model): what caused it, in the OAIC's reporting categories. Drives other-body advice only. */
export const BREACH_CAUSES = [
  'human_error',
  'cyber_attack',
  'theft',
  'rogue_insider',
  'system_fault',
] as const;

export const INFORMATION_KINDS = [
  'health',
  'sensitive',
  'government_identifier',
  'tfn',
  'financial',
  'credit_eligibility',
  'identity',
  'contact',
  'credentials',
  'employee_record',
  'business_contact',
  'publicly_available',
  'de_identified',
] as const;

export const PROTECTIONS = [
  'none',
  'password_only',
  'encrypted_key_secure',
  'encrypted_key_compromised',
] as const;

export const RECIPIENTS = [
  'malicious_or_unknown',
  'hostile_known_person',
  'unauthorised_staff',
  'unintended_individual',
  'trusted_recipient',
  'public',
  'none_known',
  /** Added: the practice's own staff saw it by accident and did not misuse it (bound by their duties). */
  'own_staff_accidental',
] as const;

export const REMEDIATION_STATUSES = ['none', 'prevented_harm', 'prevented_harm_for_some', 'partial'] as const;

/**
 * How a remedial action can bear on s 26WF. Remedial action counts only if, taken before serious
 * harm, it makes serious harm unlikely *for what was already obtained* (legal-reference §3):
 * - `before_access`: stops anyone getting the information at all (a verified recall before it was
 *   opened, a wipe or recovery before anyone used the device). It can only count where reliable
 *   evidence shows nobody accessed the information (s 26WF(3) for a loss).
 * - `deletion_confirmed`: the recipient confirms the copy is gone. It counts only from someone with
 *   no motive to misuse it (a trusted or unintended recipient), never from an attacker, rogue staff
 *   or a hostile person (OAIC on threat actors' assurances, S66).
 * - `containment`: stops *further* access (passwords reset, content taken down, a request to
 *   delete). It does nothing about what was already obtained, so it never meets s 26WF on its own
 *   (the OAIC's Datateks and Pacific Lutheran determinations, S41).
 * - `assurance`: a promise bought from the person who took it. Never counts.
 */
export type RemedialEffectClass = 'before_access' | 'deletion_confirmed' | 'containment' | 'assurance';

/** Remedial actions the engine recognises (the list is free: other strings are kept for the record). */
export const REMEDIAL_ACTIONS = {
  asked_recipient_to_delete: { label: 'Asked the recipient to delete it', effect: 'containment' },
  recipient_confirmed_deletion: {
    label: 'The recipient confirmed in writing that they deleted it',
    effect: 'deletion_confirmed',
  },
  message_revoked_unopened: {
    label: 'Message revoked, and an audit log shows it was never opened',
    effect: 'before_access',
  },
  device_remotely_wiped: {
    label: 'Device remotely wiped or locked before anyone used it',
    effect: 'before_access',
  },
  device_recovered_unaccessed: {
    label: 'Device or records recovered, with evidence nobody accessed them',
    effect: 'before_access',
  },
  access_revoked: {
    label: 'Access revoked (passwords reset, sessions ended, accounts disabled)',
    effect: 'containment',
  },
  content_taken_down: { label: 'Published content taken down', effect: 'containment' },
  ransom_paid_for_deletion: { label: 'A ransom was paid for a promise to delete', effect: 'assurance' },
} as const satisfies Record<string, { label: string; effect: RemedialEffectClass }>;

export type RemedialActionId = keyof typeof REMEDIAL_ACTIONS;

export const OUTCOMES = ['notify', 'assess', 'not_notifiable', 'not_covered'] as const;

/**
 * The s 26WG(c)–(j) matters the serious-harm step weighs, in the order of the Act. A new id fails to
 * compile until it has a rule (`rules/serious-harm.ts`) and a label (`labels.ts`); the decision
 * schema enumerates these.
 */
export const HARM_FACTOR_IDS = [
  'kind_of_information',
  'sensitivity',
  'security_measures',
  'measures_overcome',
  'recipients',
  'circumvention_knowledge',
  'nature_of_harm',
  'other_matters',
] as const;

/** How one matter bears on whether serious harm is likely. */
export const HARM_EFFECTS = ['raises', 'lowers', 'neutral', 'depends'] as const;

/** How cautious an outcome is: a higher rank is more cautious (used to combine and to test monotonicity). */
export const OUTCOME_RANK: Record<(typeof OUTCOMES)[number], number> = {
  not_covered: 0,
  not_notifiable: 1,
  assess: 2,
  notify: 3,
};

export const OBLIGATION_IDS = [
  'oaic_statement',
  'notify_individuals',
  'complete_assessment',
  'mhr_notify_system_operator',
  'mhr_notify_commissioner',
  'mhr_request_consumer_notification',
  'ransomware_payment_report',
  'soci_incident_report',
  'apra_cps234_notice',
  'gdpr_art33_notice',
  'gdpr_art34_notice',
  'state_scheme_notice',
  'coordinate_with_other_entities',
  'request_commissioner_extension',
  'keep_record',
] as const;

export const CHANNELS = ['part_iiic', 'mhr_s75'] as const;
