// Every public scenario from the design notes gives its expected outcome, channel, obligations
// and deadlines. The expected blocks in fixtures/scenarios/*.json are the contract.
import { describe, expect, it } from 'vitest';
import { describeScenario } from './test-support/expect-scenario.ts';
import { loadScenarios } from './test-support/scenarios.ts';

const scenarios = loadScenarios();

describe('public scenarios', () => {
  it('covers every scenario of the public set', () => {
    expect(scenarios.map((s) => s.id)).toEqual([
      'S01',
      'S04',
      'S05',
      'S07',
      'S09',
      'S10',
      'S12',
      'S13',
      'S14',
      'S15',
      'S17',
      'S19',
      'S23',
      'S26',
      'S36',
    ]);
  });

  for (const s of scenarios) describeScenario(s);
});
