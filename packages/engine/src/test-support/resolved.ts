// A fully known incident for rule unit tests, with deep overrides.
import type { Resolved } from '../resolved.ts';

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends object ? (T[K] extends unknown[] ? T[K] : DeepPartial<T[K]>) : T[K];
};

export function resolvedIncident(overrides: DeepPartial<Resolved> = {}): Resolved {
  const base: Resolved = {
    schemaVersion: 1,
    entity: {
      type: 'health_service_provider',
      annualTurnover: 1_800_000,
      carveIns: [],
      jurisdiction: 'NSW',
      myHealthRecordParticipant: false,
      criticalInfrastructure: false,
      apraRegulated: false,
      gdprApplies: false,
    },
    breach: {
      kind: 'unauthorised_disclosure',
      certainty: 'believed',
      awareOn: '2025-06-02',
      awareAt: '2025-06-02T11:00:00+10:00',
      cause: 'human_error',
      personalInformationAccessed: true,
      myHealthRecord: 'no',
      alsoOutsideMyHealthRecord: false,
      accessLikelyAfterLoss: true,
      ransomware: { paymentMade: false, paymentMadeAt: null },
      otherEntities: {
        involved: false,
        anotherEntityAssessing: false,
        anotherEntityNotifying: false,
        anotherEntityHasNotified: false,
      },
      lawEnforcementAskedToDelay: false,
    },
    information: {
      kinds: ['health'],
      individualsAffected: 1,
      vulnerableIndividuals: false,
      aboutPatients: true,
      employeeRecordsIncludeTfnOrPatientRecords: false,
      heldForCarveInPurpose: true,
    },
    protection: 'none',
    obtainedInProtectedForm: true,
    recipient: 'unintended_individual',
    remediation: { status: 'none', actions: [] },
  };
  const o = overrides;
  return {
    ...base,
    ...o,
    entity: { ...base.entity, ...o.entity },
    breach: {
      ...base.breach,
      ...o.breach,
      ransomware: { ...base.breach.ransomware, ...o.breach?.ransomware },
      otherEntities: { ...base.breach.otherEntities, ...o.breach?.otherEntities },
    },
    information: { ...base.information, ...o.information },
    remediation: { ...base.remediation, ...o.remediation },
  } as Resolved;
}
