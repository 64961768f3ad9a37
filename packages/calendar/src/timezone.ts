// VTIMEZONE data from timezones-ical-library: vzic-generated blocks (the same generator libical uses),
// pinned by the package version, so the output does not depend on the host's ICU/tz data.
import { tzlib_get_ical_block, tzlib_get_offset, tzlib_get_timezones } from 'timezones-ical-library';

export interface Zone {
  /** The TZID the library uses (aliases resolve to the canonical zone, e.g. UTC → Etc/UTC). */
  tzid: string;
  /** VTIMEZONE component, one content line per entry. */
  lines: string[];
}

let known: Set<string> | undefined;

export function lookupZone(name: string): Zone {
  // Check the list first: the lookup function logs to console.error on unknown names.
  known ??= new Set(tzlib_get_timezones() as string[]);
  const block = known.has(name) ? tzlib_get_ical_block(name) : '';
  const lines = Array.isArray(block) && block[0] ? block[0].split(/\r?\n/) : [];
  const tzid = lines.find((line) => line.startsWith('TZID:'))?.slice(5);
  if (!tzid)
    throw new Error(
      `Unknown time zone ${JSON.stringify(name)}: expected an IANA name such as Australia/Sydney`,
    );
  return { tzid, lines };
}

/**
 * UTC offset in minutes at a local date/time, from the same rules as the VTIMEZONE block, so the
 * UTC instants we compute agree with what clients derive from our file.
 */
export function offsetMinutes(zone: Zone, date: string, time: string): number {
  const match = /^([+-])(\d{2})(\d{2})$/.exec(tzlib_get_offset(zone.tzid, date, time));
  if (!match) throw new Error(`No UTC offset for ${zone.tzid} at ${date} ${time}`);
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}
