import { describe, expect, it } from 'vitest';
import { isRealDate } from './dates.ts';

describe('isRealDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2026-12-31', true],
    ['2025-02-29', false],
    ['1900-02-29', false],
    ['2025-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['0000-01-01', false],
    ['2026-1-5', false],
    ['2026-01-05T00:00', false],
    ['', false],
  ])('%s → %s', (date, expected) => {
    expect(isRealDate(date)).toBe(expected);
  });
});
