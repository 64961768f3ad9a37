// The wizard's times: "now" and "awareAt" carry the practice's offset whatever zone the phone is
// set to. The zone arithmetic is the engine's (dates.ts), one implementation for every package.
import { instantInZone, inZone, parseInstant, wallClockIn } from '@ndb-kit/engine';

/** ISO 8601 with the zone's offset, e.g. 2025-06-02T17:00:00+10:00. */
export function isoInZone(date: Date, timeZone: string): string {
  return instantInZone(date.getTime(), timeZone);
}

/**
 * A datetime-local value ("2025-06-02T11:00") read as wall-clock time in the zone. A time in the
 * hour skipped when clocks go forward is read with the offset before the change.
 */
export function localToIso(local: string, timeZone: string): string {
  const parsed = parseInstant(local, timeZone);
  if (parsed.ok) return parsed.iso;
  const before = wallClockIn(Date.parse(`${local}:00Z`) - 86_400_000, timeZone).offset;
  return instantInZone(Date.parse(`${local}:00${before}`), timeZone);
}

/** The reverse: an ISO date-time as a datetime-local value in the zone. */
export function isoToLocal(iso: string, timeZone: string): string {
  return inZone(iso, timeZone).slice(0, 16);
}
