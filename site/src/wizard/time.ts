// Wall-clock times in the practice's time zone, so "now" and "awareAt" carry the practice's
// offset (the engine's dates are local calendar dates) whatever zone the phone is set to.

function parts(date: Date, timeZone: string): Record<string, string> {
  const fmt = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  });
  return Object.fromEntries(fmt.formatToParts(date).map((p) => [p.type, p.value]));
}

function offsetOf(p: Record<string, string>): string {
  const o = (p.timeZoneName ?? 'GMT').replace('GMT', '');
  return o === '' ? '+00:00' : o;
}

/** ISO 8601 with the zone's offset, e.g. 2025-06-02T17:00:00+10:00. */
export function isoInZone(date: Date, timeZone: string): string {
  const p = parts(date, timeZone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offsetOf(p)}`;
}

/** A datetime-local value ("2025-06-02T11:00") read as wall-clock time in the zone. */
export function localToIso(local: string, timeZone: string): string {
  // Guess with UTC, then correct by the zone's offset at that instant (twice, for DST edges).
  let guess = new Date(`${local}:00Z`);
  for (let i = 0; i < 2; i++) {
    const off = offsetOf(parts(guess, timeZone));
    const sign = off.startsWith('-') ? -1 : 1;
    const [h, m] = off.slice(1).split(':').map(Number) as [number, number];
    guess = new Date(Date.parse(`${local}:00Z`) - sign * (h * 60 + m) * 60_000);
  }
  return isoInZone(guess, timeZone);
}

/** The reverse: an ISO date-time as a datetime-local value in the zone. */
export function isoToLocal(iso: string, timeZone: string): string {
  return isoInZone(new Date(iso), timeZone).slice(0, 16);
}
