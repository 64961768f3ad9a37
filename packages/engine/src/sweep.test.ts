// Invariants checked over the whole enumerated space (./sweep.ts). The counts and the time are
// printed so the size of the sweep is visible in every test run.
import { describe, expect, it } from 'vitest';
import { assess } from './assess.ts';
import { addDays } from './dates.ts';
import { canonicalJson } from './record.ts';
import { SMALL_BUSINESS_CEILING } from './rules/coverage.ts';
import { SWEEP_NOW, coverageSpace, factsSpace, harmSpace } from './sweep.ts';
import type { Incident } from './types.ts';
import { RECIPIENTS } from './vocabulary.ts';

/** Independent statement of when Part IIIC cannot apply (for a known turnover and known kinds). */
function coverageFails(i: Incident): boolean | 'unknown' {
  const e = i.entity;
  if (e.type === 'state_or_territory_authority') return true;
  const kinds = i.information.kinds;
  if (kinds.includes('unknown')) return 'unknown';
  // Employee records may hold TFNs or a staff member's own patient record (not exempt): unless the
  // incident says they do not, coverage cannot be ruled out.
  const employee = i.information.employeeRecordsIncludeTfnOrPatientRecords;
  if (kinds.includes('employee_record') && e.type !== 'commonwealth_agency' && employee !== false)
    return employee === true ? false : 'unknown';
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

const HOSTILE = new Set(['malicious_or_unknown', 'hostile_known_person', 'unauthorised_staff', 'public']);
const HEADLINE_WORDS: Partial<Record<string, RegExp>> = {
  oaic_statement: /OAIC/,
  complete_assessment: /[Aa]ssess/,
  mhr_notify_system_operator: /Digital Health Agency|My Health Record/,
  ransomware_payment_report: /ransomware payment/,
  soci_incident_report: /cyber security incident/,
  state_scheme_notice: /state scheme/,
};

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
    // Someone who may misuse it has read health information in the clear: whatever the practice
    // says it did afterwards, Part IIIC requires notification once the facts are believed.
    if (
      HOSTILE.has(incident.recipient) &&
      incident.breach.personalInformationAccessed === true &&
      incident.breach.certainty === 'believed' &&
      incident.information.kinds.includes('health') &&
      ['none', 'password_only', 'encrypted_key_compromised'].includes(incident.protection) &&
      incident.entity.type === 'health_service_provider' &&
      incident.breach.myHealthRecord === 'no' &&
      // (unless another entity has already notified them, s 26WM, or may have)
      !incident.breach.otherEntities.anotherEntityHasNotified &&
      d.ndbOutcome !== 'notify'
    )
      throw new Error(`read by someone hostile, yet ${d.ndbOutcome}: ${JSON.stringify(incident)}`);
    // A claim of prevented harm with nothing recorded is never taken as proof.
    if (
      incident.remediation.status === 'prevented_harm' &&
      incident.remediation.actions.length === 0 &&
      d.ndbOutcome === 'not_notifiable' &&
      d.steps.find((s) => s.id === 'remediation')?.finding.startsWith('Action taken before')
    )
      throw new Error(`an unsupported claim made it not notifiable: ${JSON.stringify(incident)}`);
    for (const n of d.nextSteps) if (/[?!]\.$/.test(n)) throw new Error(`doubled punctuation: ${n}`);
    // Every live duty is in the headline.
    for (const o of d.obligations) {
      const k = HEADLINE_WORDS[o.id];
      if (k && !k.test(d.headline)) throw new Error(`${o.id} missing from headline: ${d.headline}`);
    }
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
    expect(r.count).toBe(4 * 2 * 3 * 7 * 3 * 5 * (RECIPIENTS.length + 1) * 8);
    expect(Object.keys(r.outcomes).sort()).toEqual(['assess', 'not_covered', 'not_notifiable', 'notify']);
  }, 900_000);

  it('holds every invariant over the space of the optional facts added for the review findings', () => {
    const r = check(factsSpace);
    console.log(`sweep facts space: ${r.count} incidents in ${r.seconds.toFixed(1)} s`, r.outcomes);
    expect(r.count).toBe(3 * 3 * (1 + 4) * 3 * 4 * 3 * 3 * 3 * 3 * 4);
    expect(Object.keys(r.outcomes).sort()).toEqual(['assess', 'not_covered', 'not_notifiable', 'notify']);
  }, 900_000);

  it('holds every invariant over the coverage space', () => {
    const r = check(coverageSpace);
    console.log(`sweep coverage space: ${r.count} incidents in ${r.seconds.toFixed(1)} s`, r.outcomes);
    expect(r.count).toBe(67_200);
    expect(r.outcomes.not_covered).toBeGreaterThan(0);
    expect(r.outcomes.notify).toBeGreaterThan(0);
  }, 900_000);
});
