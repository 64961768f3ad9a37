// The incident (input) and decision (output) of the engine: see README "The incident model".
// Field names and enum values are a public contract shared with the CLI, the wizard and the schemas.
import type {
  BREACH_CAUSES,
  BREACH_KINDS,
  CARVE_INS,
  CERTAINTIES,
  CHANNELS,
  ENTITY_TYPES,
  INFORMATION_KINDS,
  JURISDICTIONS,
  MHR_INVOLVEMENT,
  OBLIGATION_IDS,
  OUTCOMES,
  PROTECTIONS,
  RECIPIENTS,
  REMEDIATION_STATUSES,
} from './vocabulary.ts';

export type Unknown = 'unknown';
export type OrUnknown<T> = T | Unknown;

export type EntityType = (typeof ENTITY_TYPES)[number];
export type CarveIn = (typeof CARVE_INS)[number];
export type Jurisdiction = (typeof JURISDICTIONS)[number];
export type BreachKind = (typeof BREACH_KINDS)[number];
export type Certainty = (typeof CERTAINTIES)[number];
export type MhrInvolvement = (typeof MHR_INVOLVEMENT)[number];
export type BreachCause = (typeof BREACH_CAUSES)[number];
export type InformationKind = (typeof INFORMATION_KINDS)[number];
export type Protection = (typeof PROTECTIONS)[number];
export type Recipient = (typeof RECIPIENTS)[number];
export type RemediationStatus = (typeof REMEDIATION_STATUSES)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type ObligationId = (typeof OBLIGATION_IDS)[number];
export type Channel = (typeof CHANNELS)[number];

export interface Entity {
  name?: string;
  type: EntityType;
  /** AUD, previous financial year. */
  annualTurnover: OrUnknown<number>;
  carveIns: CarveIn[];
  jurisdiction: Jurisdiction;
  myHealthRecordParticipant: boolean;
  criticalInfrastructure: boolean;
  apraRegulated: boolean;
  gdprApplies: boolean;
}

export interface Breach {
  kind: OrUnknown<BreachKind>;
  certainty: Certainty;
  /** Local date the entity became aware, YYYY-MM-DD. */
  awareOn: string;
  /** Optional ISO date-time with offset; gives 72-hour and 12-hour duties a dueAt. */
  awareAt?: string;
  occurredOn?: string;
  description?: string;
  /** Optional addition to the model: the OAIC's cause categories; drives other-body advice only. */
  cause?: OrUnknown<BreachCause>;
  personalInformationAccessed: OrUnknown<boolean>;
  myHealthRecord: MhrInvolvement;
  /**
   * Optional addition: when the My Health Record system is involved, whether the incident also
   * touched information held outside it (the practice's own records). Absent = no.
   */
  alsoOutsideMyHealthRecord?: OrUnknown<boolean>;
  ransomware: { paymentMade: boolean; paymentMadeAt: string | null };
  otherEntities: { involved: boolean; anotherEntityAssessing: boolean; anotherEntityNotifying: boolean };
  lawEnforcementAskedToDelay: boolean;
}

export interface Information {
  /** `unknown` as an element means "there may be other kinds we don't know of yet". */
  kinds: (InformationKind | Unknown)[];
  individualsAffected: OrUnknown<number>;
  vulnerableIndividuals: OrUnknown<boolean>;
}

export interface Incident {
  schemaVersion: 1;
  entity: Entity;
  breach: Breach;
  information: Information;
  protection: OrUnknown<Protection>;
  recipient: OrUnknown<Recipient>;
  remediation: { status: OrUnknown<RemediationStatus>; actions: string[] };
}

export type StepId =
  | 'coverage'
  | 'my_health_record'
  | 'breach'
  | 'harm'
  | 'remediation'
  | 'exceptions'
  | 'certainty';

export interface Step {
  id: StepId;
  finding: string;
  citations: string[];
  /** When the finding depends on unknown facts: the findings it could have. */
  alternatives?: string[];
}

export type HarmFactorId =
  | 'kind_of_information'
  | 'sensitivity'
  | 'security_measures'
  | 'measures_overcome'
  | 'recipients'
  | 'circumvention_knowledge'
  | 'nature_of_harm'
  | 'other_matters';

export interface HarmFactor {
  factor: HarmFactorId;
  effect: 'raises' | 'lowers' | 'neutral' | 'depends';
  note: string;
  citations: string[];
}

export interface UnknownThatMatters {
  /** Dotted path of the incident field, e.g. "protection" or "breach.personalInformationAccessed". */
  fact: string;
  question: string;
  /** What each answer would lead to once established: overall, and under Part IIIC alone. */
  ifThen: { value: unknown; label: string; outcome: Outcome; ndbOutcome: Outcome | 'not_applicable' }[];
}

export interface Obligation {
  id: ObligationId;
  to: string;
  what: string;
  /** 'as_soon_as_practicable' where the law sets no fixed time. */
  when: string;
  dueDate?: string;
  dueAt?: string;
  overdue?: boolean;
  option?: 'a' | 'b' | 'c';
  /** True when it applies only under some values of the unknown facts. */
  conditional?: boolean;
  citations: string[];
}

export interface ChannelResult {
  id: Channel;
  outcome: Outcome | 'not_applicable';
}

export interface Decision {
  outcome: Outcome;
  ndbOutcome: Outcome | 'not_applicable';
  channels: ChannelResult[];
  headline: string;
  steps: Step[];
  harmFactors: HarmFactor[];
  unknownsThatMatter: UnknownThatMatters[];
  /** Information kinds outside the entity's coverage (s 26WE(1), s 7B(3)), set aside for this decision. */
  setAsideKinds: InformationKind[];
  obligations: Obligation[];
  nextSteps: string[];
  notAdvice: string;
  rulesVersion: string;
  lawAsAt: string;
}

export interface AssessOptions {
  /** ISO 8601 date-time with offset: the moment of assessment. Required: assess never reads a clock. */
  now: string;
}

export interface DecisionRecord {
  recordVersion: 1;
  record: { incident: Incident; decision: Decision; now: string; rulesVersion: string };
  hash: { algorithm: 'SHA-256'; canonicalization: 'RFC 8785 (JCS)'; value: string };
}
