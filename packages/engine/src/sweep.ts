// The exhaustive sweep: every combination of the incident model's enum values (numbers by
// representative values either side of each threshold), in two spaces that together cover every
// rule — the harm space (a covered practice, every breach fact) and the coverage space (every
// entity fact, with a fixed serious breach). Used by the invariant tests and bench/engine.
import type { Incident, InformationKind } from './types.ts';
import {
  BREACH_KINDS,
  CARVE_INS,
  CERTAINTIES,
  ENTITY_TYPES,
  PROTECTIONS,
  RECIPIENTS,
  REMEDIATION_STATUSES,
} from './vocabulary.ts';

const U = 'unknown' as const;

const BASE: Incident = {
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
    kind: 'unauthorised_access',
    certainty: 'believed',
    awareOn: '2025-06-02',
    awareAt: '2025-06-02T11:00:00+10:00',
    cause: 'cyber_attack',
    personalInformationAccessed: true,
    myHealthRecord: 'no',
    ransomware: { paymentMade: false, paymentMadeAt: null },
    otherEntities: { involved: false, anotherEntityAssessing: false, anotherEntityNotifying: false },
    lawEnforcementAskedToDelay: false,
  },
  information: { kinds: ['health'], individualsAffected: 120, vulnerableIndividuals: false },
  protection: 'none',
  recipient: 'malicious_or_unknown',
  remediation: { status: 'none', actions: [] },
};

export const SWEEP_NOW = '2025-06-20T12:00:00+10:00';

/** Representative information-kind lists: one per sensitivity tier and coverage class, plus unknowns. */
export const KIND_SETS: (InformationKind | 'unknown')[][] = [
  ['health'],
  ['identity'],
  ['contact'],
  ['business_contact'],
  ['tfn', 'employee_record'],
  ['de_identified'],
  [U],
];

export const TURNOVERS = [1_000_000, 3_000_000, 3_000_001, 9_000_000, U] as const;

/** Remedial actions only matter when remediation is claimed to have worked, so vary them only there. */
const REMEDIATION_VARIANTS: [Incident['remediation']['status'], string[]][] = [
  ...REMEDIATION_STATUSES.map((s): [Incident['remediation']['status'], string[]] => [s, []]),
  [U, []],
  ['prevented_harm', ['device_remotely_wiped']],
  ['prevented_harm_for_some', ['device_remotely_wiped']],
  [U, ['device_remotely_wiped']],
];

export function* harmSpace(): Generator<Incident> {
  for (const kind of [...BREACH_KINDS, U])
    for (const certainty of CERTAINTIES)
      for (const accessed of [true, false, U])
        for (const kinds of KIND_SETS)
          for (const vulnerable of [true, false, U])
            for (const protection of [...PROTECTIONS, U])
              for (const recipient of [...RECIPIENTS, U])
                for (const [status, actions] of REMEDIATION_VARIANTS) {
                  yield {
                    ...BASE,
                    breach: { ...BASE.breach, kind, certainty, personalInformationAccessed: accessed },
                    information: { ...BASE.information, kinds, vulnerableIndividuals: vulnerable },
                    protection,
                    recipient,
                    remediation: { status, actions },
                  };
                }
}

const MHR_PAIRS = [
  ['no', undefined],
  ['involved', false],
  ['involved', true],
  ['involved', U],
  ['possibly_involved', false],
  ['possibly_involved', true],
  ['possibly_involved', U],
] as const;

export function* coverageSpace(): Generator<Incident> {
  for (const type of ENTITY_TYPES)
    for (const turnover of TURNOVERS)
      for (const carveIns of [[], ...CARVE_INS.map((c) => [c])])
        for (const kinds of [
          ['health'],
          ['contact'],
          ['tfn'],
          ['credit_eligibility'],
          ['employee_record'],
          ['employee_record', 'tfn'],
        ] as InformationKind[][])
          for (const participant of [true, false])
            for (const [mhr, outside] of MHR_PAIRS)
              for (const paid of [false, true])
                for (const jurisdiction of ['NSW', 'VIC'] as const) {
                  const breach: Incident['breach'] = {
                    ...BASE.breach,
                    myHealthRecord: mhr,
                    ransomware: {
                      paymentMade: paid,
                      paymentMadeAt: paid ? '2025-06-03T15:00:00+10:00' : null,
                    },
                  };
                  if (outside !== undefined) breach.alsoOutsideMyHealthRecord = outside;
                  yield {
                    ...BASE,
                    entity: {
                      ...BASE.entity,
                      type,
                      annualTurnover: turnover,
                      carveIns,
                      myHealthRecordParticipant: participant,
                      jurisdiction,
                    },
                    breach,
                    information: { ...BASE.information, kinds },
                  };
                }
}

const opt = <T>(values: T[]): (T | 'unknown' | undefined)[] => [undefined, ...values, U];

/**
 * The optional facts added for the review findings (docs/incident-model.md), each absent, set or
 * unknown, crossed with the facts they interact with: what happened, whether it was accessed,
 * protection, who has it, what was done, and whose information it is.
 */
export function* factsSpace(): Generator<Incident> {
  const REMEDIES: [Incident['remediation']['status'], string[]][] = [
    ['none', []],
    ['prevented_harm', ['access_revoked']],
    ['prevented_harm', ['recipient_confirmed_deletion']],
    ['prevented_harm', ['device_remotely_wiped']],
  ];
  for (const kind of BREACH_KINDS)
    for (const accessed of [true, false, U])
      for (const kinds of [['contact'], ['employee_record']] as InformationKind[][])
        for (const protection of ['none', 'encrypted_key_secure', U] as const)
          for (const obtained of opt([true, false]))
            for (const lossLikely of opt([false]))
              for (const aboutPatients of opt([false]))
                for (const employee of opt([true, false]))
                  for (const hasNotified of opt([true]))
                    for (const recipient of [
                      'malicious_or_unknown',
                      'unintended_individual',
                      'own_staff_accidental',
                    ] as const)
                      for (const [status, actions] of REMEDIES) {
                        if (kinds[0] !== 'employee_record' && employee !== undefined) continue;
                        const incident: Incident = {
                          ...BASE,
                          breach: {
                            ...BASE.breach,
                            kind,
                            personalInformationAccessed: accessed,
                            otherEntities: {
                              ...BASE.breach.otherEntities,
                              involved: hasNotified !== undefined,
                            },
                          },
                          information: { ...BASE.information, kinds },
                          protection,
                          recipient,
                          remediation: { status, actions },
                        };
                        if (obtained !== undefined) incident.obtainedInProtectedForm = obtained;
                        if (lossLikely !== undefined) incident.breach.accessLikelyAfterLoss = lossLikely;
                        if (aboutPatients !== undefined) incident.information.aboutPatients = aboutPatients;
                        if (employee !== undefined)
                          incident.information.employeeRecordsIncludeTfnOrPatientRecords = employee;
                        if (hasNotified !== undefined)
                          incident.breach.otherEntities.anotherEntityHasNotified = hasNotified;
                        yield incident;
                      }
}

export function* sweep(): Generator<Incident> {
  yield* harmSpace();
  yield* coverageSpace();
  yield* factsSpace();
}
