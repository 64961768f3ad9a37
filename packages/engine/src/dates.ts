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

/** Whether `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-AU', { timeZone: zone });
    return zone.length > 0;
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

function computeWallClock(ms: number, zone: string): { date: string; time: string; offsetMinutes: number } {
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
