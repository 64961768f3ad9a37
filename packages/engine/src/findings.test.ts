// The incidents a legal review wrote to probe the engine (issue #7), one or more per finding, each
// with the answer the Act gives. fixtures/findings/*.json; `before` records the old, wrong answer.
import { describe, expect, it } from 'vitest';
import { describeScenario } from './test-support/expect-scenario.ts';
import { FINDINGS_DIR, loadScenarios } from './test-support/scenarios.ts';

const findings = loadScenarios(FINDINGS_DIR);

describe('review findings', () => {
  it('has a fixture for every finding of the review (1–11)', () => {
    expect([...new Set(findings.map((f) => f.finding))].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]);
  });
  for (const s of findings) describeScenario(s);
});
