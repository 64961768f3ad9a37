// The practice policy's TypeScript types, derived from the one definition (contract/definition.ts)
// that also writes schemas/practice-policy.schema.json and drives the field checks: a field added,
// renamed or made optional there changes all three. The names are the ones the other packages import.
// The incident contract's enums (entity.type, entity.carveIns, information.kinds, the jurisdictions)
// are the engine's vocabulary: a policy's entity facts are copied into every incident.
import type { CarveIn, EntityType, InformationKind, Jurisdiction } from '@ndb-kit/engine';
import type { Static } from './contract/builder.ts';
import type * as D from './contract/definition.ts';
import type {
  DISTRIBUTION_COPIES,
  DRILL_FREQUENCIES,
  DRILL_KINDS,
  ENCRYPTION_METHODS,
  PRACTICE_TYPES,
  ROLE_NAMES,
  WEEK_ORDINALS,
  WEEKDAYS,
} from './contract/vocabulary.ts';

export {
  BACKUP_FREQUENCIES,
  DISTRIBUTION_COPIES,
  DRILL_FREQUENCIES,
  DRILL_KINDS,
  ENCRYPTION_METHODS,
  HOSTINGS,
  MSP,
  PRACTICE_TYPES,
  ROLE_NAMES,
} from './contract/vocabulary.ts';
export type { CarveIn, EntityType, InformationKind };
export { JURISDICTIONS as STATES } from '@ndb-kit/engine';

export type PracticeType = (typeof PRACTICE_TYPES)[number];
/** A state or territory (the engine's JURISDICTIONS). */
export type State = Jurisdiction;
export type RoleName = (typeof ROLE_NAMES)[number];
export type DrillKind = (typeof DRILL_KINDS)[number];
export type DrillFrequency = (typeof DRILL_FREQUENCIES)[number];
export type WeekOrdinal = (typeof WEEK_ORDINALS)[number];
export type Weekday = (typeof WEEKDAYS)[number];
export type EncryptionMethod = (typeof ENCRYPTION_METHODS)[number];
export type DistributionCopy = (typeof DISTRIBUTION_COPIES)[number];

export type PracticePolicy = Static<typeof D.PRACTICE_POLICY>;
export type Organisation = Static<typeof D.organisation>;
export type Address = Static<typeof D.address>;
/** Facts copied into every incident's `entity` block; names and values are the engine's contract. */
export type EntityFacts = Static<typeof D.entity>;
export type Person = Static<typeof D.person>;
export type Roles = Static<typeof D.roles>;
export type Contacts = Static<typeof D.contacts>;
export type Insurer = NonNullable<Contacts['insurer']>;
export type Lawyer = NonNullable<Contacts['lawyer']>;
export type ManagedServiceProvider = NonNullable<Contacts['managedServiceProvider']>;
export type LocalPolice = NonNullable<Contacts['localPolice']>;
/** A supplier; the checks also require at least one of phone, email, supportUrl. */
export type Vendor = Static<typeof D.vendor>;
/** A contract term, not the law: the vendor's window to tell the practice of a breach. */
export type VendorBreachNotice = NonNullable<Vendor['breachNotice']>;
export type PracticeSystem = Static<typeof D.system>;
export type Backups = NonNullable<PracticeSystem['backups']>;
export type Encryption = PracticeSystem['encryption'];
export type Drill = Static<typeof D.drill>;
/** "The second Tuesday": firstDate must be one, and every later month uses the same weekday. */
export type DrillRepeatOn = NonNullable<Drill['repeatOn']>;
/** One drill held: a record, written after the event, never in the future. */
export type DrillHeld = NonNullable<Drill['held']>[number];
export type Plan = Static<typeof D.plan>;
/** The content an approval covered (docs/practice-policy.md, "Approval tied to content"). */
export type ApprovedAgainst = NonNullable<Plan['approvedAgainst']>;
export type PlanRevision = NonNullable<Plan['revisions']>[number];
/** One holder of the plan: a person of the policy (by id) or someone outside it (by name). */
export type DistributionEntry = NonNullable<Plan['distribution']>[number];
