// Engine throughput: decisions per second for single assessments (the public scenarios, and the
// worst case where every fact is "I don't know"), and for the whole exhaustive sweep.
// Run: node bench/engine.ts [--json] [--runs N]
//   Each rate is the median of N timed batches (default 10) of about 150 ms: a busy spell on a
//   shared machine spoils a batch or two, not the figure. The worst case is timed per decision.
import { assess, draftIncident } from '../packages/engine/src/index.ts';
import { SWEEP_NOW, coverageSpace, factsSpace, harmSpace } from '../packages/engine/src/sweep.ts';
import { loadScenarios } from '../packages/engine/src/test-support/scenarios.ts';
import { benchArgs, type Figure, figure, humanOut, median, printFigures } from './figures.ts';

const { json, runs = 10 } = benchArgs();
const say = humanOut(json);
const figures: Figure[] = [];

/** Median decisions/s over `runs` batches of about `batchMs`. */
function rate(label: string, fn: () => void, batchMs = 150): number {
  // Warm up for a while, not a count: the JIT needs time, and 50 calls of a fast path is ~1 ms.
  for (const start = performance.now(); performance.now() - start < 500; ) fn();
  const rates: number[] = [];
  for (let b = 0; b < runs; b++) {
    let n = 0;
    const start = performance.now();
    while (performance.now() - start < batchMs) {
      fn();
      n++;
    }
    rates.push((n / (performance.now() - start)) * 1000);
  }
  const perSecond = median(rates);
  say(
    `${label.padEnd(48)} ${perSecond.toFixed(0).padStart(8)} decisions/s  ${(1e6 / perSecond).toFixed(0).padStart(7)} µs each  (median of ${runs})`,
  );
  return perSecond;
}

say(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
const scenarios = loadScenarios();
let k = 0;
const roundRobin = rate('public scenarios (round robin, 15 incidents)', () => {
  const s = scenarios[k++ % scenarios.length]!;
  assess(s.incident, { now: s.now });
});
figures.push(figure('engine.decisionsPerSecond', Math.round(roundRobin), 'decisions/s', runs));
const s01 = scenarios[0]!;
const simple = rate('S01 misdirected email (no unknowns)', () => assess(s01.incident, { now: s01.now }));
figures.push(figure('engine.decisionsPerSecond.S01', Math.round(simple), 'decisions/s', runs));
const s12 = scenarios.find((s) => s.id === 'S12')!;
const unknowns = rate('S12 vendor ransomware (5 unknowns)', () => assess(s12.incident, { now: s12.now }));
figures.push(figure('engine.decisionsPerSecond.S12', Math.round(unknowns), 'decisions/s', runs));

// Worst case: every answer "I don't know" (hundreds of ms each), timed one decision at a time.
const all = draftIncident(
  { type: 'health_service_provider', annualTurnover: 'unknown', myHealthRecordParticipant: true },
  '2025-06-02',
);
assess(all, { now: SWEEP_NOW }); // warm up
const worst: number[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  assess(all, { now: SWEEP_NOW });
  worst.push(performance.now() - t0);
}
const worstMs = median(worst);
say(`worst case: every answer "I don't know"          ${worstMs.toFixed(1)} ms each  (median of ${runs})`);
figures.push(figure('engine.worstCaseMs', Number(worstMs.toFixed(1)), 'ms', runs));

// The exhaustive sweep, once per space (tens of seconds: not repeated).
for (const [name, key, space] of [
  ['harm space', 'harm', harmSpace],
  ['coverage space', 'coverage', coverageSpace],
  ['facts space', 'facts', factsSpace],
] as const) {
  const start = performance.now();
  let n = 0;
  for (const incident of space()) {
    assess(incident, { now: SWEEP_NOW });
    n++;
  }
  const seconds = (performance.now() - start) / 1000;
  say(
    `sweep ${name.padEnd(15)} ${String(n).padStart(7)} incidents in ${seconds.toFixed(1)} s = ${(n / seconds).toFixed(0)} decisions/s`,
  );
  figures.push(figure(`engine.sweep.${key}.decisionsPerSecond`, Math.round(n / seconds), 'decisions/s', 1));
}

if (json) printFigures(figures, true);
