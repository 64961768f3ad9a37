// Instants and the practice's time zone, with Intl only (browser-safe, no time-zone library).
// Every time in an incident file is ISO 8601 with an offset. These helpers give an instant's
// wall-clock time in the practice's zone (with the daylight-saving offset in force at that
// instant), read a wall-clock time typed without an offset, and count calendar days.
import { formatDate, isIsoDateTime } from '@ndb-kit/engine';

export const DEFAULT_TIME_ZONE = 'Australia/Sydney';

const partsFormats = new Map<string, Intl.DateTimeFormat>();
const nameFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'longOffset',
    });
    partsFormats.set(timeZone, f);
  }
  return f;
}

/** Whether the runtime knows this IANA zone (and it is a zone, not an offset). */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z]/.test(zone)) return false;
  try {
    partsFormat(zone);
    return true;
  } catch {
    return false;
  }
}

export interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM:SS */
  time: string;
  /** +HH:MM */
  offset: string;
}

/** The wall-clock date, time and UTC offset in `timeZone` at the instant `ms`. */
export function wallClock(ms: number, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const p of partsFormat(timeZone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  // "GMT+10:00", "GMT-03:30", or "GMT" for a zero offset.
  const m = /^GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(parts.timeZoneName ?? '');
  const offset = m ? `${m[1]}${(m[2] ?? '').padStart(2, '0')}:${m[3] ?? '00'}` : '+00:00';
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}:${parts.second}`,
    offset,
  };
}

/** The instant `ms` written in `timeZone`'s offset, e.g. 2025-06-02T11:00:00+10:00. */
export function toZonedIso(ms: number, timeZone: string): string {
  const w = wallClock(Math.floor(ms / 1000) * 1000, timeZone);
  return `${w.date}T${w.time}${w.offset}`;
}

/** The local calendar date of an ISO instant in `timeZone`. */
export function localDate(iso: string, timeZone: string): string {
  return wallClock(Date.parse(iso), timeZone).date;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

export type ParsedInstant = { ok: true; iso: string } | { ok: false; message: string; expected: string };

/**
 * Reads a time given on the command line: ISO 8601 with an offset, or a wall-clock time without
 * one (2025-06-03T09:00), which is read in `timeZone` with the offset in force then. A time that
 * does not exist (the hour skipped when clocks go forward) is refused; a time that happens twice
 * (when clocks go back) is the first of the two. The result is written in `timeZone`.
 */
export function parseInstant(text: string, timeZone: string): ParsedInstant {
  const expected = `an ISO 8601 date and time, e.g. 2025-06-03T09:00 (${timeZone} time) or 2025-06-03T09:00:00+10:00`;
  if (isIsoDateTime(text)) return { ok: true, iso: toZonedIso(Date.parse(text), timeZone) };
  const m = LOCAL.exec(text);
  if (!m) return { ok: false, message: 'is not a date and time', expected };
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wallUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(wallUtc);
  if (
    check.getUTCFullYear() !== y ||
    check.getUTCMonth() !== mo - 1 ||
    check.getUTCDate() !== d ||
    h > 23 ||
    mi > 59 ||
    s > 59
  )
    return { ok: false, message: 'is not a real date and time', expected };
  const wanted = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}`;
  const candidates = new Set(
    [wallUtc - 86_400_000, wallUtc + 86_400_000].map((t) => offsetMinutes(wallClock(t, timeZone).offset)),
  );
  const fits = [...candidates]
    .map((offset) => wallUtc - offset * 60_000)
    .filter((t) => {
      const w = wallClock(t, timeZone);
      return `${w.date}T${w.time}` === wanted;
    })
    .sort((a, b) => a - b);
  const first = fits[0];
  if (first === undefined)
    return {
      ok: false,
      message: `does not exist in ${timeZone} (the clocks went forward then)`,
      expected: 'a time outside the skipped hour, or one with an offset',
    };
  return { ok: true, iso: toZonedIso(first, timeZone) };
}

function offsetMinutes(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}

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

/** Calendar days from date `a` to date `b` (YYYY-MM-DD); negative when b is earlier. */
export function daysBetween(a: string, b: string): number {
  const t = (d: string) => {
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, day);
  };
  return Math.round((t(b) - t(a)) / 86_400_000);
}

/** Compares two ISO instants (with possibly different offsets). */
export function compareInstants(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b);
}
