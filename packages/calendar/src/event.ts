// One VEVENT as unfolded content lines.
import { addDays, addMinutes, formatDate, formatLocalDateTime, toNaive } from './datetime.ts';
import { formatRrule } from './rrule.ts';
import { assertUriSafe, cleanText, escapeText, quoteParam } from './text.ts';
import type { Zone } from './timezone.ts';
import type { CalendarEvent } from './types.ts';

const RFC_ROLES = new Set(['CHAIR', 'REQ-PARTICIPANT', 'OPT-PARTICIPANT', 'NON-PARTICIPANT']);

const isNonNegativeInt = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/** Negative DURATION for a VALARM TRIGGER, e.g. 1500 → -P1DT1H. */
function triggerBefore(minutes: number): string {
  if (minutes === 0) return 'PT0S';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const time = (hours ? `${hours}H` : '') + (mins ? `${mins}M` : '');
  return `-P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

function mailto(email: string, what: string): string {
  if (!email.includes('@')) throw new Error(`${what}: not an email address: ${JSON.stringify(email)}`);
  return `mailto:${assertUriSafe(email, what)}`;
}

export function eventLines(event: CalendarEvent, zone: Zone, dtstamp: string): string[] {
  const what = `Event ${JSON.stringify(event.uid)}`;
  if (typeof event.uid !== 'string' || escapeText(event.uid).trim() === '')
    throw new Error('Event uid must be a non-empty string');
  const start = toNaive(event.start.date, event.start.time, `${what} start`);
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(event.uid)}`, `DTSTAMP:${dtstamp}`];
  if (event.sequence !== undefined) {
    if (!isNonNegativeInt(event.sequence))
      throw new Error(`${what}: sequence must be a non-negative integer`);
    lines.push(`SEQUENCE:${event.sequence}`);
  }
  if (event.start.time === undefined) {
    // All-day: DTEND is exclusive, so a one-day event ends the next day.
    lines.push(
      `DTSTART;VALUE=DATE:${formatDate(start)}`,
      `DTEND;VALUE=DATE:${formatDate(addDays(start, 1))}`,
    );
  } else {
    const minutes = event.durationMinutes ?? 60;
    if (!Number.isInteger(minutes) || minutes <= 0)
      throw new Error(`${what}: durationMinutes must be a positive integer`);
    // DTEND is wall-clock start + duration in the same zone: the form every client reads.
    const tzid = `TZID=${zone.tzid}`;
    lines.push(
      `DTSTART;${tzid}:${formatLocalDateTime(start)}`,
      `DTEND;${tzid}:${formatLocalDateTime(addMinutes(start, minutes))}`,
    );
  }
  if (event.rrule) lines.push(`RRULE:${formatRrule(event, start, zone)}`);
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.description !== undefined) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location !== undefined) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url !== undefined) {
    let href: string;
    try {
      href = new URL(event.url).href;
    } catch {
      throw new Error(`${what}: url is not an absolute URL: ${JSON.stringify(event.url)}`);
    }
    lines.push(`URL:${assertUriSafe(href, `${what} url`)}`);
  }
  if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
  // Deadlines are reminders, not appointments: don't block the day as busy.
  if (event.start.time === undefined) lines.push('TRANSP:TRANSPARENT');
  if (event.organizer) {
    const { name, email } = event.organizer;
    lines.push(`ORGANIZER;CN=${quoteParam(name)}:${mailto(email, `${what} organizer`)}`);
  }
  for (const attendee of event.attendees ?? []) {
    const role = attendee.role?.trim().toUpperCase();
    const isRfcRole = role !== undefined && RFC_ROLES.has(role);
    const name = attendee.role && !isRfcRole ? `${attendee.name} (${attendee.role})` : attendee.name;
    const params = `CN=${quoteParam(name)}${isRfcRole ? `;ROLE=${role}` : ''}`;
    // CAL-ADDRESS is mandatory; Thunderbird uses invalid:nomail for people without an address.
    const address =
      attendee.email === undefined ? 'invalid:nomail' : mailto(attendee.email, `${what} attendee`);
    lines.push(`ATTENDEE;${params}:${address}`);
  }
  for (const alarm of event.alarms ?? []) {
    if (!isNonNegativeInt(alarm.minutesBefore)) {
      throw new Error(`${what}: alarm minutesBefore must be a non-negative integer`);
    }
    // DISPLAY alarms require a DESCRIPTION; fall back rather than emit an empty one.
    const text = [alarm.description, event.summary].find((t) => cleanText(t).trim() !== '') ?? 'Reminder';
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(text)}`,
      `TRIGGER:${triggerBefore(alarm.minutesBefore)}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}
