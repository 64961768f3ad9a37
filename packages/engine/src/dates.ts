// Calendar arithmetic on plain dates (YYYY-MM-DD) and ISO date-times, in UTC arithmetic so the
// result never depends on the machine's time zone.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

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

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The local calendar date written in an ISO date-time (its own offset), e.g. 2025-06-02T23:00+10:00 → 2025-06-02. */
export function localDateOf(dateTime: string): string {
  return dateTime.slice(0, 10);
}

/** `dateTime` plus `hours`, written back in the same offset as the input. */
export function addHours(dateTime: string, hours: number): string {
  const m = DATE_TIME.exec(dateTime);
  if (!m) throw new Error(`not an ISO date-time: ${dateTime}`);
  const off = m[5] as string;
  const offsetMinutes =
    off === 'Z' ? 0 : (off[0] === '-' ? -1 : 1) * (Number(off.slice(1, 3)) * 60 + Number(off.slice(4)));
  const shifted = new Date(Date.parse(dateTime) + hours * 3_600_000 + offsetMinutes * 60_000);
  return `${shifted.toISOString().slice(0, 19)}${off === 'Z' ? 'Z' : off}`;
}

/** Human form: "Wed 2 Jul 2025". */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][t.getUTCDay()];
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1];
  return `${day} ${d} ${month} ${y}`;
}
