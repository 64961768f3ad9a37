// Drills that happen: weekday-anchored recurrences in drills.ics (read back with ical.js, across
// Sydney's daylight-saving changes), the plan's status column and drill log, and hostile text in
// the log staying text in every output.
import type { Drill, PracticePolicy } from '@ndb-kit/policy';
import { describe, expect, it } from 'vitest';
import { buildPractice } from './build.ts';
import { buildDrillsIcs, drillSchedules } from './drills.ts';
import { BUILD_DATE, htmlText, loadExample, markdownText, norm, parseIcs, pdfText } from './test/support.ts';

const FRESH_LAW = '2100-01-01';

function withDrills(drills: Drill[]): PracticePolicy {
  const p = loadExample('harbourside-family-medical');
  p.drills = drills;
  return p;
}

/** Local wall-clock time and UTC instant of each occurrence, as a calendar client computes them. */
function occurrences(ics: string, limit: number) {
  const [event] = parseIcs(ics).events;
  if (!event) throw new Error('no event');
  const out: { local: string; utc: string }[] = [];
  const it = event.iterator();
  for (let next = it.next(); next && out.length < limit; next = it.next()) {
    const start = event.getOccurrenceDetails(next).startDate;
    out.push({ local: start.toString(), utc: start.toJSDate().toISOString() });
  }
  return { event, out };
}

/** Wall-clock time of an instant in a zone, by the host's tz database (an independent check). */
function wallClock(utc: string, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(utc));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}`;
}

const firstSunday: Drill = {
  id: 'first-sunday',
  kind: 'backup_restore_test',
  title: 'Restore test (first Sunday, quiet server)',
  frequency: 'monthly',
  firstDate: '2027-03-07',
  startTime: '10:00',
  durationMinutes: 60,
  attendees: ['itContact'],
  location: 'Server cupboard',
  repeatOn: { week: 'first', day: 'sunday' },
  occurrences: 9,
};

describe('drills.ics with weekday recurrences', () => {
  it('first Sunday monthly across both Sydney DST changes (first Sunday of April and of October)', () => {
    const p = withDrills([firstSunday]);
    const ics = buildDrillsIcs(p, BUILD_DATE);
    expect(ics).toContain('RRULE:FREQ=MONTHLY;COUNT=9;BYDAY=1SU');
    const { out } = occurrences(ics, 20);
    expect(out.map((o) => o.local)).toEqual([
      '2027-03-07T10:00:00',
      '2027-04-04T10:00:00', // daylight saving ended at 03:00 that morning
      '2027-05-02T10:00:00',
      '2027-06-06T10:00:00',
      '2027-07-04T10:00:00',
      '2027-08-01T10:00:00',
      '2027-09-05T10:00:00',
      '2027-10-03T10:00:00', // daylight saving started at 02:00 that morning
      '2027-11-07T10:00:00',
    ]);
    // 10:00 AEDT (+11) in March and November, 10:00 AEST (+10) from the April change to the October one.
    expect(out.map((o) => o.utc.slice(0, 16))).toEqual([
      '2027-03-06T23:00',
      '2027-04-04T00:00',
      '2027-05-02T00:00',
      '2027-06-06T00:00',
      '2027-07-04T00:00',
      '2027-08-01T00:00',
      '2027-09-05T00:00',
      '2027-10-02T23:00',
      '2027-11-06T23:00',
    ]);
    for (const o of out) expect(wallClock(o.utc, 'Australia/Sydney')).toBe(o.local);
    // The plan lists the same dates the calendar shows.
    expect(drillSchedules(p, '2027-03-01')[0]?.nextDates).toEqual(
      out.slice(0, 4).map((o) => o.local.slice(0, 10)),
    );
  });

  it('"second Tuesday of Feb, May, Aug, Nov" and "last Friday of every Jun" as a calendar client reads them', () => {
    const quarterly: Drill = {
      ...firstSunday,
      id: 'q',
      frequency: 'quarterly',
      firstDate: '2026-02-10',
      startTime: '12:30',
      repeatOn: { week: 'second', day: 'tuesday' },
      occurrences: undefined,
    };
    const yearly: Drill = {
      ...firstSunday,
      id: 'y',
      frequency: 'annually',
      firstDate: '2027-06-25',
      repeatOn: { week: 'last', day: 'friday' },
      occurrences: undefined,
    };
    const q = buildDrillsIcs(withDrills([quarterly]), BUILD_DATE);
    expect(q).toContain('RRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU');
    expect(occurrences(q, 5).out.map((o) => o.local.slice(0, 10))).toEqual([
      '2026-02-10',
      '2026-05-12',
      '2026-08-11',
      '2026-11-10',
      '2027-02-09',
    ]);
    const y = buildDrillsIcs(withDrills([yearly]), BUILD_DATE);
    // Yearly "last Friday" is MONTHLY;INTERVAL=12 (YEARLY;BYDAY=-1FR would be the last Friday of the year).
    expect(y).toContain('RRULE:FREQ=MONTHLY;INTERVAL=12;BYDAY=-1FR');
    expect(occurrences(y, 3).out.map((o) => o.local.slice(0, 10))).toEqual([
      '2027-06-25',
      '2028-06-30',
      '2029-06-29',
    ]);
  });
});

describe('the plan’s drill status and log', () => {
  it('shows last held, next due and overdue, and the drill log newest first', async () => {
    const p = loadExample('harbourside-family-medical');
    const a = await buildPractice(p, { date: '2027-02-20', lawAsAt: FRESH_LAW });
    const tabletop = a.planMarkdown.split('\n').find((l) => l.startsWith('| **Data breach tabletop'));
    expect(norm(markdownText(tabletop ?? ''))).toContain(
      'Overdue: due Tue 9 Feb 2027, not recorded as held; last held Tue 10 Nov 2026',
    );
    expect(tabletop).toContain('second Tuesday of Feb, May, Aug, Nov (Every 3 months, 8 times)');
    const log = norm(markdownText(a.planMarkdown.split('### Drill log')[1] ?? ''));
    expect(log).toMatch(
      /^Date Drill Who took part Notes What changed Tue 10 Nov 2026 Data breach tabletop: wrong-patient email Ngaio Tāwhiri, Dr David Okafor, Dr Anna Lee, Nguyễn Thị Ánh Scenario: a referral letter/,
    );
    expect(log).toContain("Added Harbour IT Partners' after-hours number to the call tree.");
  });

  it('hostile text in the drill log is literal in Markdown, HTML and PDF, and never reaches the calendar', async () => {
    const value = '<img src=x onerror=alert(1)> | **b** [x](javascript:alert(1)) {{x}} BEGIN:VEVENT';
    const p = loadExample('harbourside-family-medical');
    p.drills[0]?.held?.push({
      date: BUILD_DATE,
      attendees: [value],
      notes: `${value}\nsecond line\n# not a heading`,
      changes: value,
    });
    const a = await buildPractice(p, { date: BUILD_DATE, lawAsAt: FRESH_LAW });
    const texts = [
      markdownText(a.planMarkdown),
      htmlText(a.planHtml),
      pdfText(a.files.get('plan.pdf') as Uint8Array),
    ];
    for (const text of texts) expect(norm(text)).toContain(norm(value));
    expect(norm(markdownText(a.planMarkdown))).toContain(`${norm(value)} second line # not a heading`);
    expect(a.planHtml).not.toMatch(/<img|href="javascript|<h1[^>]*>not a heading/);
    expect(a.drillsIcs).not.toContain('onerror');
    expect(parseIcs(a.drillsIcs).events).toHaveLength(p.drills.length);
  });
});

describe('drills.ics as a published, subscribable feed', () => {
  it('is a METHOD:PUBLISH by the privacy officer with no ATTENDEE (RFC 5546 §3.2.1)', () => {
    const p = loadExample('harbourside-family-medical');
    const ics = buildDrillsIcs(p, BUILD_DATE);
    const { cal, events } = parseIcs(ics);
    expect(cal.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(ics).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:P1D\r\n');
    expect(cal.getFirstPropertyValue('x-published-ttl')).toBe('P1D');
    const officer = p.people.find((x) => x.id === p.roles.privacyOfficer);
    expect(events).toHaveLength(p.drills.length);
    for (const event of events) {
      for (const name of ['dtstamp', 'dtstart', 'organizer', 'summary', 'uid'])
        expect(event.component.getAllProperties(name), name).toHaveLength(1);
      expect(event.component.getAllProperties('attendee')).toEqual([]);
      expect(event.organizer).toBe(`mailto:${officer?.email}`);
      expect(event.component.getFirstProperty('organizer')?.getParameter('cn')).toBe(officer?.name);
    }
    // Who takes part moved into the description.
    expect(events[0]?.description).toContain('Who takes part: Ngaio Tāwhiri, Dr David Okafor');
    expect(buildDrillsIcs(p, BUILD_DATE)).toBe(ics);
  });

  it('SEQUENCE rises with the plan’s approval date, and the UID stays, so an import replaces the drill', () => {
    const p = loadExample('harbourside-family-medical');
    const before = parseIcs(buildDrillsIcs(p, BUILD_DATE)).events[0];
    // The tabletop moves to Wednesdays; the changed plan is approved again.
    const changed = loadExample('harbourside-family-medical');
    if (!changed.drills[0]?.repeatOn) throw new Error('the example tabletop is weekday-anchored');
    changed.drills[0].repeatOn.day = 'wednesday';
    changed.drills[0].firstDate = '2026-02-11';
    changed.plan.approvedOn = '2026-11-20';
    const after = parseIcs(buildDrillsIcs(changed, BUILD_DATE)).events[0];
    expect(after?.uid).toBe(before?.uid);
    expect(after?.sequence).toBeGreaterThan(before?.sequence ?? Number.POSITIVE_INFINITY);
    expect(before?.sequence).toBe(9511); // 2026-01-15 is day 9,511 after 2000-01-01
    // Not yet approved (a draft): SEQUENCE 0, which RFC 5545 lets us leave out.
    const draft = loadExample('harbourside-family-medical');
    delete draft.plan.approvedOn;
    expect(buildDrillsIcs(draft, BUILD_DATE)).not.toContain('SEQUENCE');
  });

  it('without an email for the privacy officer it is a snapshot (no METHOD), never an invalid PUBLISH', () => {
    const p = loadExample('harbourside-family-medical');
    for (const person of p.people) if (person.id === p.roles.privacyOfficer) delete person.email;
    const { cal, events } = parseIcs(buildDrillsIcs(p, BUILD_DATE));
    expect(cal.getFirstPropertyValue('method')).toBeNull();
    expect(events[0]?.component.getAllProperties('organizer')).toEqual([]);
    expect(events[0]?.component.getAllProperties('attendee')).toEqual([]);
  });
});
