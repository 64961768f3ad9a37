/**
 * @ndb-kit/calendar — iCalendar (RFC 5545) files for drill schedules and assessment deadlines.
 *
 * Library choice: a small serializer of our own, with VTIMEZONE blocks from timezones-ical-library.
 * - `ics` cannot emit TZID/VTIMEZONE (recurring local-time drills would drift across DST) and bundles
 *   yup + nanoid (~24 KB gzip).
 * - `ical-generator` is correct on folding/escaping but takes instants (Date/moment/luxon), so
 *   wall-clock input must be converted to UTC and back, which is fragile at DST edges; it does not
 *   strip control characters; and it is ~9 KB gzip on top of the zone data, for a module the browser
 *   wizard lazy-loads.
 * - What we need is narrow (one VCALENDAR, VEVENT, VALARM, a handful of properties), so ~200 lines
 *   with strict input checks are easier to make byte-deterministic and to audit. The hard part,
 *   correct STANDARD/DAYLIGHT rules per IANA zone, stays with the maintained library, whose data is
 *   pinned by its version rather than by the host's ICU.
 * No node: imports: this runs in the browser.
 */
import { formatUtc } from './datetime.ts';
import { eventLines } from './event.ts';
import { cleanText, escapeText, foldLine } from './text.ts';
import { lookupZone } from './timezone.ts';
import type { CalendarInput } from './types.ts';

export type { CalendarEvent, CalendarInput } from './types.ts';

const PRODID = '-//ndb-kit//calendar 0.1//EN';

// RFC 5545 §3.3.6 dur-value without a sign: weeks, or days and/or a time part.
const DURATION = /^P(?:\d+W|(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?)$/;

/** Serialises the calendar; the same input always yields byte-identical output (CRLF, folded). */
export function buildCalendar(input: CalendarInput): string {
  const zone = lookupZone(input.timeZone);
  const dtstamp = formatUtc(input.dtstamp, 'dtstamp');
  if (input.method !== undefined && input.method !== 'PUBLISH')
    throw new Error(`Unsupported method ${JSON.stringify(input.method)}: only PUBLISH, or none`);
  const refresh = input.refreshInterval;
  if (refresh !== undefined && (!DURATION.test(refresh) || refresh === 'P' || !/[1-9]/.test(refresh)))
    throw new Error(
      `refreshInterval must be a positive duration such as P1D or PT12H (got ${JSON.stringify(refresh)})`,
    );
  const seen = new Set<string>();
  for (const { uid, organizer, attendees } of input.events) {
    // RFC 5546 §3.2.1: a PUBLISH has exactly one ORGANIZER and no ATTENDEE on every VEVENT.
    if (input.method === 'PUBLISH' && !organizer)
      throw new Error(`Event ${JSON.stringify(uid)}: METHOD:PUBLISH requires an organizer (RFC 5546 §3.2.1)`);
    if (input.method === 'PUBLISH' && attendees?.length)
      throw new Error(
        `Event ${JSON.stringify(uid)}: METHOD:PUBLISH must not list attendees (RFC 5546 §3.2.1)`,
      );
    // Two events with one UID (as written, after cleaning) would overwrite each other on import.
    const key = cleanText(String(uid));
    if (seen.has(key)) throw new Error(`Duplicate event uid ${JSON.stringify(uid)}`);
    seen.add(key);
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    ...(input.method ? [`METHOD:${input.method}`] : []),
    `X-WR-CALNAME:${escapeText(input.name)}`,
    ...(input.description === undefined ? [] : [`X-WR-CALDESC:${escapeText(input.description)}`]),
    `X-WR-TIMEZONE:${zone.tzid}`,
    ...(refresh === undefined
      ? []
      : [`REFRESH-INTERVAL;VALUE=DURATION:${refresh}`, `X-PUBLISHED-TTL:${refresh}`]),
    ...zone.lines,
    ...input.events.flatMap((event) => eventLines(event, zone, dtstamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
