import { describe, expect, it } from 'vitest';
import {
  addDays,
  addHours,
  formatDate,
  formatDateTime,
  isIsoDate,
  isIsoDateTime,
  localDateIn,
  parseInstant,
  zoneOf,
} from './dates.ts';
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
  it('adds hours as an exact duration and writes the result in the practice zone', () => {
    expect(addHours('2025-06-01T15:00:00+10:00', 72, 'Australia/Sydney')).toBe('2025-06-04T15:00:00+10:00');
    expect(addHours('2025-06-01T23:30:00Z', 1, 'UTC')).toBe('2025-06-02T00:30:00+00:00');
    expect(addHours('2025-06-01T23:30:00Z', 1, 'Australia/Perth')).toBe('2025-06-02T08:30:00+08:00');
  });
  it('uses the offset in force when the deadline falls, across a daylight-saving change', () => {
    // Paid 12:30 am AEDT on Fri 4 Apr 2025; clocks went back at 3 am on Sun 6 Apr. 72 hours later
    // is 11:30 pm AEST on Sun 6 Apr — not Mon 7 Apr (the finding this test guards).
    const due = addHours('2025-04-04T00:30:00+11:00', 72, 'Australia/Sydney');
    expect(due).toBe('2025-04-06T23:30:00+10:00');
    expect(Date.parse(due) - Date.parse('2025-04-04T00:30:00+11:00')).toBe(72 * 3_600_000);
    expect(formatDateTime(due)).toBe('Sun 6 Apr 2025, 11:30 pm (UTC+10:00)');
    // Into daylight saving (first Sunday of October): 2 am becomes 3 am.
    expect(addHours('2025-10-04T12:00:00+10:00', 24, 'Australia/Melbourne')).toBe(
      '2025-10-05T13:00:00+11:00',
    );
    // Queensland has no daylight saving.
    expect(addHours('2025-10-04T12:00:00+10:00', 24, 'Australia/Brisbane')).toBe('2025-10-05T12:00:00+10:00');
  });
  it('reads the calendar date in the practice zone, and falls back to the jurisdiction zone', () => {
    expect(localDateIn('2025-06-02T23:30:00Z', 'Australia/Sydney')).toBe('2025-06-03');
    expect(localDateIn('2025-06-02T23:30:00+10:00', 'Australia/Perth')).toBe('2025-06-02');
    expect(zoneOf({ jurisdiction: 'WA' })).toBe('Australia/Perth');
    expect(zoneOf({ jurisdiction: 'NSW', timeZone: 'Australia/Broken_Hill' })).toBe('Australia/Broken_Hill');
    expect(zoneOf({ jurisdiction: 'NSW', timeZone: 'Not/AZone' })).toBe('Australia/Sydney');
  });
  it('reads a wall-clock time in the practice zone, refusing the skipped hour and taking the first repeated one', () => {
    expect(parseInstant('2025-06-03T09:00', 'Australia/Sydney')).toEqual({
      ok: true,
      iso: '2025-06-03T09:00:00+10:00',
    });
    expect(parseInstant('2025-10-05T02:30', 'Australia/Sydney').ok).toBe(false); // clocks went forward at 2 am
    expect(parseInstant('2025-04-06T02:30', 'Australia/Sydney')).toEqual({
      ok: true,
      iso: '2025-04-06T02:30:00+11:00',
    });
    expect(parseInstant('2025-06-03T09:00:00Z', 'Australia/Perth')).toEqual({
      ok: true,
      iso: '2025-06-03T17:00:00+08:00',
    });
    expect(parseInstant('3 June', 'Australia/Sydney').ok).toBe(false);
  });
  it('formats dates', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(formatDate('2025-07-02')).toBe('Wed 2 Jul 2025');
  });
});
