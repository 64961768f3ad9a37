// Date checks relative to "today" (passed in, so validation stays pure and testable): approvals
// and restore tests cannot be in the future, and a review comes after the approval. A review date
// that has passed is not an error but a warning (warnings.ts): an overdue plan must still build.
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
  if (approvedOn !== undefined && nextReview !== undefined && nextReview <= approvedOn) {
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
  arr(plan?.revisions).forEach((revision, i) => {
    const date = real(obj(revision)?.date);
    if (date !== undefined && date > today) {
      findings.push({
        pointer: `/plan/revisions/${i}/date`,
        message: 'is in the future: record the date the revision was made',
        expected: `a date on or before ${today}`,
        found: showValue(date),
      });
    }
  });
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
