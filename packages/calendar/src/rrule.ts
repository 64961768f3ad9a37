// RRULE serialisation with the checks that keep clients from disagreeing about the recurrence set.
import { addDays, formatDate, formatLocalDateTime, toNaive, weekday } from './datetime.ts';
import { offsetMinutes, type Zone } from './timezone.ts';
import type { CalendarEvent } from './types.ts';

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const DAY_MS = 86_400_000;

const isPositiveInt = (n: unknown): n is number => Number.isInteger(n) && (n as number) > 0;

/** 1-based week-of-period index from the start (n > 0) or the end (n < 0) of a period. */
function matchesOrdinal(n: number, dayIndex: number, periodLength: number): boolean {
  return n > 0 ? Math.ceil(dayIndex / 7) === n : Math.ceil((periodLength - dayIndex + 1) / 7) === -n;
}

/**
 * RFC 5545 leaves the recurrence set undefined when DTSTART does not match the rule; clients then
 * differ on whether the start is an occurrence. Reject that instead of shipping an ambiguous file.
 */
function assertStartMatches(rule: NonNullable<CalendarEvent['rrule']>, start: number, uid: string): void {
  if (!rule.byDay?.length) return;
  const date = new Date(start);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const inMonth = date.getUTCDate();
  const monthLength = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const inYear = (start - Date.UTC(year, 0, 1)) / DAY_MS + 1;
  const yearLength = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / DAY_MS;
  const ok = rule.byDay.some((entry) => {
    const [, ordinal, day] = /^([+-]?\d+)?(\w\w)$/.exec(entry) ?? [];
    if (DAYS.indexOf(day ?? '') !== weekday(start)) return false;
    if (!ordinal) return true;
    const n = Number(ordinal);
    return rule.freq === 'MONTHLY'
      ? matchesOrdinal(n, inMonth, monthLength)
      : matchesOrdinal(n, inYear, yearLength);
  });
  if (!ok) {
    throw new Error(
      `Event ${uid}: start date ${formatDate(start)} is not an occurrence of BYDAY=${rule.byDay.join(',')}; ` +
        'move the start to the first occurrence',
    );
  }
}

/** The RRULE value, e.g. `FREQ=MONTHLY;INTERVAL=3;UNTIL=20271231T125959Z;BYDAY=2TU`. */
export function formatRrule(event: CalendarEvent, start: number, zone: Zone): string {
  const rule = event.rrule;
  if (!rule) throw new Error('formatRrule called without a rule');
  const what = `Event ${event.uid} rrule`;
  if (!['WEEKLY', 'MONTHLY', 'YEARLY'].includes(rule.freq))
    throw new Error(`${what}: unsupported freq ${rule.freq}`);
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval !== undefined) {
    if (!isPositiveInt(rule.interval)) throw new Error(`${what}: interval must be a positive integer`);
    if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  }
  if (rule.count !== undefined && rule.until !== undefined) {
    throw new Error(`${what}: count and until are mutually exclusive (RFC 5545)`);
  }
  if (rule.count !== undefined) {
    if (!isPositiveInt(rule.count)) throw new Error(`${what}: count must be a positive integer`);
    parts.push(`COUNT=${rule.count}`);
  }
  if (rule.until !== undefined) {
    const until = toNaive(rule.until, undefined, `${what} until`);
    if (until < Math.floor(start / DAY_MS) * DAY_MS) throw new Error(`${what}: until is before the start`);
    if (event.start.time === undefined) {
      parts.push(`UNTIL=${formatDate(until)}`);
    } else {
      // With a TZID start, UNTIL must be UTC (RFC 5545 §3.3.10): the last second of the local day.
      const endOfDay = addDays(until, 1) - 1000;
      const offset = offsetMinutes(zone, rule.until, '23:59');
      parts.push(`UNTIL=${formatLocalDateTime(endOfDay - offset * 60_000)}Z`);
    }
  }
  if (rule.byDay?.length) {
    const pattern =
      rule.freq === 'WEEKLY'
        ? /^(SU|MO|TU|WE|TH|FR|SA)$/
        : rule.freq === 'MONTHLY'
          ? /^([+-]?[1-5])?(SU|MO|TU|WE|TH|FR|SA)$/
          : /^([+-]?([1-9]|[1-4]\d|5[0-3]))?(SU|MO|TU|WE|TH|FR|SA)$/;
    for (const entry of rule.byDay) {
      if (!pattern.test(entry))
        throw new Error(`${what}: invalid byDay ${JSON.stringify(entry)} for ${rule.freq}`);
    }
    assertStartMatches(rule, start, event.uid);
    parts.push(`BYDAY=${rule.byDay.join(',')}`);
  }
  return parts.join(';');
}
