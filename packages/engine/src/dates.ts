// Calendar arithmetic on plain dates (YYYY-MM-DD) and ISO date-times. Plain-date arithmetic is done
// in UTC so it never depends on the machine's time zone; instants are shown in the practice's own
// IANA zone (Intl, present in every browser and in Node), with the offset that applies on that day,
// so a deadline that crosses a daylight-saving change is written with the right offset.
import type { Entity, Jurisdiction } from './types.ts';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The time zone of each jurisdiction's capital: the default zone for an entity's deadlines.
 * An entity elsewhere (Broken Hill keeps Adelaide time) sets `entity.timeZone`.
 */
export const JURISDICTION_ZONES: Record<Jurisdiction, string> = {
  ACT: 'Australia/Sydney',
  NSW: 'Australia/Sydney',
  NT: 'Australia/Darwin',
  QLD: 'Australia/Brisbane',
  SA: 'Australia/Adelaide',
  TAS: 'Australia/Hobart',
  VIC: 'Australia/Melbourne',
  WA: 'Australia/Perth',
};

/** The jurisdictions' zones and UTC: IANA names every runtime knows. */
const KNOWN_ZONES: ReadonlySet<string> = new Set([...Object.values(JURISDICTION_ZONES), 'UTC']);

/**
 * Whether `zone` is a jurisdiction's zone or UTC, known to exist without asking Intl (whose first
 * use loads ICU's locale data: ~20–40 ms of a cold start).
 */
export function isKnownZone(zone: string): boolean {
  return KNOWN_ZONES.has(zone);
}

/**
 * Where a runtime can answer "what is `zone`'s offset at instant `ms`?" more cheaply than Intl
 * (the CLI in Node: see cli/src/zone-offsets.ts). Minutes east of UTC, or undefined to fall back
 * to Intl. It must agree with Intl exactly: both read the same ICU zone data.
 */
export type ZoneOffsetSource = (ms: number, zone: string) => number | undefined;
let offsetSource: ZoneOffsetSource | undefined;

/** Installs (or, with undefined, removes) a cheaper source of zone offsets than Intl. */
export function useZoneOffsetSource(source: ZoneOffsetSource | undefined): void {
  offsetSource = source;
  wallClocks.clear();
}

/** The zone an entity's deadlines are shown in: its own `timeZone` if valid, else its jurisdiction's. */
export function zoneOf(entity: Pick<Entity, 'jurisdiction' | 'timeZone'>): string {
  if (entity.timeZone && isTimeZone(entity.timeZone)) return entity.timeZone;
  return JURISDICTION_ZONES[entity.jurisdiction] ?? 'Australia/Sydney';
}

export function isIsoDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

export function isIsoDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (!m || !isIsoDate(m[1] as string)) return false;
  const [h, mi, s] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (h > 23 || mi > 59 || s > 59) return false;
  const off = m[5] as string;
  if (off !== 'Z' && (Number(off.slice(1, 3)) > 14 || Number(off.slice(4)) > 59)) return false;
  return true;
}

/** Whether `zone` is an IANA time zone this runtime knows (a name, not an offset like +10:00). */
export function isTimeZone(zone: string): boolean {
  if (isKnownZone(zone)) return true;
  if (!/^[A-Za-z]/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-AU', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Results by zone and instant: the same few instants recur across an assessment's resolutions. */
const wallClocks = new Map<string, { date: string; time: string; offsetMinutes: number }>();
function wallClock(ms: number, zone: string): { date: string; time: string; offsetMinutes: number } {
  const key = `${zone} ${ms}`;
  const hit = wallClocks.get(key);
  if (hit) return hit;
  if (wallClocks.size > 10_000) wallClocks.clear();
  const result = computeWallClock(ms, zone);
  wallClocks.set(key, result);
  return result;
}

// Instants this far from now are formatted by Intl alone (years outside 1900–2199: local mean time
// offsets in seconds, and ISO strings with six-digit years).
const FAST_FROM = Date.UTC(1900, 0, 1);
const FAST_TO = Date.UTC(2200, 0, 1);

function computeWallClock(ms: number, zone: string): { date: string; time: string; offsetMinutes: number } {
  const offsetMinutes = ms >= FAST_FROM && ms < FAST_TO ? offsetSource?.(ms, zone) : undefined;
  if (offsetMinutes !== undefined) {
    const wall = new Date(Math.floor(ms / 1000) * 1000 + offsetMinutes * 60_000).toISOString();
    return { date: wall.slice(0, 10), time: wall.slice(11, 19), offsetMinutes };
  }
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  const date = `${p.year}-${p.month}-${p.day}`;
  const time = `${p.hour}:${p.minute}:${p.second}`;
  const asUtc = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  return { date, time, offsetMinutes: Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000) };
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** The instant `dateTime` written as wall-clock time in `zone`, with that zone's offset at that instant. */
export function inZone(dateTime: string, zone: string): string {
  const { date, time, offsetMinutes } = wallClock(Date.parse(dateTime), zone);
  return `${date}T${time}${offsetText(offsetMinutes)}`;
}

/** The instant `ms` (epoch milliseconds) written in `zone` with the offset in force then. */
export function instantInZone(ms: number, zone: string): string {
  return inZone(new Date(Math.floor(ms / 1000) * 1000).toISOString(), zone);
}

/** Wall-clock date, time and offset in `zone` at the instant `ms`. */
export function wallClockIn(ms: number, zone: string): { date: string; time: string; offset: string } {
  const w = wallClock(Math.floor(ms / 1000) * 1000, zone);
  return { date: w.date, time: w.time, offset: offsetText(w.offsetMinutes) };
}

/** Calendar days from date `a` to date `b` (YYYY-MM-DD); negative when b is earlier. */
export function daysBetween(a: string, b: string): number {
  const t = (d: string) => {
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, day);
  };
  return Math.round((t(b) - t(a)) / 86_400_000);
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

export type ParsedInstant = { ok: true; iso: string } | { ok: false; message: string; expected: string };

/**
 * Reads a time as a person gives it: ISO 8601 with an offset, or a wall-clock time without one
 * (2025-06-03T09:00, as a datetime-local input gives it), read in `zone` with the offset in force
 * then. A time that does not exist (the hour skipped when clocks go forward) is refused; a time
 * that happens twice (when clocks go back) is the first of the two. The result is written in `zone`.
 */
export function parseInstant(text: string, zone: string): ParsedInstant {
  const expected = `an ISO 8601 date and time, e.g. 2025-06-03T09:00 (${zone} time) or 2025-06-03T09:00:00+10:00`;
  if (isIsoDateTime(text)) return { ok: true, iso: instantInZone(Date.parse(text), zone) };
  const m = LOCAL.exec(text);
  if (!m) return { ok: false, message: 'is not a date and time', expected };
  const [y, mo, d, h, mi, sec] = m.slice(1).map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wallUtc = Date.UTC(y, mo - 1, d, h, mi, sec);
  const check = new Date(wallUtc);
  if (
    check.getUTCFullYear() !== y ||
    check.getUTCMonth() !== mo - 1 ||
    check.getUTCDate() !== d ||
    h > 23 ||
    mi > 59 ||
    sec > 59
  )
    return { ok: false, message: 'is not a real date and time', expected };
  const wanted = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}`;
  // The offset in force a day either side covers every DST change; keep the readings that fit.
  const offsets = new Set(
    [wallUtc - 86_400_000, wallUtc + 86_400_000].map((t) => wallClock(t, zone).offsetMinutes),
  );
  const fits = [...offsets]
    .map((offset) => wallUtc - offset * 60_000)
    .filter((t) => {
      const w = wallClock(t, zone);
      return `${w.date}T${w.time}` === wanted;
    })
    .sort((a, b) => a - b);
  const first = fits[0];
  if (first === undefined)
    return {
      ok: false,
      message: `does not exist in ${zone} (the clocks went forward then)`,
      expected: 'a time outside the skipped hour, or one with an offset',
    };
  return { ok: true, iso: instantInZone(first, zone) };
}

/** The calendar date in `zone` at the instant `dateTime` (e.g. for "is it overdue today, there?"). */
export function localDateIn(dateTime: string, zone: string): string {
  return wallClock(Date.parse(dateTime), zone).date;
}

/** `dateTime` plus `hours` (an exact duration), written in `zone` with the offset in force then. */
export function addHours(dateTime: string, hours: number, zone: string): string {
  const m = DATE_TIME.exec(dateTime);
  if (!m) throw new Error(`not an ISO date-time: ${dateTime}`);
  return inZone(new Date(Date.parse(dateTime) + hours * 3_600_000).toISOString(), zone);
}

/** The local calendar date written in an ISO date-time (its own offset), e.g. 2025-06-02T23:00+10:00 → 2025-06-02. */
export function localDateOf(dateTime: string): string {
  return dateTime.slice(0, 10);
}

/** Human form: "Wed 2 Jul 2025". */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][t.getUTCDay()];
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1];
  return `${day} ${d} ${month} ${y}`;
}

/**
 * Human form of an instant already written in the practice's zone (as `inZone` gives it):
 * "Sun 6 Apr 2025, 11:30 pm (UTC+10:00)". The offset is printed because a reader in another zone,
 * or on a day the clocks change, must not have to guess it.
 */
export function formatDateTime(dateTime: string): string {
  const m = DATE_TIME.exec(dateTime);
  if (!m) return dateTime;
  const h = Number(m[2]);
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  const off = m[5] === 'Z' ? '+00:00' : (m[5] as string);
  return `${formatDate(m[1] as string)}, ${hour12}:${m[3]} ${h < 12 ? 'am' : 'pm'} (UTC${off})`;
}
