import { describe, expect, it } from 'vitest';
import { dollars, millions } from './money.ts';

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
});
