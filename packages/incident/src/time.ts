// Instants and the practice's time zone for the incident file. The zone arithmetic (offsets in
// force at an instant, wall-clock input, calendar days) is the engine's (`@ndb-kit/engine`
// dates.ts), one implementation for the engine, the wizard and this package; this file adds only
// how the incident file prints times for people and spreadsheets.
import {
  daysBetween,
  formatDate,
  instantInZone,
  isTimeZone,
  localDateIn,
  type ParsedInstant,
  parseInstant,
  wallClockIn,
} from '@ndb-kit/engine';

export { daysBetween, isTimeZone, type ParsedInstant, parseInstant };

export const DEFAULT_TIME_ZONE = 'Australia/Sydney';

const nameFormats = new Map<string, Intl.DateTimeFormat>();

export interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM:SS */
  time: string;
  /** +HH:MM */
  offset: string;
}

/** The wall-clock date, time and UTC offset in `timeZone` at the instant `ms`. */
export const wallClock = (ms: number, timeZone: string): WallClock => wallClockIn(ms, timeZone);

/** The instant `ms` written in `timeZone`'s offset, e.g. 2025-06-02T11:00:00+10:00. */
export const toZonedIso = (ms: number, timeZone: string): string => instantInZone(ms, timeZone);

/** The local calendar date of an ISO instant in `timeZone`. */
export const localDate = (iso: string, timeZone: string): string => localDateIn(iso, timeZone);

function zoneName(ms: number, timeZone: string): string {
  let f = nameFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-AU', { timeZone, timeZoneName: 'short' });
    nameFormats.set(timeZone, f);
  }
  return f.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? '';
}

/** "Mon 2 Jun 2025 11:00 AEST": the instant in the practice's zone, for people. */
export function formatInstant(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  const w = wallClock(ms, timeZone);
  return `${formatDate(w.date)} ${w.time.slice(0, 5)} ${zoneName(ms, timeZone)}`;
}

/** "2025-06-02 11:00": the instant in the practice's zone, for spreadsheets. */
export function formatInstantShort(iso: string, timeZone: string): string {
  const w = wallClock(Date.parse(iso), timeZone);
  return `${w.date} ${w.time.slice(0, 5)}`;
}

/** Compares two ISO instants (with possibly different offsets). */
export function compareInstants(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b);
}
