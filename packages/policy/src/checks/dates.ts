// Date checks relative to "today" (passed in, so validation stays pure and testable): a date the
// definition marks `notFuture` (an approval, a revision, a restore test, a drill held) cannot be
// after today, and a review comes after the approval. A review date that has passed is not an
// error but a warning (warnings.ts): an overdue plan must still build.
import { isRealDate, showValue } from '@ndb-kit/validation';
import { checkedFields, type Field } from '../contract/fields.ts';
import { type Finding, obj, str } from './finding.ts';

function real(value: unknown): string | undefined {
  const s = str(value);
  return s !== undefined && isRealDate(s) ? s : undefined; // unreal dates are the schema's to report
}

export function checkDates(policy: unknown, fields: readonly Field[], today: string): Finding[] {
  const findings: Finding[] = [];
  const plan = obj(obj(policy)?.plan);
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
  for (const { pointer, value, check } of checkedFields(fields)) {
    const date = real(value);
    if (check.notFuture === undefined || date === undefined || date <= today) continue;
    findings.push({
      pointer,
      message: check.notFuture === true ? 'is in the future' : `is in the future: ${check.notFuture}`,
      expected: `a date on or before ${today}`,
      found: showValue(date),
    });
  }
  return findings;
}
