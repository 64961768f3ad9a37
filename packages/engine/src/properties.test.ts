// Property tests (fast-check) over random incidents: determinism, monotonicity (more sensitive
// information, weaker protection or a more hostile recipient never lowers the outcome), and
// caution with unknowns (an unknown is never less cautious than all of its resolutions).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from './assess.ts';
import { canonicalJson } from './record.ts';
import type { Incident, InformationKind, Protection, Recipient } from './types.ts';
import {
  BREACH_KINDS,
  CARVE_INS,
  CERTAINTIES,
  ENTITY_TYPES,
  INFORMATION_KINDS,
  MHR_INVOLVEMENT,
  OUTCOME_RANK,
  PROTECTIONS,
  RECIPIENTS,
  REMEDIATION_STATUSES,
} from './vocabulary.ts';

const NOW = '2025-07-01T09:00:00+10:00';
const orUnknown = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: fc.constant('unknown' as const) });
/** An optional fact of the model: absent (its documented default), a value, or "unknown". */
const optionalFact = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 3, arbitrary: arb },
    { weight: 1, arbitrary: fc.constant('unknown' as const) },
  );

export const incidentArb: fc.Arbitrary<Incident> = fc.record({
  schemaVersion: fc.constant(1 as const),
  entity: fc.record({
    type: fc.constantFrom(...ENTITY_TYPES),
    annualTurnover: orUnknown(fc.integer({ min: 0, max: 20_000_000 })),
    carveIns: fc.subarray([...CARVE_INS], { maxLength: 2 }),
    jurisdiction: fc.constantFrom('NSW', 'QLD', 'VIC', 'WA'),
    myHealthRecordParticipant: fc.boolean(),
    criticalInfrastructure: fc.boolean(),
    apraRegulated: fc.boolean(),
    gdprApplies: fc.boolean(),
  }),
  breach: fc.record({
    kind: orUnknown(fc.constantFrom(...BREACH_KINDS)),
    certainty: fc.constantFrom(...CERTAINTIES),
    awareOn: fc.constantFrom('2025-02-28', '2025-06-02', '2025-12-15'),
    personalInformationAccessed: orUnknown(fc.boolean()),
    myHealthRecord: fc.constantFrom(...MHR_INVOLVEMENT),
    alsoOutsideMyHealthRecord: orUnknown(fc.boolean()),
    ransomware: fc.record({ paymentMade: fc.boolean(), paymentMadeAt: fc.constant(null) }),
    otherEntities: fc.record({
      involved: fc.boolean(),
      anotherEntityAssessing: fc.boolean(),
      anotherEntityNotifying: fc.boolean(),
      anotherEntityHasNotified: optionalFact(fc.boolean()),
    }),
    lawEnforcementAskedToDelay: fc.boolean(),
    accessLikelyAfterLoss: optionalFact(fc.boolean()),
  }),
  information: fc.record({
    kinds: fc.uniqueArray(fc.constantFrom(...INFORMATION_KINDS, 'unknown' as const), {
      minLength: 1,
      maxLength: 3,
    }),
    individualsAffected: orUnknown(fc.integer({ min: 1, max: 100_000 })),
    vulnerableIndividuals: orUnknown(fc.boolean()),
    aboutPatients: optionalFact(fc.boolean()),
    employeeRecordsIncludeTfnOrPatientRecords: optionalFact(fc.boolean()),
    heldForCarveInPurpose: optionalFact(fc.boolean()),
  }),
  protection: orUnknown(fc.constantFrom(...PROTECTIONS)),
  obtainedInProtectedForm: optionalFact(fc.boolean()),
  recipient: orUnknown(fc.constantFrom(...RECIPIENTS)),
  remediation: fc.record({
    status: orUnknown(fc.constantFrom(...REMEDIATION_STATUSES)),
    actions: fc.subarray([
      'asked_recipient_to_delete',
      'recipient_confirmed_deletion',
      'device_remotely_wiped',
      'access_revoked',
      'content_taken_down',
      'ransom_paid_for_deletion',
      'note: called them',
    ]),
  }),
});

const rank = (i: Incident) => OUTCOME_RANK[assess(i, { now: NOW }).outcome];
const ndbRank = (i: Incident) => {
  const o = assess(i, { now: NOW }).ndbOutcome;
  return o === 'not_applicable' ? -1 : OUTCOME_RANK[o];
};

/** Stated independently of the engine: how exposed a recipient leaves the information. */
const HOSTILITY: Record<Recipient, number> = {
  trusted_recipient: 0,
  own_staff_accidental: 0,
  none_known: 1,
  unintended_individual: 1,
  unauthorised_staff: 2,
  malicious_or_unknown: 2,
  hostile_known_person: 2,
  public: 2,
};
/** How weak the protection is. */
const WEAKNESS: Record<Protection, number> = {
  encrypted_key_secure: 0,
  password_only: 1,
  none: 1,
  encrypted_key_compromised: 1,
};

const runs = { numRuns: 1500 };

describe('engine properties', () => {
  it('is deterministic', () => {
    fc.assert(
      fc.property(incidentArb, (i) => {
        expect(canonicalJson(assess(i, { now: NOW }))).toBe(
          canonicalJson(assess(structuredClone(i), { now: NOW })),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('never lowers the outcome when a kind of information is added', () => {
    fc.assert(
      fc.property(incidentArb, fc.constantFrom(...INFORMATION_KINDS), (i, extra: InformationKind) => {
        fc.pre(!i.information.kinds.includes(extra));
        const more = structuredClone(i);
        more.information.kinds.push(extra);
        expect(rank(more)).toBeGreaterThanOrEqual(rank(i));
      }),
      runs,
    );
  });

  it('never lowers the outcome when the people are vulnerable', () => {
    fc.assert(
      fc.property(incidentArb, (i) => {
        const a = structuredClone(i);
        a.information.vulnerableIndividuals = false;
        const b = structuredClone(i);
        b.information.vulnerableIndividuals = true;
        expect(rank(b)).toBeGreaterThanOrEqual(rank(a));
      }),
      runs,
    );
  });

  it('never lowers the outcome for weaker protection', () => {
    fc.assert(
      fc.property(
        incidentArb,
        fc.constantFrom(...PROTECTIONS),
        fc.constantFrom(...PROTECTIONS),
        (i, p1, p2) => {
          fc.pre(WEAKNESS[p1] < WEAKNESS[p2]);
          expect(rank({ ...i, protection: p2 })).toBeGreaterThanOrEqual(rank({ ...i, protection: p1 }));
        },
      ),
      runs,
    );
  });

  it('never lowers the outcome for a more hostile recipient', () => {
    fc.assert(
      fc.property(
        incidentArb,
        fc.constantFrom(...RECIPIENTS),
        fc.constantFrom(...RECIPIENTS),
        (i, r1, r2) => {
          fc.pre(HOSTILITY[r1] < HOSTILITY[r2]);
          expect(rank({ ...i, recipient: r2 })).toBeGreaterThanOrEqual(rank({ ...i, recipient: r1 }));
        },
      ),
      runs,
    );
  });

  it('is never less cautious with an unknown than with all of its resolutions', () => {
    const fields = [
      {
        set: (i: Incident, v: unknown) => ({ ...i, protection: v as Incident['protection'] }),
        values: PROTECTIONS,
      },
      {
        set: (i: Incident, v: unknown) => ({ ...i, recipient: v as Incident['recipient'] }),
        values: RECIPIENTS,
      },
      {
        set: (i: Incident, v: unknown) => ({
          ...i,
          remediation: { ...i.remediation, status: v as Incident['remediation']['status'] },
        }),
        values: REMEDIATION_STATUSES,
      },
      {
        set: (i: Incident, v: unknown) => ({
          ...i,
          breach: { ...i.breach, kind: v as Incident['breach']['kind'] },
        }),
        values: BREACH_KINDS,
      },
      {
        set: (i: Incident, v: unknown) => ({
          ...i,
          breach: { ...i.breach, personalInformationAccessed: v as boolean },
        }),
        values: [true, false],
      },
    ];
    fc.assert(
      fc.property(incidentArb, fc.integer({ min: 0, max: fields.length - 1 }), (i, n) => {
        const field = fields[n] as (typeof fields)[number];
        const resolved = field.values.map((v) => rank(field.set(i, v)));
        const withUnknown = rank(field.set(i, 'unknown'));
        expect(withUnknown).toBeGreaterThanOrEqual(Math.min(...resolved));
        if (new Set(resolved).size === 1) expect(withUnknown).toBe(resolved[0]);
        else expect(withUnknown).toBeGreaterThanOrEqual(OUTCOME_RANK.assess);
      }),
      runs,
    );
  });

  it('never lowers the outcome for an assurance from someone who may misuse the information', () => {
    fc.assert(
      fc.property(
        incidentArb,
        fc.constantFrom('malicious_or_unknown', 'hostile_known_person', 'unauthorised_staff', 'public'),
        fc.constantFrom(
          'ransom_paid_for_deletion',
          'recipient_confirmed_deletion',
          'asked_recipient_to_delete',
        ),
        fc.constantFrom('prevented_harm', 'prevented_harm_for_some'),
        (i, recipient: Recipient, action, status: 'prevented_harm' | 'prevented_harm_for_some') => {
          const without = { ...i, recipient, remediation: { status: 'none' as const, actions: [] } };
          const withClaim = { ...i, recipient, remediation: { status, actions: [action] } };
          expect(rank(withClaim)).toBeGreaterThanOrEqual(rank(without));
          expect(ndbRank(withClaim)).toBeGreaterThanOrEqual(ndbRank(without));
        },
      ),
      runs,
    );
  });

  it('never lowers the outcome when personal information was accessed', () => {
    fc.assert(
      fc.property(incidentArb, (i) => {
        const no = { ...i, breach: { ...i.breach, personalInformationAccessed: false } };
        const yes = { ...i, breach: { ...i.breach, personalInformationAccessed: true } };
        expect(rank(yes)).toBeGreaterThanOrEqual(rank(no));
        expect(ndbRank(yes)).toBeGreaterThanOrEqual(ndbRank(no));
      }),
      runs,
    );
  });

  it('never lowers the outcome when access is revoked or content is taken down', () => {
    fc.assert(
      fc.property(incidentArb, fc.constantFrom('access_revoked', 'content_taken_down'), (i, action) => {
        fc.pre(!i.remediation.actions.includes(action));
        const more = { ...i, remediation: { ...i.remediation, actions: [...i.remediation.actions, action] } };
        expect(rank(more)).toBeGreaterThanOrEqual(rank(i));
      }),
      runs,
    );
  });

  it('names every live duty in the headline, and every 72-hour duty of a not-notifiable answer', () => {
    const KEYWORDS: Partial<Record<string, RegExp>> = {
      oaic_statement: /OAIC/,
      complete_assessment: /[Aa]ssess/,
      mhr_notify_system_operator: /Digital Health Agency|My Health Record/,
      ransomware_payment_report: /ransomware payment/,
      soci_incident_report: /cyber security incident/,
      apra_cps234_notice: /APRA/,
      gdpr_art33_notice: /GDPR/,
      state_scheme_notice: /state scheme/,
    };
    fc.assert(
      fc.property(incidentArb, (i) => {
        const d = assess(i, { now: NOW });
        for (const o of d.obligations) {
          const k = KEYWORDS[o.id];
          if (k) expect(d.headline, `${o.id} in: ${d.headline}`).toMatch(k);
        }
      }),
      runs,
    );
  });

  it('treats an unknown optional fact as cautiously as its most cautious answer would be settled', () => {
    const optional: { set: (i: Incident, v: unknown) => Incident }[] = [
      { set: (i, v) => ({ ...i, obtainedInProtectedForm: v as boolean }) },
      { set: (i, v) => ({ ...i, information: { ...i.information, aboutPatients: v as boolean } }) },
      {
        set: (i, v) => ({
          ...i,
          information: { ...i.information, employeeRecordsIncludeTfnOrPatientRecords: v as boolean },
        }),
      },
      { set: (i, v) => ({ ...i, breach: { ...i.breach, accessLikelyAfterLoss: v as boolean } }) },
      { set: (i, v) => ({ ...i, breach: { ...i.breach, alsoOutsideMyHealthRecord: v as boolean } }) },
    ];
    fc.assert(
      fc.property(incidentArb, fc.integer({ min: 0, max: optional.length - 1 }), (i, n) => {
        const f = optional[n] as (typeof optional)[number];
        const resolved = [true, false].map((v) => rank(f.set(i, v)));
        const withUnknown = rank(f.set(i, 'unknown'));
        expect(withUnknown).toBeGreaterThanOrEqual(Math.min(...resolved));
        if (resolved[0] !== resolved[1] && Math.max(...resolved) >= OUTCOME_RANK.assess)
          expect(withUnknown).toBeGreaterThanOrEqual(OUTCOME_RANK.assess);
      }),
      runs,
    );
  });

  it('does not read the clock: the same incident at a later `now` only changes overdue flags', () => {
    fc.assert(
      fc.property(incidentArb, (i) => {
        const a = assess(i, { now: NOW });
        const b = assess(i, { now: '2030-01-01T00:00:00Z' });
        expect(b.outcome).toBe(a.outcome);
        expect(b.obligations.map((o) => o.id)).toEqual(a.obligations.map((o) => o.id));
        const late = b.obligations.find((o) => o.id === 'complete_assessment');
        if (late) expect(late.overdue).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('only says not_covered when Part IIIC coverage fails', () => {
    fc.assert(
      fc.property(incidentArb, (i) => {
        const d = assess(i, { now: NOW });
        if (d.outcome === 'not_covered') expect(d.ndbOutcome).toBe('not_covered');
        expect(ndbRank(i)).toBeGreaterThanOrEqual(-1);
      }),
      runs,
    );
  });
});
