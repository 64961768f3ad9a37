// The shared bench figures: the JSON shape, how `met` follows the target, and the interleaved
// A/B timing (with an injected clock, so nothing here depends on how fast the machine is).
import { describe, expect, it } from 'vitest';
import { figure, formatFigures, interleave, median, meets, printFigures, summary } from './figures.ts';

describe('meets', () => {
  it('reads >=, <=, < and > targets', () => {
    expect(meets(20, '>= 20')).toBe(true);
    expect(meets(19.9, '>= 20')).toBe(false);
    expect(meets(8, '<= 8')).toBe(true);
    expect(meets(9, '<= 8')).toBe(false);
    expect(meets(1500, '< 1500')).toBe(false);
    expect(meets(1499, '< 1500')).toBe(true);
    expect(meets(3, '> 3')).toBe(false);
    expect(meets(3.5, '>3')).toBe(true);
  });
  it('is null without a target', () => {
    expect(meets(42, null)).toBeNull();
  });
  it('refuses a target it cannot read', () => {
    expect(() => meets(1, '≥ 20')).toThrow(/figure target "≥ 20"/);
    expect(() => meets(1, '< 30 KB')).toThrow(/expected an operator/);
  });
});

describe('printFigures', () => {
  it('prints one JSON document with every field, null target and met where there is no aim', () => {
    let out = '';
    printFigures(
      [figure('pdf.vsChromium', 13.2, 'x', 40, '>= 20'), figure('engine.worstCaseMs', 346.9, 'ms', 10)],
      true,
      (s) => {
        out += s;
      },
    );
    expect(out.endsWith('\n')).toBe(true);
    expect(out.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(out)).toEqual({
      figures: [
        { name: 'pdf.vsChromium', value: 13.2, unit: 'x', target: '>= 20', met: false, runs: 40 },
        { name: 'engine.worstCaseMs', value: 346.9, unit: 'ms', target: null, met: null, runs: 10 },
      ],
    });
  });
  it('prints a readable table otherwise, saying which aims are not met', () => {
    const text = formatFigures(
      [figure('wizard.maxScreens', 7, 'screens', 1, '<= 8'), figure('a', 1, 'x', 2, '> 1')],
      false,
    );
    expect(text).toContain('wizard.maxScreens  7 screens  [runs 1]  (aim <= 8: met)');
    expect(text).toContain('(aim > 1: NOT met)');
  });
});

describe('summary', () => {
  it('counts the aims met among the figures that have one, then lists every figure', () => {
    const text = summary([
      figure('wizard.maxScreens', 7, 'screens', 1, '<= 8'),
      figure('build.msPerPracticeAt200', 39, 'ms', 1, '<= 10'),
      figure('engine.worstCaseMs', 200, 'ms', 10),
    ]);
    expect(text.split('\n')[0]).toBe('Every figure (1 of 2 aims met):');
    expect(text).toContain('build.msPerPracticeAt200  39 ms  [runs 1]  (aim <= 10: NOT met)');
    expect(text).toContain('engine.worstCaseMs        200 ms  [runs 10]');
  });
});

describe('median', () => {
  it('takes the middle sample, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });
});

describe('interleave', () => {
  it('alternates a and b, flipping the order each round, and compares medians', async () => {
    const order: string[] = [];
    let now = 0;
    // a takes 2 ms, b takes 30 ms, except one busy spell of +100 ms on b's second run.
    let bRuns = 0;
    const result = await interleave(
      () => {
        order.push('a');
        now += 2;
      },
      () => {
        order.push('b');
        now += 30 + (++bRuns === 2 ? 100 : 0);
      },
      4,
      () => now,
    );
    expect(order).toEqual(['a', 'b', 'b', 'a', 'a', 'b', 'b', 'a']);
    expect(result.a.samples).toEqual([2, 2, 2, 2]);
    expect(result.b.samples).toEqual([30, 130, 30, 30]);
    expect(result.a.median).toBe(2);
    expect(result.b.median).toBe(30);
    expect(result.ratio).toBe(15);
    expect(result.runs).toBe(4);
  });
  it('awaits asynchronous work', async () => {
    let now = 0;
    const result = await interleave(
      async () => {
        await Promise.resolve();
        now += 1;
      },
      async () => {
        await Promise.resolve();
        now += 3;
      },
      3,
      () => now,
    );
    expect(result.ratio).toBe(3);
  });
  it('refuses fewer than one run', async () => {
    await expect(
      interleave(
        () => {},
        () => {},
        0,
      ),
    ).rejects.toThrow(/runs must be >= 1/);
  });
});
