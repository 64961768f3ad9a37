// The TypeScript shape of schemas/practice-policy.schema.json. Kept in step with the schema by
// types.test.ts (required/optional keys per object, both ways) — edit both together.
// The incident contract's enums (entity.type, entity.carveIns, information.kinds, the
// jurisdictions) are the engine's: a policy's entity facts are copied into every incident.
import { type CarveIn, type EntityType, type InformationKind, JURISDICTIONS } from '@ndb-kit/engine';

export const PRACTICE_TYPES = [
  'general_practice',
  'psychology',
  'dental',
  'physiotherapy',
  'allied_health',
  'ndis_provider',
  'specialist',
  'other',
] as const;
export type PracticeType = (typeof PRACTICE_TYPES)[number];

export type { CarveIn, EntityType, InformationKind };
/** The jurisdictions (the engine's JURISDICTIONS). */
export const STATES = JURISDICTIONS;
export type State = (typeof STATES)[number];

export const ROLE_NAMES = [
  'responseLead',
  'deputy',
  'privacyOfficer',
  'decisionMaker',
  'itContact',
  'communicationsLead',
] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

/** The value of systems[].administeredBy that means "the managed service provider". */
export const MSP = 'msp';

export type DrillKind =
  | 'tabletop'
  | 'ndb_walkthrough'
  | 'backup_restore_test'
  | 'phishing_exercise'
  | 'plan_review'
  | 'training';
export type DrillFrequency = 'monthly' | 'quarterly' | 'six_monthly' | 'annually';
export type WeekOrdinal = 'first' | 'second' | 'third' | 'fourth' | 'last';
export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/** Facts copied into every incident's `entity` block; names and values are the engine's contract. */
export interface EntityFacts {
  type: EntityType;
  annualTurnover: number | 'unknown';
  carveIns: CarveIn[];
  jurisdiction: State;
  myHealthRecordParticipant: boolean;
  criticalInfrastructure: boolean;
  apraRegulated: boolean;
  gdprApplies: boolean;
}

export interface Address {
  street: string;
  suburb: string;
  state: State;
  postcode?: string;
}

export interface Organisation {
  legalName: string;
  tradingName: string;
  abn?: string;
  practiceType: PracticeType;
  address: Address;
  phone: string;
  email: string;
  website?: string;
  timeZone: string;
  /** Healthcare Provider Identifier – Organisation: 16 digits starting 800362 (the My Health Record notices print it). */
  hpio?: string;
  entity: EntityFacts;
}

export interface Person {
  id: string;
  name: string;
  position: string;
  phone: string;
  afterHoursPhone?: string;
  email?: string;
}

export type Roles = Record<RoleName, string>;

export interface Insurer {
  name: string;
  policyNumber?: string;
  claimsPhone: string;
  email?: string;
}

export interface Lawyer {
  name: string;
  firm?: string;
  phone: string;
  email?: string;
}

export interface ManagedServiceProvider {
  name: string;
  phone: string;
  afterHoursPhone?: string;
  email?: string;
  contractReference?: string;
}

/** A supplier; the schema also requires at least one of phone, email, supportUrl. */
export interface Vendor {
  id: string;
  name: string;
  service: string;
  phone?: string;
  email?: string;
  supportUrl?: string;
  /** What the contract says the vendor must do when it has a breach involving the practice's data. */
  breachNotice?: VendorBreachNotice;
}

/** A contract term, not the law: the vendor's window to tell the practice of a breach. */
export interface VendorBreachNotice {
  /** Hours after the vendor becomes aware (as the contract states it). */
  hours: number;
  /** Where the term is, e.g. "Services Agreement cl 14.2". */
  clause?: string;
  /** Who at the vendor to ask for the breach account. */
  email?: string;
  phone?: string;
}

export interface LocalPolice {
  station: string;
  phone: string;
}

export interface Contacts {
  insurer?: Insurer;
  lawyer?: Lawyer;
  managedServiceProvider?: ManagedServiceProvider;
  vendors: Vendor[];
  pathology?: Vendor[];
  localPolice?: LocalPolice;
}

export interface Backups {
  method: string;
  frequency: 'continuous' | 'hourly' | 'daily' | 'weekly' | 'monthly';
  offsite: boolean;
  lastRestoreTest?: string;
}

export const ENCRYPTION_METHODS = [
  'bitlocker_with_pin',
  'bitlocker_without_pin',
  'filevault',
  'mobile_device',
  'database',
  'provider_managed',
  'other',
] as const;
export type EncryptionMethod = (typeof ENCRYPTION_METHODS)[number];

export interface Encryption {
  atRest: boolean;
  inTransit: boolean;
  /** How data at rest is encrypted (only with atRest: true). */
  method?: EncryptionMethod;
  notes?: string;
}

export interface PracticeSystem {
  id: string;
  name: string;
  purpose: string;
  personalInformation: InformationKind[];
  hosting: 'on_premises' | 'cloud' | 'hybrid';
  vendor?: string;
  /** A person id, or "msp". */
  administeredBy: string;
  backups?: Backups;
  encryption: Encryption;
  mfa: boolean;
  /** Laptops, phones, tablets or drives that leave the practice: the lost-device runbook lists them. */
  portable?: boolean;
}

export interface Drill {
  id: string;
  kind: DrillKind;
  title: string;
  frequency: DrillFrequency;
  firstDate: string;
  /** HH:MM, 24-hour, practice local time. */
  startTime: string;
  durationMinutes: number;
  /** Role names or person ids. */
  attendees: string[];
  location: string;
  occurrences?: number;
  /** Anchor each occurrence to a weekday of its month ("second Tuesday") instead of firstDate's day. */
  repeatOn?: DrillRepeatOn;
  /** The drill log: each time the drill was held. */
  held?: DrillHeld[];
}

/** "The second Tuesday": firstDate must be one, and every later month uses the same weekday. */
export interface DrillRepeatOn {
  week: WeekOrdinal;
  day: Weekday;
}

/** One drill held: a record, written after the event, never in the future. */
export interface DrillHeld {
  date: string;
  /** Who took part, as written (names, not ids: people leave, the record stays). */
  attendees?: string[];
  notes?: string;
  /** What changed in the plan or the practice because of it. */
  changes?: string;
}

export interface Plan {
  version: string;
  approvedBy?: string;
  approvedOn?: string;
  /** What the approval covered: the policy's content hash and the rules version (`ndb approve` writes it). */
  approvedAgainst?: ApprovedAgainst;
  /** True while this version is being revised and not yet approved. */
  draft?: boolean;
  nextReview: string;
  /** The plan's revision history, oldest first. */
  revisions?: PlanRevision[];
  /** Who holds a copy of the plan, and in what form. */
  distribution?: DistributionEntry[];
}

/** The content an approval covered (docs/practice-policy.md, "Approval tied to content"). */
export interface ApprovedAgainst {
  /** SHA-256 (hex) of the policy's canonical JSON without the approval record and logs (policyContentHash). */
  policyHash: string;
  /** The engine's RULES_VERSION the plan was built with when it was approved. */
  rulesVersion: string;
}

export interface PlanRevision {
  version: string;
  date: string;
  /** Who made the change, as written (a name: people leave, the record stays). */
  by?: string;
  summary: string;
}

export const DISTRIBUTION_COPIES = ['print', 'email', 'site', 'shared_folder'] as const;
export type DistributionCopy = (typeof DISTRIBUTION_COPIES)[number];

/** One holder of the plan: a person of the policy (by id) or someone outside it (by name). */
export interface DistributionEntry {
  person?: string;
  name?: string;
  /** Role or organisation of a holder named by `name`, e.g. "Coastal IT Services (IT provider)". */
  organisation?: string;
  copy: DistributionCopy;
}

export interface PracticePolicy {
  $schema?: string;
  schemaVersion: 1;
  id: string;
  organisation: Organisation;
  people: Person[];
  roles: Roles;
  contacts: Contacts;
  systems: PracticeSystem[];
  drills: Drill[];
  plan: Plan;
}
