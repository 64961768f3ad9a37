// The time zone must be one the runtime knows (it drives deadlines and the calendar), spelt
// with IANA capitalisation (calendar apps compare TZIDs exactly).
import { isKnownZone } from '@ndb-kit/engine';
import { closest, showValue } from '@ndb-kit/validation';
import { type Finding, obj, str } from './finding.ts';

let canonical: readonly string[] | undefined;
const canonicalZones = (): readonly string[] => (canonical ??= Intl.supportedValuesOf('timeZone'));

export function isTimeZone(zone: string): boolean {
  if (isKnownZone(zone)) return true; // canonical names, and Intl's first use is costly
  if (!/^[A-Za-z]/.test(zone)) return false; // offsets such as +10:00 are not zones
  try {
    new Intl.DateTimeFormat('en-AU', { timeZone: zone });
  } catch {
    return false;
  }
  if (canonicalZones().includes(zone)) return true;
  // Accepted but not canonical: fine for an alias (UTC, Australia/Canberra), not for a mis-capitalised name.
  return !canonicalZones().some((c) => c.toLowerCase() === zone.toLowerCase());
}

export function checkTimeZone(policy: unknown): Finding[] {
  const zone = str(obj(obj(policy)?.organisation)?.timeZone);
  if (zone === undefined || isTimeZone(zone)) return [];
  const guess = closest(zone, canonicalZones());
  return [
    {
      pointer: '/organisation/timeZone',
      message: `is not a known IANA time zone${guess ? ` (did you mean "${guess}"?)` : ''}`,
      expected: 'e.g. Australia/Sydney, Australia/Brisbane, Australia/Perth',
      found: showValue(zone),
    },
  ];
}
