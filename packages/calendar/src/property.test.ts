import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar, type CalendarEvent } from './index.ts';
import {
  expand,
  isWellFormed,
  octets,
  parseEvents,
  physicalLines,
  strictParam,
  wallClock,
} from './test-support.ts';

// Independent statement of the normalisation contract: well-formed Unicode, one kind of line break,
// no control characters other than TAB.
function expected(s: string): string {
  return [...s]
    .map((ch) => (/^[\uD800-\uDFFF]$/.test(ch) ? '\uFFFD' : ch))
    .join('')
    .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, '\n')
    .split('')
    .filter((ch) => {
      const c = ch.charCodeAt(0);
      return ch === '\t' || ch === '\n' || !(c < 0x20 || (c >= 0x7f && c <= 0x9f));
    })
    .join('');
}

// Full Unicode code points (astral included) and, separately, raw UTF-16 code units so lone
// surrogates and control characters turn up often.
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 120 }),
  fc.string({
    unit: fc.constantFrom('\\', ';', ',', ':', '"', '^', '\r', '\n', 'ā', '王', '😀', 'x', ' '),
    maxLength: 200,
  }),
);

function build(summary: string, name: string): string {
  const event: CalendarEvent = {
    uid: 'prop-test',
    summary,
    description: `${summary}|${summary}`,
    start: { date: '2026-03-10', time: '12:30' },
    rrule: { freq: 'MONTHLY', byDay: ['2TU'], count: 2 },
    attendees: [{ name, email: 'a@example.com' }],
    alarms: [{ minutesBefore: 15, description: summary }],
  };
  return buildCalendar({
    name: summary,
    timeZone: 'Australia/Lord_Howe',
    dtstamp: new Date(0),
    events: [event],
  });
}

describe('property: arbitrary Unicode text', () => {
  it('always parses to one event whose text round-trips, with lines of at most 75 well-formed octets', () => {
    fc.assert(
      fc.property(text, text, (summary, name) => {
        const out = build(summary, name);
        expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        for (const line of physicalLines(out)) {
          expect(octets(line)).toBeLessThanOrEqual(75);
          expect(isWellFormed(line)).toBe(true);
        }
        const events = parseEvents(out);
        expect(events).toHaveLength(1);
        const [event] = events;
        expect(event?.summary).toBe(expected(summary));
        expect(event?.description).toBe(`${expected(summary)}|${expected(summary)}`);
        const alarm = event?.component.getFirstSubcomponent('valarm');
        expect(alarm?.getFirstPropertyValue('description')).toBe(
          expected(summary).trim() === '' ? 'Reminder' : expected(summary),
        );
        expect(strictParam(out, 'ATTENDEE', 'CN')).toBe(expected(name));
        expect(event?.attendees).toHaveLength(1);
        expect(event?.component.getAllProperties()).toHaveLength(8);
        expect(build(summary, name)).toBe(out);
      }),
      { numRuns: 300 },
    );
  });
});

describe('property: recurrences agree with the tz database', () => {
  const zones = [
    'Australia/Sydney',
    'Australia/Melbourne',
    'Australia/Hobart',
    'Australia/Brisbane',
    'Australia/Adelaide',
    'Australia/Darwin',
    'Australia/Perth',
    'Australia/Eucla',
    'Australia/Lord_Howe',
  ];
  // 04:00–23:59 avoids the nonexistent/ambiguous hours around Australian transitions (02:00–03:00),
  // where clients legitimately differ.
  const localTime = fc
    .record({ hour: fc.integer({ min: 4, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) })
    .map(({ hour, minute }) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
  const startDate = fc
    .integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2030, 11, 31) })
    .map((ms) => new Date(ms).toISOString().slice(0, 10));

  it('every weekly occurrence for two years is at the same local wall-clock time', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), startDate, localTime, (timeZone, date, time) => {
        const event: CalendarEvent = {
          uid: 'weekly',
          summary: 'Drill',
          start: { date, time },
          rrule: { freq: 'WEEKLY', count: 105 },
        };
        const [parsed] = parseEvents(
          buildCalendar({ name: 'x', timeZone, dtstamp: new Date(0), events: [event] }),
        );
        const occurrences = parsed ? expand(parsed, 200) : [];
        expect(occurrences).toHaveLength(105);
        for (const o of occurrences) {
          expect(o.local.slice(11, 16)).toBe(time);
          expect(wallClock(o.utc, timeZone)).toBe(o.local);
        }
      }),
      { numRuns: 40 },
    );
  });
});
