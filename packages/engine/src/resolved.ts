// A "resolved" incident has every unknown replaced by a concrete value, and every optional fact
// the rules read given the value its absence means. The rules only ever see resolved incidents;
// ./unknowns.ts enumerates the resolutions of an incident with unknowns.
import type {
  BreachCause,
  BreachKind,
  Incident,
  InformationKind,
  Protection,
  Recipient,
  RemediationStatus,
} from './types.ts';

export interface Resolved
  extends Omit<
    Incident,
    | 'entity'
    | 'breach'
    | 'information'
    | 'protection'
    | 'recipient'
    | 'remediation'
    | 'obtainedInProtectedForm'
  > {
  entity: Omit<Incident['entity'], 'annualTurnover'> & { annualTurnover: number };
  breach: Omit<
    Incident['breach'],
    | 'kind'
    | 'personalInformationAccessed'
    | 'alsoOutsideMyHealthRecord'
    | 'cause'
    | 'accessLikelyAfterLoss'
    | 'otherEntities'
  > & {
    kind: BreachKind;
    personalInformationAccessed: boolean;
    alsoOutsideMyHealthRecord: boolean;
    accessLikelyAfterLoss: boolean;
    /** Cause is not enumerated (no outcome depends on it); 'unknown' stays as it is. */
    cause: BreachCause | 'unknown' | undefined;
    otherEntities: Omit<Incident['breach']['otherEntities'], 'anotherEntityHasNotified'> & {
      anotherEntityHasNotified: boolean;
    };
  };
  information: Omit<
    Incident['information'],
    | 'kinds'
    | 'vulnerableIndividuals'
    | 'aboutPatients'
    | 'employeeRecordsIncludeTfnOrPatientRecords'
    | 'heldForCarveInPurpose'
  > & {
    kinds: InformationKind[];
    vulnerableIndividuals: boolean;
    aboutPatients: boolean;
    employeeRecordsIncludeTfnOrPatientRecords: boolean;
    heldForCarveInPurpose: boolean;
  };
  protection: Protection;
  obtainedInProtectedForm: boolean;
  recipient: Recipient;
  remediation: { status: RemediationStatus; actions: string[] };
}
