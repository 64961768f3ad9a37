// The decision wizard's questions, as data: the browser wizard and `ndb assess --interactive`
// both walk this list. Each question fills incident fields (dotted paths); every field offers
// "I don't know", mapped to the model's `unknown` or, where the model has no unknown, to the
// cautious value. Related facts share a screen, so every public scenario takes at most eight
// screens once the organisation is known (bench/site.ts measures it through the real wizard).
import { cite } from './citations.ts';
import {
  BREACH_KIND_LABELS,
  PROTECTION_LABELS,
  RECIPIENT_LABELS,
  REMEDIATION_STATUS_LABELS,
} from './labels.ts';
import { KIND_LABELS } from './rules/coverage.ts';
import type { Incident } from './types.ts';
import { CARVE_INS, INFORMATION_KINDS, JURISDICTIONS, REMEDIAL_ACTIONS } from './vocabulary.ts';

export interface Option {
  value: unknown;
  label: string;
  help?: string;
}

export type Condition =
  | { path: string; in: unknown[] }
  | { path: string; notIn: unknown[] }
  /** The list at `path` holds at least one of these values. */
  | { path: string; includesAny: unknown[] }
  | { all: Condition[] }
  | { any: Condition[] };

export interface Field {
  path: string;
  label: string;
  input: 'choice' | 'multi' | 'date' | 'datetime' | 'number';
  options?: Option[];
  /**
   * The "I don't know" answer and what it stores. Absent where the law needs a value and a
   * cautious one can be asked for instead (the awareness date: the earliest it could have been).
   */
  unknown?: { label: string; value: unknown };
  /** Extra words under the field's label: what counts, what evidence to use. */
  help?: string;
  optional?: boolean;
  showIf?: Condition;
  /**
   * A follow-up that an "I don't know" to the fact at this path makes moot (when was the ransom
   * paid, after "I don't know" whether it was): a wizard that tracks "I don't know" leaves it
   * out, and the field keeps the draft's value, which is the cautious one.
   */
  mootWhenUnknown?: string;
}

export interface Question {
  id: string;
  section: 'organisation' | 'incident';
  prompt: string;
  help: string;
  citations: string[];
  fields: Field[];
  showIf?: Condition;
}

const DONT_KNOW = "I don't know";
const unknownAnswer = { label: DONT_KNOW, value: 'unknown' };
const yesNo = (yes: string, no: string): Option[] => [
  { value: true, label: yes },
  { value: false, label: no },
];

export const QUESTIONS: Question[] = [
  {
    id: 'organisation',
    section: 'organisation',
    prompt: 'What kind of organisation are you?',
    help: 'A practice that provides a health service and holds health information is covered whatever its turnover. That includes more than clinics: pharmacies, gyms and weight-loss clinics, childcare centres, private schools and complementary therapists (naturopaths, massage therapists) can be health service providers when they assess, record or treat someone’s health. Other small businesses (turnover $3,000,000 or less) are usually not covered.',
    citations: [cite('s6D(4)'), cite('s6D'), cite('s6C')],
    fields: [
      {
        path: 'entity.type',
        label: 'Type of organisation',
        input: 'choice',
        options: [
          {
            value: 'health_service_provider',
            label:
              'A private health service (GP, dentist, allied health, psychology, pharmacy, NDIS therapy, complementary therapy…)',
          },
          { value: 'business', label: 'Another private business, sole trader or not-for-profit' },
          { value: 'commonwealth_agency', label: 'A Commonwealth agency' },
          {
            value: 'state_or_territory_authority',
            label: 'A state or territory body, such as a public hospital',
          },
        ],
        unknown: { label: DONT_KNOW, value: 'health_service_provider' },
      },
      {
        path: 'entity.annualTurnover',
        label: 'Annual turnover last financial year (AUD)',
        input: 'number',
        unknown: unknownAnswer,
      },
    ],
  },
  {
    id: 'organisation_facts',
    section: 'organisation',
    prompt: 'A few more facts about your organisation',
    help: 'These decide which other laws apply: My Health Record (s 75), state schemes, and carve-ins that bring a small business under the Act.',
    citations: [cite('mhr_s75'), cite('s6E'), cite('s6EA')],
    fields: [
      {
        path: 'entity.jurisdiction',
        label: 'State or territory',
        input: 'choice',
        options: JURISDICTIONS.map((j) => ({ value: j, label: j })),
        unknown: { label: DONT_KNOW, value: 'NSW' },
      },
      {
        path: 'entity.myHealthRecordParticipant',
        label: 'Registered with the My Health Record system as a healthcare provider organisation?',
        input: 'choice',
        options: yesNo('Yes', 'No'),
        unknown: { label: DONT_KNOW, value: true },
      },
      {
        path: 'entity.carveIns',
        label: 'Does any of these apply?',
        input: 'multi',
        options: CARVE_INS.map((c) => ({ value: c, label: c.replaceAll('_', ' ') })),
        unknown: { label: DONT_KNOW, value: [] },
        optional: true,
        showIf: { path: 'entity.type', in: ['business'] },
      },
    ],
  },
  {
    id: 'what_happened',
    section: 'incident',
    prompt: 'What happened?',
    help: 'An eligible data breach starts with unauthorised access, unauthorised disclosure, or loss where access is likely. An email to a wrong but valid address is a disclosure even if nobody has said they opened it.',
    citations: [cite('s26WE(2)(a)'), cite('s26WE(2)(b)')],
    fields: [
      {
        path: 'breach.kind',
        label: 'What happened to the information',
        input: 'choice',
        options: (['unauthorised_disclosure', 'unauthorised_access', 'loss'] as const).map((k) => ({
          value: k,
          label: BREACH_KIND_LABELS[k],
        })),
        unknown: unknownAnswer,
      },
      {
        path: 'breach.accessLikelyAfterLoss',
        label: 'After the loss, is someone likely to get at the information?',
        input: 'choice',
        options: yesNo(
          'Yes, or we cannot rule it out (left in public, stolen, not found)',
          'No: it was destroyed, or it is still somewhere we control (keep the evidence)',
        ),
        unknown: unknownAnswer,
        showIf: { path: 'breach.kind', in: ['loss'] },
      },
      {
        path: 'breach.cause',
        label: 'What caused it',
        input: 'choice',
        options: [
          { value: 'human_error', label: 'A mistake (wrong recipient, left behind, misconfigured)' },
          { value: 'cyber_attack', label: 'A cyber attack (phishing, hacking, ransomware)' },
          { value: 'theft', label: 'Theft or burglary' },
          { value: 'rogue_insider', label: 'A staff member or former staff member misusing access' },
          { value: 'system_fault', label: 'A system fault' },
        ],
        unknown: unknownAnswer,
      },
    ],
  },
  {
    id: 'awareness',
    section: 'incident',
    prompt: 'When did you become aware, and how sure are you?',
    help: 'The 30-day assessment clock starts the day after you became aware of grounds to suspect a breach. With reasonable grounds to believe, you must notify as soon as practicable: you need not use the 30 days.',
    citations: [cite('s26WH'), cite('s26WK'), cite('aia_s36')],
    fields: [
      {
        path: 'breach.awareOn',
        label: 'Date you became aware',
        help: 'Not sure? Enter the earliest date it could have been: the 30 days count from then, and an earlier date is the safe choice.',
        input: 'date',
      },
      {
        path: 'breach.awareAt',
        label: 'Time you became aware that day (if known)',
        input: 'datetime',
        optional: true,
        unknown: { label: DONT_KNOW, value: undefined },
      },
      {
        path: 'breach.certainty',
        label: 'How sure are you that it happened as described?',
        input: 'choice',
        options: [
          {
            value: 'believed',
            label: 'We have reasonable grounds to believe it (the facts are established)',
          },
          { value: 'suspected', label: 'We only suspect it (we are still finding out)' },
        ],
        unknown: { label: DONT_KNOW, value: 'suspected' },
      },
    ],
  },
  {
    id: 'information',
    section: 'incident',
    prompt: 'What information was involved, and whose?',
    help: 'Health information is sensitive information. For a health practice, your patients’ names, contact details and Medicare numbers are health information too: they were collected in providing a health service, and being someone’s patient (a psychologist’s client, say) can itself be sensitive.',
    citations: [
      cite('s26WG(c)'),
      cite('s26WG(d)'),
      cite('s6FA'),
      cite('s6(1)'),
      cite('s7B(3)'),
      cite('s26WG(i)'),
      cite('s26WG(j)'),
    ],
    fields: [
      {
        path: 'information.kinds',
        label: 'Which kinds? Tick all that apply',
        help: 'Tick tax file numbers separately from employee records: TFNs stay covered even in payroll files. “De-identified” means nobody could work out who it is about, even combined with other information; a list with names removed but dates of birth and postcodes left in is not de-identified.',
        input: 'multi',
        options: INFORMATION_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] })),
        unknown: { label: "I don't know (or there may be more)", value: ['unknown'] },
      },
      {
        path: 'information.employeeRecordsIncludeTfnOrPatientRecords',
        label:
          'Do the employee records include tax file numbers, or a staff member’s own records as a patient?',
        input: 'choice',
        options: yesNo('Yes, or they may (payroll files usually hold TFNs)', 'No: employment records only'),
        unknown: unknownAnswer,
        showIf: { path: 'information.kinds', includesAny: ['employee_record'] },
      },
      {
        path: 'information.aboutPatients',
        label: 'Are the names, contact details or identifiers about your patients or clients?',
        input: 'choice',
        options: yesNo('Yes, patients or clients', 'No, other people (suppliers, job applicants…)'),
        unknown: unknownAnswer,
        showIf: {
          all: [
            { path: 'entity.type', in: ['health_service_provider'] },
            { path: 'information.kinds', includesAny: ['contact', 'identity', 'government_identifier'] },
          ],
        },
      },
      {
        path: 'information.individualsAffected',
        label: 'How many people (approximately)',
        input: 'number',
        unknown: unknownAnswer,
      },
      {
        path: 'information.vulnerableIndividuals',
        label: 'Are any of them vulnerable?',
        help: 'Children, people at risk of family violence and mental-health clients can suffer more serious harm from the same information.',
        input: 'choice',
        options: yesNo('Yes', 'No'),
        unknown: unknownAnswer,
      },
    ],
  },
  {
    id: 'protection',
    section: 'incident',
    prompt: 'How was the information protected?',
    help: 'Encryption counts only if the key or password is safe, and only for what was obtained in encrypted form: a stolen encrypted laptop is protected; a database encrypted “at rest” is not, once someone reads it through the live system or a logged-in account. Encrypted data with its key is treated as unencrypted. A device password alone can be bypassed.',
    citations: [cite('s26WG(e)'), cite('s26WG(f)'), cite('s26WG(h)')],
    fields: [
      {
        path: 'protection',
        label: 'Protection',
        input: 'choice',
        options: (
          ['none', 'password_only', 'encrypted_key_secure', 'encrypted_key_compromised'] as const
        ).map((p) => ({ value: p, label: PROTECTION_LABELS[p] })),
        unknown: unknownAnswer,
      },
      {
        path: 'obtainedInProtectedForm',
        label: 'Was what they obtained only the encrypted data?',
        input: 'choice',
        options: yesNo(
          'Yes: only the encrypted device, file or backup (a device that was locked or switched off)',
          'No: it could be read through a working system, account or session (or an unlocked device)',
        ),
        unknown: unknownAnswer,
        showIf: { path: 'protection', in: ['encrypted_key_secure'] },
      },
    ],
  },
  {
    id: 'recipient',
    section: 'incident',
    prompt: 'Who has, or could have, the information, and did they see it?',
    help: 'Who has obtained or could obtain the information matters most: an attacker or someone with a motive makes serious harm more likely than a trusted health provider. Choose “our own staff, by accident” only if they did not use or pass it on; a staff member who went looking is “without a legitimate need”.',
    citations: [cite('s26WG(g)'), cite('s26WE(2)(a)'), cite('oaic_threat_actor')],
    fields: [
      {
        path: 'recipient',
        label: 'Who has it, or could get it?',
        input: 'choice',
        options: (
          [
            'malicious_or_unknown',
            'hostile_known_person',
            'unauthorised_staff',
            'own_staff_accidental',
            'unintended_individual',
            'trusted_recipient',
            'public',
            'none_known',
          ] as const
        ).map((r) => ({ value: r, label: RECIPIENT_LABELS[r] })),
        unknown: unknownAnswer,
      },
      {
        path: 'breach.personalInformationAccessed',
        label: 'Was personal information actually accessed, seen or received?',
        help: 'Answer No only if reliable evidence shows nobody accessed it: audit or access logs, a verified recall, and for a cyber attack a forensic report. “We found no sign of it” without logs is not evidence, and neither is a promise from an attacker. An email delivered to the wrong address counts as received.',
        input: 'choice',
        options: yesNo(
          'Yes, or it was delivered to someone',
          'No: reliable evidence shows nobody accessed it',
        ),
        unknown: unknownAnswer,
      },
    ],
  },
  {
    id: 'remediation',
    section: 'incident',
    prompt: 'What have you done to contain it, and did it work?',
    help: 'Say what you did and when. It only changes the answer if it was done before any serious harm and, as a result, serious harm is not likely for what was already obtained — for example a recall verified before the email was opened, a device wiped or recovered before anyone used it, or written confirmation of deletion from a recipient with no motive to misuse it. Resetting passwords or taking content down stops further access but does not undo what was seen. Never rely on a promise from an attacker or from someone who took it on purpose. Keep the evidence (logs, the written confirmation).',
    citations: [
      cite('s26WF(1)'),
      cite('s26WF(2)'),
      cite('s26WF(3)'),
      cite('s26WF(4)'),
      cite('s26WF(5)'),
      cite('oaic_threat_actor'),
    ],
    fields: [
      {
        path: 'remediation.actions',
        label: 'Actions taken (tick none if nothing has been done yet)',
        input: 'multi',
        options: Object.entries(REMEDIAL_ACTIONS).map(([value, a]) => ({ value, label: a.label })),
        optional: true,
        unknown: { label: DONT_KNOW, value: [] },
      },
      {
        path: 'remediation.status',
        label: 'Did it remove the risk of serious harm, and can you show it?',
        input: 'choice',
        options: (['prevented_harm', 'prevented_harm_for_some', 'partial', 'none'] as const).map((v) => ({
          value: v,
          label: REMEDIATION_STATUS_LABELS[v],
        })),
        unknown: unknownAnswer,
      },
    ],
  },
  {
    id: 'my_health_record',
    section: 'incident',
    prompt: 'Was the My Health Record system involved?',
    help: 'A breach involving a My Health Record must be notified to the Australian Digital Health Agency (and the OAIC) under s 75 of the My Health Records Act, even if it only may have happened — and so must an event that may compromise the My Health Record system, such as malware on a computer that can reach it, even if no record was opened. Copies downloaded into your own system are your own records, covered by the Privacy Act.',
    citations: [cite('mhr_s75'), cite('s26WD')],
    showIf: { path: 'entity.myHealthRecordParticipant', in: [true] },
    fields: [
      {
        path: 'breach.myHealthRecord',
        label: 'My Health Record',
        input: 'choice',
        options: [
          { value: 'no', label: 'No' },
          { value: 'involved', label: 'Yes, a My Health Record was accessed or disclosed' },
          {
            value: 'possibly_involved',
            label:
              'Possibly, or the event could compromise the system (e.g. malware on a computer that can reach it)',
          },
        ],
        unknown: { label: DONT_KNOW, value: 'possibly_involved' },
      },
      {
        path: 'breach.alsoOutsideMyHealthRecord',
        label: 'Were your own records (outside My Health Record) involved too?',
        input: 'choice',
        options: yesNo('Yes', 'No'),
        unknown: unknownAnswer,
        showIf: { path: 'breach.myHealthRecord', in: ['involved', 'possibly_involved'] },
      },
    ],
  },
  {
    id: 'other_parties',
    section: 'incident',
    prompt: 'Anyone else involved?',
    help: 'A vendor or another practice may share the breach: one assessment and one notification can cover everyone, once it has actually been done. If police ask you to delay, a private practice asks the Commissioner for an extension. A ransom payment must be reported within 72 hours by larger businesses.',
    citations: [cite('s26WJ'), cite('s26WM'), cite('s26WQ'), cite('csa_s27')],
    fields: [
      {
        path: 'breach.otherEntities.involved',
        label: 'Does another organisation (a vendor, another practice) hold the same information?',
        input: 'choice',
        options: yesNo('Yes', 'No'),
        unknown: { label: DONT_KNOW, value: true },
      },
      {
        path: 'breach.otherEntities.anotherEntityAssessing',
        label: 'Has it said it will assess the breach for everyone?',
        mootWhenUnknown: 'breach.otherEntities.involved',
        input: 'choice',
        options: yesNo('Yes', 'No'),
        unknown: { label: DONT_KNOW, value: false },
        showIf: { path: 'breach.otherEntities.involved', in: [true] },
      },
      {
        path: 'breach.otherEntities.anotherEntityNotifying',
        label: 'Has it said it will notify the OAIC and the people affected?',
        mootWhenUnknown: 'breach.otherEntities.involved',
        input: 'choice',
        options: yesNo('Yes', 'No'),
        unknown: { label: DONT_KNOW, value: false },
        showIf: { path: 'breach.otherEntities.involved', in: [true] },
      },
      {
        path: 'breach.otherEntities.anotherEntityHasNotified',
        label:
          'Has it already given the OAIC its statement and notified the people affected, including your patients?',
        mootWhenUnknown: 'breach.otherEntities.involved',
        input: 'choice',
        options: yesNo('Yes, and we have a copy of what it sent', 'No, not yet'),
        unknown: unknownAnswer,
        showIf: { path: 'breach.otherEntities.involved', in: [true] },
      },
      {
        path: 'breach.ransomware.paymentMade',
        label: 'Was a ransom or extortion payment made (by you or on your behalf)?',
        input: 'choice',
        options: yesNo('Yes', 'No'),
        unknown: { label: DONT_KNOW, value: true },
        showIf: { path: 'breach.cause', in: ['cyber_attack', 'unknown'] },
      },
      {
        path: 'breach.ransomware.paymentMadeAt',
        label: 'When was it paid?',
        mootWhenUnknown: 'breach.ransomware.paymentMade',
        input: 'datetime',
        optional: true,
        unknown: { label: DONT_KNOW, value: null },
        showIf: { path: 'breach.ransomware.paymentMade', in: [true] },
      },
      {
        path: 'breach.lawEnforcementAskedToDelay',
        label: 'Have police asked you to delay telling people?',
        input: 'choice',
        options: yesNo('Yes', 'No'),
        unknown: { label: DONT_KNOW, value: false },
      },
    ],
  },
];

export function getPath(target: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
      target,
    );
}

/** Returns a copy of `incident` with `value` at `path` (undefined removes the field). */
export function setPath<T>(incident: T, path: string, value: unknown): T {
  const copy = structuredClone(incident) as Record<string, unknown>;
  const keys = path.split('.');
  let node = copy;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1] as string;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy as T;
}

export function conditionHolds(condition: Condition | undefined, incident: unknown): boolean {
  if (!condition) return true;
  if ('all' in condition) return condition.all.every((c) => conditionHolds(c, incident));
  if ('any' in condition) return condition.any.some((c) => conditionHolds(c, incident));
  const value = getPath(incident, condition.path);
  if ('includesAny' in condition)
    return Array.isArray(value) && condition.includesAny.some((v) => (value as unknown[]).includes(v));
  return 'in' in condition ? condition.in.includes(value) : !condition.notIn.includes(value);
}

/** The questions to ask now, given the answers so far. `skip` leaves out a section (the site knows the organisation). */
export function visibleQuestions(
  incident: unknown,
  options: { skip?: Question['section'][] } = {},
): Question[] {
  return QUESTIONS.filter((q) => !options.skip?.includes(q.section) && conditionHolds(q.showIf, incident));
}

export function visibleFields(question: Question, incident: unknown): Field[] {
  return question.fields.filter((f) => conditionHolds(f.showIf, incident));
}

/**
 * The incident a wizard starts from: every fact unknown, nothing guessed. `entity` comes from the
 * practice's policy when there is one. `awareOn` starts empty: the user must give a date (the
 * earliest it could have been when unsure); pass one only when it is known.
 */
export function draftIncident(entity: Partial<Incident['entity']> = {}, today = ''): Incident {
  return {
    schemaVersion: 1,
    entity: {
      type: 'health_service_provider',
      annualTurnover: 'unknown',
      carveIns: [],
      jurisdiction: 'NSW',
      myHealthRecordParticipant: false,
      criticalInfrastructure: false,
      apraRegulated: false,
      gdprApplies: false,
      ...entity,
    },
    breach: {
      kind: 'unknown',
      certainty: 'suspected',
      awareOn: today,
      cause: 'unknown',
      personalInformationAccessed: 'unknown',
      myHealthRecord: 'no',
      ransomware: { paymentMade: false, paymentMadeAt: null },
      otherEntities: { involved: false, anotherEntityAssessing: false, anotherEntityNotifying: false },
      lawEnforcementAskedToDelay: false,
    },
    information: { kinds: ['unknown'], individualsAffected: 'unknown', vulnerableIndividuals: 'unknown' },
    protection: 'unknown',
    recipient: 'unknown',
    remediation: { status: 'unknown', actions: [] },
  };
}
