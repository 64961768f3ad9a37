// Today's date, in a time zone or on the machine: its own module so a command that needs only the
// date (the CLI's clock) does not load the policy's validator and warnings with load-policy.ts.
import { isTimeZone, wallClockIn } from '@ndb-kit/engine';

/** The machine's local calendar date, YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Today's date in an IANA time zone, YYYY-MM-DD (the machine's local date for a bad zone): the
 * engine's wall clock (dates.ts), so every "today" ndb computes is the same definition.
 */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return isTimeZone(timeZone) ? wallClockIn(now.getTime(), timeZone).date : localToday(now);
}
