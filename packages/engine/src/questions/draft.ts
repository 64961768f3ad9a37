import type { Incident } from '../types.ts';

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
