// The incident (input) and decision (output) of the engine: see README "The incident model".
// Field names and enum values are a public contract shared with the CLI, the wizard and the schemas.
import type {
  BREACH_CAUSES,
  BREACH_KINDS,
  CARVE_INS,
  CERTAINTIES,
  CHANNELS,
  ENTITY_TYPES,
  HARM_EFFECTS,
  HARM_FACTOR_IDS,
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
  /**
   * Optional addition: the IANA time zone deadlines are shown in. Absent = the zone of the
   * jurisdiction's capital (Australia/Sydney for NSW and the ACT, …).
   */
  timeZone?: string;
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
  /**
   * Optional addition, for a loss: whether unauthorised access or disclosure is likely to follow
   * (s 26WE(2)(b)). `false` only where the circumstances rule it out (the records were destroyed,
   * the device is still somewhere the practice controls). Absent = yes (the cautious reading).
   */
  accessLikelyAfterLoss?: OrUnknown<boolean>;
  ransomware: { paymentMade: boolean; paymentMadeAt: string | null };
  otherEntities: {
    involved: boolean;
    anotherEntityAssessing: boolean;
    anotherEntityNotifying: boolean;
    /**
     * Optional addition: another entity affected by the same breach *has already* given the
     * statement to the Commissioner and notified the individuals, including ours (s 26WM). Absent = no.
     */
    anotherEntityHasNotified?: OrUnknown<boolean>;
  };
  lawEnforcementAskedToDelay: boolean;
}

export interface Information {
  /** `unknown` as an element means "there may be other kinds we don't know of yet". */
  kinds: (InformationKind | Unknown)[];
  individualsAffected: OrUnknown<number>;
  vulnerableIndividuals: OrUnknown<boolean>;
  /**
   * Optional addition, for a health service provider: whether the information is about its
   * patients or clients. Their names, contact details and identifiers, collected in providing a
   * health service, are health information (s 6FA(b)). Absent = yes (the cautious reading).
   */
  aboutPatients?: OrUnknown<boolean>;
  /**
   * Optional addition, when `kinds` has `employee_record`: whether those records include tax file
   * numbers or a staff member's own records as a patient, which the s 7B(3) exemption does not
   * cover. Absent = unknown (payroll records usually hold TFNs).
   */
  employeeRecordsIncludeTfnOrPatientRecords?: OrUnknown<boolean>;
  /**
   * Optional addition, for a small business covered only by a carve-in that covers some of its
   * information (a Commonwealth contracted service provider: its contract information, s 6D(4)(e);
   * an AML/CTF reporting entity: its AML/CTF information, s 6E(1A)): whether this information was
   * held for that purpose. Absent = yes (the cautious reading).
   */
  heldForCarveInPurpose?: OrUnknown<boolean>;
}

export interface Incident {
  schemaVersion: 1;
  entity: Entity;
  breach: Breach;
  information: Information;
  protection: OrUnknown<Protection>;
  /**
   * Optional addition: whether what was obtained was itself in the protected form `protection`
   * describes (the encrypted laptop, the encrypted attachment), rather than read through a live
   * system, account or session where the information is readable (s 26WG(e)–(h)): a device lost
   * while unlocked is `false`. Absent = true for a loss (the lost device or file is what
   * `protection` describes), otherwise unknown.
   */
  obtainedInProtectedForm?: OrUnknown<boolean>;
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

export type HarmFactorId = (typeof HARM_FACTOR_IDS)[number];
export type HarmEffect = (typeof HARM_EFFECTS)[number];

export interface HarmFactor {
  factor: HarmFactorId;
  effect: HarmEffect;
  note: string;
  citations: string[];
}

export interface IfThen {
  value: unknown;
  /** The answer in plain words. */
  label: string;
  /** Once established: overall, under Part IIIC alone, and under the My Health Records Act. */
  outcome: Outcome;
  ndbOutcome: Outcome | 'not_applicable';
  mhrOutcome: 'notify' | 'not_applicable' | 'assess';
  /** What that answer means for each channel, in plain words. */
  meaning: string;
  /** Other open facts that still change the answer once this one is known (they matter together). */
  alsoDependsOn: string[];
}

export interface UnknownThatMatters {
  /** Dotted path of the incident field, e.g. "protection" or "breach.personalInformationAccessed". */
  fact: string;
  question: string;
  ifThen: IfThen[];
}

export interface Obligation {
  id: ObligationId;
  /** The duty in a few words, as an instruction ("Finish the assessment"). */
  title: string;
  to: string;
  what: string;
  /** 'as_soon_as_practicable' where the law sets no fixed time. */
  when: string;
  /** The (earliest) due date, in the practice's zone. */
  dueDate?: string;
  /** The (earliest) due instant, written in the practice's zone with the offset in force then. */
  dueAt?: string;
  /** Where a regime sets more than one limit (SOCI: 12 hours or 72 hours), each of them. */
  deadlines?: { label: string; dueAt: string; dueDate: string }[];
  overdue?: boolean;
  option?: 'a' | 'b' | 'c';
  /** True when it applies only under some values of the unknown facts. */
  conditional?: boolean;
  citations: string[];
}

/** An obligation as a rule makes it; `assess` adds the title (OBLIGATION_TITLES). */
export type ObligationDraft = Omit<Obligation, 'title'>;

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
  /** 2: the hash covers the whole envelope but hash.value; 1 (older): the hash covers `record` only. */
  recordVersion: 1 | 2;
  record: { incident: Incident; decision: Decision; now: string; rulesVersion: string };
  hash: { algorithm: 'SHA-256'; canonicalization: 'RFC 8785 (JCS)'; value: string };
}
