// Engine throughput: decisions per second for single assessments (the public scenarios, and the
// worst case where every fact is "I don't know"), and for the whole exhaustive sweep.
// Run: node bench/engine.ts   (prints figures; no pass/fail thresholds here)
import { assess, draftIncident } from '../packages/engine/src/index.ts';
import { SWEEP_NOW, coverageSpace, factsSpace, harmSpace } from '../packages/engine/src/sweep.ts';
import { loadScenarios } from '../packages/engine/src/test-support/scenarios.ts';

function rate(label: string, fn: () => void, ms = 1500): void {
  for (let i = 0; i < 50; i++) fn(); // warm up
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    fn();
    n++;
  }
  const elapsed = performance.now() - start;
  console.log(
    `${label.padEnd(48)} ${((n / elapsed) * 1000).toFixed(0).padStart(8)} decisions/s  ${((elapsed / n) * 1000).toFixed(0).padStart(7)} µs each`,
  );
}

console.log(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
const scenarios = loadScenarios();
let k = 0;
rate('public scenarios (round robin, 15 incidents)', () => {
  const s = scenarios[k++ % scenarios.length]!;
  assess(s.incident, { now: s.now });
});
const s01 = scenarios[0]!;
rate('S01 misdirected email (no unknowns)', () => assess(s01.incident, { now: s01.now }));
const s12 = scenarios.find((s) => s.id === 'S12')!;
rate('S12 vendor ransomware (5 unknowns)', () => assess(s12.incident, { now: s12.now }), 1000);
const all = draftIncident(
  { type: 'health_service_provider', annualTurnover: 'unknown', myHealthRecordParticipant: true },
  '2025-06-02',
);
rate('worst case: every answer "I don\'t know"', () => assess(all, { now: SWEEP_NOW }), 3000);

for (const [name, space] of [
  ['harm space', harmSpace],
  ['coverage space', coverageSpace],
  ['facts space', factsSpace],
] as const) {
  const start = performance.now();
  let n = 0;
  for (const incident of space()) {
    assess(incident, { now: SWEEP_NOW });
    n++;
  }
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `sweep ${name.padEnd(15)} ${String(n).padStart(7)} incidents in ${seconds.toFixed(1)} s = ${(n / seconds).toFixed(0)} decisions/s`,
  );
}
