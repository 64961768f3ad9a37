// Date checks relative to "today" (passed in, so validation stays pure and testable): a plan
// whose review date has passed is out of date; approvals and restore tests cannot be in the future.
import { isRealDate, showValue } from '@ndb-kit/validation';
import { arr, type Finding, obj, str } from './finding.ts';

function real(value: unknown): string | undefined {
  const s = str(value);
  return s !== undefined && isRealDate(s) ? s : undefined; // unreal dates are the schema's to report
}

export function checkDates(policy: unknown, today: string): Finding[] {
  const p = obj(policy);
  const plan = obj(p?.plan);
  const findings: Finding[] = [];
  const nextReview = real(plan?.nextReview);
  const approvedOn = real(plan?.approvedOn);
  if (nextReview !== undefined && nextReview < today) {
    findings.push({
      pointer: '/plan/nextReview',
      message:
        'the plan was due for review on this date, which has passed: review the plan and set the next date',
      expected: `a date on or after ${today}`,
      found: showValue(nextReview),
    });
  } else if (approvedOn !== undefined && nextReview !== undefined && nextReview <= approvedOn) {
    findings.push({
      pointer: '/plan/nextReview',
      message: 'must be after the approval date',
      expected: `a date after ${approvedOn}`,
      found: showValue(nextReview),
    });
  }
  if (approvedOn !== undefined && approvedOn > today) {
    findings.push({
      pointer: '/plan/approvedOn',
      message: 'is in the future',
      expected: `a date on or before ${today}`,
      found: showValue(approvedOn),
    });
  }
  arr(p?.systems).forEach((system, i) => {
    const tested = real(obj(obj(system)?.backups)?.lastRestoreTest);
    if (tested !== undefined && tested > today) {
      findings.push({
        pointer: `/systems/${i}/backups/lastRestoreTest`,
        message: 'is in the future: record the date the last restore test actually happened',
        expected: `a date on or before ${today}`,
        found: showValue(tested),
      });
    }
  });
  return findings;
}
