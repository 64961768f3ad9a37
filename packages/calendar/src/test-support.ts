// Test helpers: read our output the way a calendar client does, with ical.js. Not exported by index.
import ICAL from 'ical.js';

// Clients (Apple, Google, Outlook) read X-WR-CALNAME/X-WR-CALDESC as TEXT; ical.js leaves unknown
// X- properties raw unless told.
for (const name of ['x-wr-calname', 'x-wr-caldesc']) {
  ICAL.design.icalendar.property[name] = { defaultType: 'text' };
}

export type Component = InstanceType<typeof ICAL.Component>;
export type Event = InstanceType<typeof ICAL.Event>;

export function parseCalendar(text: string): Component {
  return new ICAL.Component(ICAL.parse(text));
}

export function parseEvents(text: string): Event[] {
  return parseCalendar(text)
    .getAllSubcomponents('vevent')
    .map((c) => new ICAL.Event(c));
}

export interface Occurrence {
  /** Local wall-clock time in the event's zone, e.g. 2026-02-10T12:30:00. */
  local: string;
  /** The instant, ISO 8601 UTC. */
  utc: string;
  zone: string;
}

/** Expands the recurrence (resolving TZIDs against the file's own VTIMEZONE), up to `limit`. */
export function expand(event: Event, limit = 100): Occurrence[] {
  const out: Occurrence[] = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next && out.length < limit; next = iterator.next()) {
    const start = event.getOccurrenceDetails(next).startDate;
    out.push({ local: start.toString(), utc: start.toJSDate().toISOString(), zone: start.zone?.tzid ?? '' });
  }
  return out;
}

/** Wall-clock time of an instant in an IANA zone according to the host's tz database (Intl). */
export function wallClock(utc: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utc));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}`;
}

/** Physical lines (split on CRLF, trailing empty line dropped). */
export const physicalLines = (text: string): string[] => text.split('\r\n').slice(0, -1);

export const octets = (line: string): number => new TextEncoder().encode(line).length;

/** No lone surrogates, i.e. the string encodes to UTF-8 without replacement characters. */
export const isWellFormed = (s: string): boolean =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

/**
 * A quoted parameter read strictly per RFC 5545 + RFC 6868: no backslash escapes in parameter values.
 * (ical.js applies TEXT backslash-unescaping to parameters, which RFC 5545 does not define.)
 */
export function strictParam(text: string, property: string, param: string): string | undefined {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const line = unfolded.split('\r\n').find((l) => l.startsWith(`${property};`));
  const quoted = line && new RegExp(`;${param}="([^"]*)"`).exec(line)?.[1];
  return quoted?.replace(/\^([\^'n])/g, (_, c: string) => (c === 'n' ? '\n' : c === "'" ? '"' : '^'));
}
