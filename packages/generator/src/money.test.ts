import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dollars, grouped, millions } from './money.ts';

describe('money', () => {
  it('groups thousands the Australian way, no cents', () => {
    expect(dollars(180000)).toBe('$180,000');
    expect(dollars(3_000_000)).toBe('$3,000,000');
    expect(dollars(0)).toBe('$0');
  });
  it('says whole millions in words and anything else in figures', () => {
    expect(millions(3_000_000)).toBe('$3 million');
    expect(millions(2_500_000)).toBe('$2,500,000');
  });
  it("groups every number exactly as toLocaleString('en-AU') does", () => {
    for (const n of [
      0,
      -0,
      7,
      999,
      1000,
      -1000,
      999_999,
      1_000_000,
      12_345_678,
      Number.MAX_SAFE_INTEGER,
      2.5,
      1e21,
    ])
      expect(grouped(n), String(n)).toBe(n.toLocaleString('en-AU'));
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double({ noNaN: true })), (n) => {
        expect(grouped(n)).toBe(n.toLocaleString('en-AU'));
      }),
      { numRuns: 2000 },
    );
  });
});
