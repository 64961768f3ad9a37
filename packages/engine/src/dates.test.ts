import { describe, expect, it } from 'vitest';
import { addDays, addHours, formatDate, isIsoDate, isIsoDateTime } from './dates.ts';
import { assessmentDueDate } from './obligations.ts';

describe('dates', () => {
  it('counts 30 days excluding the day of awareness, without rolling weekends forward', () => {
    expect(assessmentDueDate('2025-06-02')).toBe('2025-07-02');
    expect(assessmentDueDate('2025-07-10')).toBe('2025-08-09'); // a Saturday, kept
    expect(assessmentDueDate('2024-01-30')).toBe('2024-02-29');
    expect(assessmentDueDate('2025-12-15')).toBe('2026-01-14');
  });
  it('rejects impossible dates and times', () => {
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDateTime('2025-06-02T24:00:00+10:00')).toBe(false);
    expect(isIsoDateTime('2025-06-02T11:00:00+10:00')).toBe(true);
    expect(isIsoDateTime('2025-06-02T11:00:00')).toBe(false);
  });
  it('adds hours in the input offset', () => {
    expect(addHours('2025-06-01T15:00:00+10:00', 72)).toBe('2025-06-04T15:00:00+10:00');
    expect(addHours('2025-06-01T23:30:00Z', 1)).toBe('2025-06-02T00:30:00Z');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(formatDate('2025-07-02')).toBe('Wed 2 Jul 2025');
  });
});
