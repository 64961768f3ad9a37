// A "resolved" incident has every unknown replaced by a concrete value. The rules only ever see
// resolved incidents; ./unknowns.ts enumerates the resolutions of an incident with unknowns.
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
  extends Omit<Incident, 'entity' | 'breach' | 'information' | 'protection' | 'recipient' | 'remediation'> {
  entity: Omit<Incident['entity'], 'annualTurnover'> & { annualTurnover: number };
  breach: Omit<
    Incident['breach'],
    'kind' | 'personalInformationAccessed' | 'alsoOutsideMyHealthRecord' | 'cause'
  > & {
    kind: BreachKind;
    personalInformationAccessed: boolean;
    alsoOutsideMyHealthRecord: boolean;
    /** Cause is not enumerated (no outcome depends on it); 'unknown' stays as it is. */
    cause: BreachCause | 'unknown' | undefined;
  };
  information: Omit<Incident['information'], 'kinds' | 'vulnerableIndividuals'> & {
    kinds: InformationKind[];
    vulnerableIndividuals: boolean;
  };
  protection: Protection;
  recipient: Recipient;
  remediation: { status: RemediationStatus; actions: string[] };
}
