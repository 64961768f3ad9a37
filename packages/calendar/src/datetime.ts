// Wall-clock date arithmetic. Local times are held as "naive" epoch milliseconds (the wall-clock fields
// read as if they were UTC), so adding days or minutes never consults the host's time zone.

const DAY_MS = 86_400_000;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Parses YYYY-MM-DD (and optional HH:MM) strictly, rejecting impossible dates such as 2026-02-30. */
export function toNaive(date: string, time: string | undefined, what: string): number {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = time === undefined ? ['', '00', '00'] : /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) {
    throw new Error(
      `${what}: expected date YYYY-MM-DD and time HH:MM, got ${JSON.stringify({ date, time })}`,
    );
  }
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(ms);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59
  ) {
    throw new Error(`${what}: not a real date/time: ${JSON.stringify({ date, time })}`);
  }
  return ms;
}

export const addDays = (naive: number, days: number): number => naive + days * DAY_MS;
export const addMinutes = (naive: number, minutes: number): number => naive + minutes * 60_000;

/** YYYYMMDD (DATE value). */
export function formatDate(naive: number): string {
  const d = new Date(naive);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}

/** YYYYMMDDTHHMMSS (local DATE-TIME value, paired with a TZID). */
export function formatLocalDateTime(naive: number): string {
  const d = new Date(naive);
  return `${formatDate(naive)}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

/** YYYYMMDDTHHMMSSZ (UTC DATE-TIME value) for a real instant. */
export function formatUtc(instant: Date, what: string): string {
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new Error(`${what} must be a valid Date`);
  return `${formatLocalDateTime(ms)}Z`;
}

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (naive: number): number => new Date(naive).getUTCDay();
