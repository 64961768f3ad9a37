// Invariants checked over the whole enumerated space (./sweep.ts). The counts and the time are
// printed so the size of the sweep is visible in every test run.
import { describe, expect, it } from 'vitest';
import { assess } from './assess.ts';
import { addDays } from './dates.ts';
import { canonicalJson } from './record.ts';
import { SMALL_BUSINESS_CEILING } from './rules/coverage.ts';
import { SWEEP_NOW, coverageSpace, harmSpace } from './sweep.ts';
import type { Incident } from './types.ts';

/** Independent statement of when Part IIIC cannot apply (for a known turnover and known kinds). */
function coverageFails(i: Incident): boolean | 'unknown' {
  const e = i.entity;
  if (e.type === 'state_or_territory_authority') return true;
  const kinds = i.information.kinds;
  if (kinds.includes('unknown')) return 'unknown';
  const personal = kinds.filter(
    (k) => k !== 'de_identified' && (e.type === 'commonwealth_agency' || k !== 'employee_record'),
  );
  if (personal.length === 0) return true;
  if (e.type !== 'business') return false;
  if (e.annualTurnover === 'unknown') return 'unknown';
  if (e.annualTurnover > SMALL_BUSINESS_CEILING) return false;
  const organisation = e.carveIns.some((c) => c !== 'credit_provider');
  if (organisation) return false;
  return !personal.some(
    (k) => k === 'tfn' || (k === 'credit_eligibility' && e.carveIns.includes('credit_provider')),
  );
}

function check(space: () => Generator<Incident>) {
  let count = 0;
  const outcomes: Record<string, number> = {};
  const started = performance.now();
  for (const incident of space()) {
    const d = assess(incident, { now: SWEEP_NOW });
    count++;
    outcomes[d.outcome] = (outcomes[d.outcome] ?? 0) + 1;
    if (count % 97 === 0) expect(canonicalJson(assess(incident, { now: SWEEP_NOW }))).toBe(canonicalJson(d));
    for (const s of d.steps)
      if (s.citations.length === 0) throw new Error(`uncited step ${s.id}: ${JSON.stringify(incident)}`);
    for (const o of d.obligations)
      if (o.citations.length === 0) throw new Error(`uncited obligation ${o.id}`);
    if (incident.remediation.status === 'prevented_harm' && d.ndbOutcome === 'notify')
      throw new Error(`prevented_harm gave notify: ${JSON.stringify(incident)}`);
    const fails = coverageFails(incident);
    if (d.outcome === 'not_covered' && fails === false)
      throw new Error(`not_covered although covered: ${JSON.stringify(incident)}`);
    if (fails === true && d.ndbOutcome !== 'not_covered')
      throw new Error(`covered although outside: ${JSON.stringify(incident)}`);
    if (d.ndbOutcome === 'assess') {
      const due = d.obligations.find((o) => o.id === 'complete_assessment')?.dueDate;
      if (due !== addDays(incident.breach.awareOn, 30))
        throw new Error(`assess without the 30-day due date: ${due}`);
    }
    if (d.ndbOutcome === 'notify' && !d.obligations.some((o) => o.id === 'oaic_statement'))
      throw new Error('notify without a statement');
    if (!d.obligations.some((o) => o.id === 'keep_record')) throw new Error('no keep_record');
  }
  return { count, outcomes, seconds: (performance.now() - started) / 1000 };
}

describe('exhaustive sweep', () => {
  it('holds every invariant over the harm space', () => {
    const r = check(harmSpace);
    console.log(`sweep harm space: ${r.count} incidents in ${r.seconds.toFixed(1)} s`, r.outcomes);
    expect(r.count).toBe(4 * 2 * 3 * 7 * 3 * 5 * 8 * 8);
    expect(Object.keys(r.outcomes).sort()).toEqual(['assess', 'not_covered', 'not_notifiable', 'notify']);
  }, 300_000);

  it('holds every invariant over the coverage space', () => {
    const r = check(coverageSpace);
    console.log(`sweep coverage space: ${r.count} incidents in ${r.seconds.toFixed(1)} s`, r.outcomes);
    expect(r.count).toBe(67_200);
    expect(r.outcomes.not_covered).toBeGreaterThan(0);
    expect(r.outcomes.notify).toBeGreaterThan(0);
  }, 300_000);
});
