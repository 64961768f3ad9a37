// The decision wizard's questions, as data: the browser wizard and `ndb assess --interactive`
// both walk this list. Each question fills incident fields (dotted paths); every field offers
// "I don't know", mapped to the model's `unknown` or, where the model has no unknown, to the
// cautious value. A typical incident needs at most ten questions once the organisation is known.
import { cite } from './citations.ts';
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
  | { all: Condition[] }
  | { any: Condition[] };

export interface Field {
  path: string;
  label: string;
  input: 'choice' | 'multi' | 'date' | 'datetime' | 'number';
  options?: Option[];
  /** The "I don't know" answer and what it stores. */
  unknown: { label: string; value: unknown };
  optional?: boolean;
  showIf?: Condition;
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
    help: 'A practice that provides a health service and holds health information is covered whatever its turnover. Other small businesses (turnover $3,000,000 or less) are usually not covered.',
    citations: [cite('s6D(4)'), cite('s6D'), cite('s6C')],
    fields: [
      {
        path: 'entity.type',
        label: 'Type of organisation',
        input: 'choice',
        options: [
          {
            value: 'health_service_provider',
            label: 'A private health service (GP, dentist, allied health, psychology, NDIS therapy…)',
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
        options: [
          {
            value: 'unauthorised_disclosure',
            label: 'It was sent, shown or given to the wrong person or published',
          },
          {
            value: 'unauthorised_access',
            label: 'Someone got into our systems, records or accounts without permission',
          },
          { value: 'loss', label: 'A device, file or records were lost or stolen' },
        ],
        unknown: unknownAnswer,
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
        input: 'date',
        // null means "count from today": callers substitute today's date, the cautious assumption.
        unknown: { label: "I don't know: count from today", value: null },
      },
      {
        path: 'breach.awareAt',
        label: 'Time you became aware (if known)',
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
    prompt: 'What kinds of information were involved?',
    help: 'Health information is sensitive information. The kind and sensitivity of the information are the first matters for judging serious harm.',
    citations: [cite('s26WG(c)'), cite('s26WG(d)')],
    fields: [
      {
        path: 'information.kinds',
        label: 'Tick all that apply',
        input: 'multi',
        options: INFORMATION_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] })),
        unknown: { label: "I don't know (or there may be more)", value: ['unknown'] },
      },
    ],
  },
  {
    id: 'people',
    section: 'incident',
    prompt: 'Whose information was it?',
    help: 'Children, people at risk of family violence and mental-health clients can suffer more serious harm from the same information.',
    citations: [cite('s26WG(i)'), cite('s26WG(j)')],
    fields: [
      {
        path: 'information.individualsAffected',
        label: 'How many people (approximately)',
        input: 'number',
        unknown: unknownAnswer,
      },
      {
        path: 'information.vulnerableIndividuals',
        label: 'Are any of them vulnerable?',
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
    help: 'Encryption counts only if the key or password is safe: encrypted data with its key is treated as unencrypted. A device password alone can be bypassed.',
    citations: [cite('s26WG(e)'), cite('s26WG(f)'), cite('s26WG(h)')],
    fields: [
      {
        path: 'protection',
        label: 'Protection',
        input: 'choice',
        options: [
          { value: 'none', label: 'Not protected (plain email, paper, unlocked device)' },
          { value: 'password_only', label: 'Password or PIN only, no encryption' },
          { value: 'encrypted_key_secure', label: 'Encrypted, and the key or password is safe' },
          {
            value: 'encrypted_key_compromised',
            label: 'Encrypted, but the key or password may be exposed too',
          },
        ],
        unknown: unknownAnswer,
      },
    ],
  },
  {
    id: 'recipient',
    section: 'incident',
    prompt: 'Who has, or could have, the information?',
    help: 'Who has obtained or could obtain the information matters most: an attacker or someone with a motive makes serious harm more likely than a trusted health provider.',
    citations: [cite('s26WG(g)')],
    fields: [
      {
        path: 'recipient',
        label: 'Recipient',
        input: 'choice',
        options: [
          { value: 'malicious_or_unknown', label: 'An attacker, a thief, or someone unknown' },
          {
            value: 'hostile_known_person',
            label: 'A known person who may want to cause harm (e.g. an estranged partner)',
          },
          { value: 'unauthorised_staff', label: 'Staff or former staff without a legitimate need' },
          {
            value: 'unintended_individual',
            label: 'The wrong person by mistake, with no known motive (e.g. another patient)',
          },
          {
            value: 'trusted_recipient',
            label: 'Another health provider or someone bound by confidentiality',
          },
          { value: 'public', label: 'Anyone: it was published or openly accessible online' },
          { value: 'none_known', label: 'Nobody known: it is lost' },
        ],
        unknown: unknownAnswer,
      },
    ],
  },
  {
    id: 'accessed',
    section: 'incident',
    prompt: 'Was personal information actually accessed, seen or received?',
    help: 'Answer No only if reliable evidence (audit logs, a verified recall, a forensic report) shows nobody accessed it. A promise from an attacker is not evidence.',
    citations: [cite('s26WE(2)(a)'), cite('oaic_threat_actor')],
    fields: [
      {
        path: 'breach.personalInformationAccessed',
        label: 'Accessed or received?',
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
    help: 'If action taken before any serious harm means serious harm is no longer likely, it is not an eligible data breach. Do not rely on a threat actor’s promise to delete.',
    citations: [cite('s26WF(1)'), cite('s26WF(2)'), cite('s26WF(3)'), cite('oaic_threat_actor')],
    fields: [
      {
        path: 'remediation.actions',
        label: 'Actions taken',
        input: 'multi',
        options: Object.entries(REMEDIAL_ACTIONS).map(([value, a]) => ({ value, label: a.label })),
        optional: true,
        unknown: { label: DONT_KNOW, value: [] },
      },
      {
        path: 'remediation.status',
        label: 'Did it remove the risk of serious harm?',
        input: 'choice',
        options: [
          { value: 'prevented_harm', label: 'Yes, for everyone: serious harm is no longer likely' },
          { value: 'prevented_harm_for_some', label: 'For some people only' },
          { value: 'partial', label: 'It helped, but harm is still possible' },
          { value: 'none', label: 'No action yet, or it did not help' },
        ],
        unknown: unknownAnswer,
      },
    ],
  },
  {
    id: 'my_health_record',
    section: 'incident',
    prompt: 'Was the My Health Record system involved?',
    help: 'A breach involving a My Health Record must be notified to the Australian Digital Health Agency (and the OAIC) under s 75 of the My Health Records Act, even if it only may have happened. Copies downloaded into your own system are your own records.',
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
          { value: 'possibly_involved', label: 'Possibly' },
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
    help: 'A vendor or another practice may share the breach: one assessment and one notification can cover everyone, if it is actually done. If police ask you to delay, a private practice asks the Commissioner for an extension. A ransom payment must be reported within 72 hours by larger businesses.',
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
        input: 'choice',
        options: yesNo('Yes', 'No'),
        unknown: { label: DONT_KNOW, value: false },
        showIf: { path: 'breach.otherEntities.involved', in: [true] },
      },
      {
        path: 'breach.otherEntities.anotherEntityNotifying',
        label: 'Has it said it will notify the OAIC and the people affected?',
        input: 'choice',
        options: yesNo('Yes', 'No'),
        unknown: { label: DONT_KNOW, value: false },
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
 * practice's policy when there is one; `awareOn` defaults to the caller's today.
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
