// Drill checks a schema cannot make: a weekday-anchored drill must start on that weekday (or the
// calendar and the plan would disagree on the first date). (A drill held in the future: dates.ts.)
import { isRealDate, showValue } from '@ndb-kit/validation';
import { matchesRepeatOn, nthWeekday, repeatOnLabel, WEEK_ORDINALS, WEEKDAYS } from '../drills.ts';
import type { DrillRepeatOn } from '../types.ts';
import { arr, type Finding, obj, str } from './finding.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function repeatOn(value: unknown): DrillRepeatOn | undefined {
  const on = obj(value);
  const week = str(on?.week);
  const day = str(on?.day);
  return WEEK_ORDINALS.includes(week as never) && WEEKDAYS.includes(day as never)
    ? ({ week, day } as DrillRepeatOn)
    : undefined; // a bad repeatOn is the schema's to report
}

export function checkDrills(policy: unknown): Finding[] {
  return arr(obj(policy)?.drills).flatMap((drill, i) => {
    const d = obj(drill);
    const findings: Finding[] = [];
    const first = str(d?.firstDate);
    const on = repeatOn(d?.repeatOn);
    if (on && first && isRealDate(first) && !matchesRepeatOn(first, on)) {
      const [y, m] = first.split('-').map(Number) as [number, number];
      const label = repeatOnLabel(on);
      findings.push({
        pointer: `/drills/${i}/firstDate`,
        message: `is not the ${label} of its month, as repeatOn says: the first drill must be one`,
        expected: `${nthWeekday(y, m - 1, on)} (the ${label} of ${MONTHS[m - 1]} ${y})`,
        found: showValue(first),
      });
    }
    return findings;
  });
}
