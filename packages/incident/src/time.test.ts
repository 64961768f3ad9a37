import { describe, expect, it } from 'vitest';
import { daysBetween, formatInstant, localDate, parseInstant, toZonedIso, wallClock } from './time.ts';

const SYD = 'Australia/Sydney';

describe('the practice’s time zone', () => {
  it('writes an instant with the offset in force then (AEST in winter, AEDT in summer)', () => {
    expect(toZonedIso(Date.parse('2026-06-01T01:00:00Z'), SYD)).toBe('2026-06-01T11:00:00+10:00');
    expect(toZonedIso(Date.parse('2026-12-01T01:00:00Z'), SYD)).toBe('2026-12-01T12:00:00+11:00');
    expect(toZonedIso(Date.parse('2026-12-01T01:00:00Z'), 'Australia/Perth')).toBe(
      '2026-12-01T09:00:00+08:00',
    );
    expect(toZonedIso(Date.parse('2026-12-01T01:00:00Z'), 'Australia/Adelaide')).toBe(
      '2026-12-01T11:30:00+10:30',
    );
    expect(toZonedIso(Date.parse('2026-12-01T01:00:00Z'), 'UTC')).toBe('2026-12-01T01:00:00+00:00');
  });

  it('changes offset exactly at the DST transitions (5 Apr and 4 Oct 2026)', () => {
    // Clocks go back at 03:00 AEDT on Sun 5 Apr 2026 (16:00Z the day before).
    expect(wallClock(Date.parse('2026-04-04T15:59:59Z'), SYD)).toMatchObject({
      time: '02:59:59',
      offset: '+11:00',
    });
    expect(wallClock(Date.parse('2026-04-04T16:00:00Z'), SYD)).toMatchObject({
      time: '02:00:00',
      offset: '+10:00',
    });
    // Clocks go forward at 02:00 AEST on Sun 4 Oct 2026 (16:00Z the day before).
    expect(wallClock(Date.parse('2026-10-03T15:59:59Z'), SYD)).toMatchObject({
      time: '01:59:59',
      offset: '+10:00',
    });
    expect(wallClock(Date.parse('2026-10-03T16:00:00Z'), SYD)).toMatchObject({
      time: '03:00:00',
      offset: '+11:00',
    });
  });

  it('reads a time without an offset in the practice’s zone, refusing the skipped hour and taking the first of a repeated one', () => {
    expect(parseInstant('2026-11-23T09:00', SYD)).toEqual({ ok: true, iso: '2026-11-23T09:00:00+11:00' });
    expect(parseInstant('2026-06-02T09:00:30', SYD)).toEqual({ ok: true, iso: '2026-06-02T09:00:30+10:00' });
    const gap = parseInstant('2026-10-04T02:30', SYD);
    expect(gap.ok).toBe(false);
    expect(gap.ok ? '' : gap.message).toContain('clocks went forward');
    expect(parseInstant('2026-04-05T02:30', SYD)).toEqual({ ok: true, iso: '2026-04-05T02:30:00+11:00' });
  });

  it('rewrites a time given with another offset into the practice’s zone', () => {
    expect(parseInstant('2026-11-23T00:30:00Z', SYD)).toEqual({ ok: true, iso: '2026-11-23T11:30:00+11:00' });
  });

  it('refuses what is not a real time', () => {
    for (const bad of ['2026-02-30T09:00', '2026-11-23', 'tomorrow', '2026-11-23T24:00', '2026-11-23 09:00'])
      expect(parseInstant(bad, SYD).ok, bad).toBe(false);
  });

  it('gives the local date and a readable form', () => {
    expect(localDate('2026-11-23T13:30:00Z', SYD)).toBe('2026-11-24');
    expect(formatInstant('2026-11-23T11:00:00+11:00', SYD)).toBe('Mon 23 Nov 2026 11:00 AEDT');
    expect(formatInstant('2026-06-02T01:00:00Z', SYD)).toBe('Tue 2 Jun 2026 11:00 AEST');
  });

  it('counts calendar days across a DST change and a leap day', () => {
    expect(daysBetween('2026-10-03', '2026-10-05')).toBe(2);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-11-25', '2026-11-23')).toBe(-2);
  });
});
