// Calendar-date arithmetic on YYYY-MM-DD strings (no times, no time zones: the policy's dates are
// local to the practice). Pure and browser-safe; the warnings, drill status and recurrences use it.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

function parts(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

function fromUtc(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

export function toUtcMs(date: string): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d);
}

/** `date` plus n calendar days, and whole days from a to b: the engine's (one copy of day arithmetic). */
export { addDays, daysBetween } from '@ndb-kit/engine';

/** The same day of the month n months on, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(y, m - 1 + months, Math.min(d, last)));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

export function isWeekend(date: string): boolean {
  const day = weekdayOf(date);
  return day === 0 || day === 6;
}

/** "15 Jan 2027": what warnings and banners print. */
export function shortDate(date: string): string {
  const [y, m, d] = parts(date);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "Sun 17 Sep 2028". */
export function dayAndDate(date: string): string {
  return `${WEEKDAY_NAMES[weekdayOf(date)]} ${shortDate(date)}`;
}
