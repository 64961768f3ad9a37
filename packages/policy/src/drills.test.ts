import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWeekend, weekdayOf } from './calendar-dates.ts';
import {
  drillOccurrences,
  drillScheduleLabel,
  drillStatus,
  nthWeekday,
  WEEK_ORDINALS,
  WEEKDAYS,
} from './drills.ts';
import { example, TODAY } from './test-support.ts';
import type { Drill } from './types.ts';
import { validatePolicy } from './validate-policy.ts';
import { policyWarnings } from './warnings.ts';

const FRESH_LAW = '2100-01-01';

function drill(extra: Partial<Drill> = {}): Drill {
  return {
    id: 'tabletop',
    kind: 'tabletop',
    title: 'Tabletop',
    frequency: 'quarterly',
    firstDate: '2026-02-10',
    startTime: '12:30',
    durationMinutes: 60,
    attendees: ['responseLead'],
    location: 'Staff room',
    repeatOn: { week: 'second', day: 'tuesday' },
    ...extra,
  };
}

describe('weekday-anchored recurrences', () => {
  it('finds the n-th and the last weekday of a month', () => {
    expect(nthWeekday(2026, 1, { week: 'second', day: 'tuesday' })).toBe('2026-02-10');
    expect(nthWeekday(2028, 1, { week: 'last', day: 'tuesday' })).toBe('2028-02-29'); // leap day
    expect(nthWeekday(2027, 3, { week: 'first', day: 'sunday' })).toBe('2027-04-04');
    expect(nthWeekday(2026, 13, { week: 'fourth', day: 'friday' })).toBe('2027-02-26'); // month overflow
  });

  it('"second Tuesday of Feb, May, Aug, Nov"', () => {
    const d = drill();
    expect(drillScheduleLabel(d)).toBe('second Tuesday of Feb, May, Aug, Nov');
    expect(drillOccurrences(d, '2026-01-01', 5)).toEqual([
      '2026-02-10',
      '2026-05-12',
      '2026-08-11',
      '2026-11-10',
      '2027-02-09',
    ]);
    expect(drillScheduleLabel(drill({ frequency: 'annually' }))).toBe('second Tuesday of every Feb');
    expect(
      drillScheduleLabel(drill({ frequency: 'monthly', repeatOn: undefined, firstDate: '2026-03-17' })),
    ).toBe('day 17 of every month');
  });

  it('a weekday anchor never lands on a weekend; the same weekday, every time (property)', () => {
    const weekday = fc.constantFrom(...WEEKDAYS.slice(0, 5));
    const week = fc.constantFrom(...WEEK_ORDINALS);
    const frequency = fc.constantFrom('monthly', 'quarterly', 'six_monthly', 'annually') as fc.Arbitrary<
      Drill['frequency']
    >;
    fc.assert(
      fc.property(
        fc.integer({ min: 2024, max: 2040 }),
        fc.integer({ min: 0, max: 11 }),
        week,
        weekday,
        frequency,
        (year, month, w, day, freq) => {
          const on = { week: w, day };
          const d = drill({ frequency: freq, firstDate: nthWeekday(year, month, on), repeatOn: on });
          const dates = drillOccurrences(d, d.firstDate, 24);
          expect(dates).toHaveLength(24);
          expect(dates.filter(isWeekend)).toEqual([]);
          expect(new Set(dates.map(weekdayOf)).size).toBe(1);
        },
      ),
    );
  });

  it('the example policies: no drill date on a weekend through 2028 (by day of month, 12 were)', () => {
    const before: string[] = [];
    for (const name of ['harbourside-family-medical', 'mindful-psychology', 'bright-smile-dental']) {
      for (const d of example(name).drills) {
        expect(drillOccurrences(d, d.firstDate, 100, '2028-12-31').filter(isWeekend), d.id).toEqual([]);
        before.push(
          ...drillOccurrences({ ...d, repeatOn: undefined }, d.firstDate, 100, '2028-12-31').filter(
            isWeekend,
          ),
        );
      }
    }
    expect(before).toHaveLength(12); // before the examples were anchored to weekdays
    expect(before).toContain('2028-09-17'); // Sun 17 Sep 2028, the issue's example
  });

  it('firstDate must be the weekday repeatOn names: a clear error with the right date', () => {
    const p = example();
    p.drills[0] = drill({ firstDate: '2026-02-09' });
    const issues = validatePolicy(p, 'p.json', undefined, { today: TODAY });
    expect(issues).toMatchObject([
      {
        pointer: '/drills/0/firstDate',
        message: 'is not the second Tuesday of its month, as repeatOn says: the first drill must be one',
        expected: '2026-02-10 (the second Tuesday of February 2026)',
        found: '"2026-02-09"',
      },
    ]);
  });
});

describe('drill status from the drill log', () => {
  it('never held and not yet due: next due is the first date', () => {
    expect(drillStatus(drill({ firstDate: '2027-02-09' }), TODAY)).toEqual({
      lastHeld: null,
      nextDue: '2027-02-09',
      overdue: false,
    });
  });

  it('due today is not overdue; the day after it is, until it is held', () => {
    const d = drill({ held: [{ date: '2026-02-10' }] });
    expect(drillStatus(d, '2026-05-12')).toEqual({
      lastHeld: '2026-02-10',
      nextDue: '2026-05-12',
      overdue: false,
    });
    expect(drillStatus(d, '2026-05-13')).toEqual({
      lastHeld: '2026-02-10',
      nextDue: '2026-05-12',
      overdue: true,
    });
    // Held late: no longer overdue, next due in August.
    const late = drill({ held: [{ date: '2026-02-10' }, { date: '2026-05-20' }] });
    expect(drillStatus(late, '2026-05-21')).toEqual({
      lastHeld: '2026-05-20',
      nextDue: '2026-08-11',
      overdue: false,
    });
  });

  it('held a few days early counts for the coming date', () => {
    const d = drill({ held: [{ date: '2026-02-10' }, { date: '2026-05-07' }] });
    expect(drillStatus(d, '2026-05-08')).toEqual({
      lastHeld: '2026-05-07',
      nextDue: '2026-08-11',
      overdue: false,
    });
  });

  it('a drill log entry makes an overdue drill current, as a warning comes and goes', () => {
    const p = example();
    const warningsFor = () =>
      policyWarnings(p, { today: '2027-02-20', lawAsAt: FRESH_LAW }).filter(
        (w) => w.kind === 'drill_overdue',
      );
    // Harbourside's quarterly tabletop was due on the second Tuesday of February 2027 (9 Feb).
    expect(warningsFor().map((w) => [w.pointer, w.date])).toContainEqual(['/drills/0', '2027-02-09']);
    expect(warningsFor().find((w) => w.pointer === '/drills/0')?.message).toBe(
      'drill "Data breach tabletop: wrong-patient email" was due on 9 Feb 2027 and is not recorded as held (last held 10 Nov 2026)',
    );
    p.drills[0]?.held?.push({ date: '2027-02-11', attendees: ['Ngaio Tāwhiri'] });
    expect(warningsFor().map((w) => w.pointer)).not.toContain('/drills/0');
  });

  it('a drill cannot be recorded as held in the future', () => {
    const p = example();
    p.drills[0]?.held?.push({ date: '2026-11-23' });
    expect(validatePolicy(p, 'p.json', undefined, { today: TODAY })).toMatchObject([
      { pointer: '/drills/0/held/2/date', message: 'is in the future: record a drill once it has been held' },
    ]);
  });
});

describe('fixed dates on a weekend', () => {
  it('warns with every weekend date in the next 12 months; a weekday anchor does not', () => {
    const p = example();
    p.drills[1] = { ...(p.drills[1] as Drill), repeatOn: undefined, held: [{ date: TODAY }] };
    const ws = policyWarnings(p, { today: '2027-10-01', lawAsAt: FRESH_LAW }).filter(
      (w) => w.kind === 'drill_on_weekend',
    );
    // Day 17 of Mar and Sep: in the 12 months from 1 Oct 2027, only 17 Sep 2028 is a weekend.
    expect(ws).toHaveLength(1);
    expect(ws[0]?.pointer).toBe('/drills/1/firstDate');
    expect(ws[0]?.message).toMatch(
      /repeats on day 17 of the month, which falls on a weekend on Sun 17 Sep 2028$/,
    );
    expect(ws[0]?.action).toMatch(/"repeatOn": \{"week": "second", "day": "tuesday"\}/);
  });
});
