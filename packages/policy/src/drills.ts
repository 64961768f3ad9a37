// The drill schedule and the drill log, as dates: when each drill falls (by day of month, or
// anchored to a weekday: "second Tuesday of Feb, May, Aug, Nov"), and whether it has been held.
// The recurrence arithmetic is the one the calendar (.ics) and the plan print, so the plan's
// "next dates" are the dates a calendar application shows after importing drills.ics.
import { addDays, addMonths, daysBetween } from './calendar-dates.ts';
import { WEEK_ORDINALS, WEEKDAYS } from './contract/vocabulary.ts';
import type { Drill, DrillFrequency, DrillRepeatOn, Weekday } from './types.ts';

export const STEP_MONTHS: Record<DrillFrequency, number> = {
  monthly: 1,
  quarterly: 3,
  six_monthly: 6,
  annually: 12,
};

export { WEEK_ORDINALS, WEEKDAYS } from './contract/vocabulary.ts';

/** JavaScript's day number (0 = Sunday) of a weekday name. */
export function weekdayNumber(day: Weekday): number {
  return (WEEKDAYS.indexOf(day) + 1) % 7;
}

/** The n-th (or last) weekday of a month (month 0-based, may overflow into later years). */
export function nthWeekday(year: number, month: number, on: DrillRepeatOn): string {
  const want = weekdayNumber(on.day);
  if (on.week === 'last') {
    const last = new Date(Date.UTC(year, month + 1, 0));
    const back = (last.getUTCDay() - want + 7) % 7;
    return addDays(last.toISOString().slice(0, 10), -back);
  }
  const first = new Date(Date.UTC(year, month, 1));
  const ahead = (want - first.getUTCDay() + 7) % 7;
  return addDays(first.toISOString().slice(0, 10), ahead + 7 * WEEK_ORDINALS.indexOf(on.week));
}

/** Which weekday-of-the-month a date is: the n-th (1–5) and whether it is the last. */
export function weekOfMonth(date: string): { nth: number; last: boolean } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const length = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { nth: Math.ceil(d / 7), last: d + 7 > length };
}

export function matchesRepeatOn(date: string, on: DrillRepeatOn): boolean {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return nthWeekday(y, m - 1, on) === date;
}

const DAY_LABELS: Record<Weekday, string> = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
};
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "second Tuesday" */
export function repeatOnLabel(on: DrillRepeatOn): string {
  return `${on.week} ${DAY_LABELS[on.day]}`;
}

/** "every month", "Feb, May, Aug, Nov", "Mar, Sep", "every Jul": the months a drill falls in. */
export function drillMonthsLabel(drill: Drill): string {
  const step = STEP_MONTHS[drill.frequency];
  if (step === 1) return 'every month';
  const first = Number(drill.firstDate.slice(5, 7)) - 1;
  const months = Array.from({ length: 12 / step }, (_, k) => (first + k * step) % 12).sort((a, b) => a - b);
  return `${step === 12 ? 'every ' : ''}${months.map((m) => MONTH_NAMES[m]).join(', ')}`;
}

/** The schedule in words: "second Tuesday of Feb, May, Aug, Nov" or "day 17 of every month". */
export function drillScheduleLabel(drill: Drill): string {
  const months = drillMonthsLabel(drill);
  const of = months.startsWith('every') ? months : `of ${months}`;
  return drill.repeatOn
    ? `${repeatOnLabel(drill.repeatOn)} ${of.replace(/^every /, 'of every ')}`
    : `day ${Number(drill.firstDate.slice(8))} ${of.replace(/^every /, 'of every ')}`;
}

/** Scheduled date of occurrence step k (k = 0 is firstDate), or null when that month has no such day. */
function stepDate(drill: Drill, k: number): string | null {
  const [y, m, d] = drill.firstDate.split('-').map(Number) as [number, number, number];
  const month = m - 1 + k * STEP_MONTHS[drill.frequency];
  if (drill.repeatOn) return k === 0 ? drill.firstDate : nthWeekday(y, month, drill.repeatOn);
  const t = new Date(Date.UTC(y, month, d));
  // e.g. the 31st in a 30-day month: RFC 5545 skips the month (and does not count it).
  if (t.getUTCMonth() !== ((month % 12) + 12) % 12) return null;
  return t.toISOString().slice(0, 10);
}

// 600 steps = 50 years of monthly drills: far beyond any plan's review cycle.
const MAX_STEPS = 600;

/**
 * Scheduled dates on or after `from` (at most `limit`), as RFC 5545 computes them for the rule
 * drills.ics carries: months without the day are skipped and not counted towards `occurrences`.
 */
export function drillOccurrences(drill: Drill, from: string, limit: number, until?: string): string[] {
  const out: string[] = [];
  let counted = 0;
  for (let k = 0; k < MAX_STEPS && out.length < limit; k++) {
    const date = stepDate(drill, k);
    if (date === null) continue;
    counted++;
    if (drill.occurrences !== undefined && counted > drill.occurrences) break;
    if (until !== undefined && date > until) break;
    if (date >= from) out.push(date);
  }
  return out;
}

export interface DrillStatus {
  /** The latest date the drill log records, or null when it has never been held. */
  lastHeld: string | null;
  /** The next scheduled date not already met by a drill held; when overdue, the date missed. */
  nextDue: string | null;
  /** A scheduled date before today passed without the drill being held for it, or since. */
  overdue: boolean;
}

/**
 * Where a drill stands on `today`. Each drill held counts for the scheduled date it is nearest to
 * (a tie goes to the later one), so a drill held a few days early or late still counts. The drill
 * is overdue when the latest scheduled date before today was not met and it has not been held since.
 */
export function drillStatus(drill: Drill, today: string): DrillStatus {
  const held = (drill.held ?? []).map((h) => h.date).filter((d) => d <= today);
  const lastHeld = held.length > 0 ? ([...held].sort().at(-1) as string) : null;
  // Every scheduled date up to the first one on or after today, plus one more for "nearest".
  const dates: string[] = [];
  const horizon = addMonths(today, 3 * STEP_MONTHS[drill.frequency]);
  for (const date of drillOccurrences(drill, drill.firstDate, MAX_STEPS, horizon)) {
    dates.push(date);
    if (date >= today && dates.filter((d) => d >= today).length >= 2) break;
  }
  const met = new Set<number>();
  for (const h of held) {
    let best = -1;
    for (const [i, d] of dates.entries()) {
      if (best < 0 || Math.abs(daysBetween(h, d)) <= Math.abs(daysBetween(h, dates[best] as string)))
        best = i;
      if (d > h) break;
    }
    if (best >= 0) met.add(best);
  }
  const past = dates.findLastIndex((d) => d < today);
  const missed = past >= 0 && !met.has(past) && !(lastHeld !== null && lastHeld > (dates[past] as string));
  if (missed) return { lastHeld, nextDue: dates[past] as string, overdue: true };
  const next = dates.findIndex((d, i) => d >= today && !met.has(i));
  return { lastHeld, nextDue: next >= 0 ? (dates[next] as string) : null, overdue: false };
}
