// Where a practice's plan stands on a date: the one summary `ndb status` prints for a consultant's
// portfolio and `ndb site --all` shows on its index page. Pure: the warnings and the date come in.
import { type ApprovalState, approvalStatus } from './approval.ts';
import { daysBetween } from './calendar-dates.ts';
import { drillStatus } from './drills.ts';
import type { PracticePolicy } from './types.ts';
import type { PolicyWarning, WarningKind } from './warnings.ts';

export interface PracticeStatus {
  id: string;
  name: string;
  /** The date everything is judged on. */
  date: string;
  planVersion: string;
  approval: {
    by: string | null;
    on: string | null;
    draft: boolean;
    /** Approved, and the approval covers the content and rules version of today's plan. */
    approved: boolean;
    /** approvalStatus's state: approved, not_approved, draft, unrecorded or changed. */
    state: ApprovalState;
  };
  review: { due: string; overdue: boolean /** negative when overdue */; daysLeft: number };
  drills: { id: string; title: string; lastHeld: string | null; nextDue: string | null; overdue: boolean }[];
  drillsOverdue: number;
  placeholders: number;
  /** Warnings by kind, e.g. { review_overdue: 1, drill_overdue: 2 }. */
  warningCounts: Partial<Record<WarningKind, number>>;
  warnings: number;
}

export function practiceStatus(
  policy: PracticePolicy,
  warnings: PolicyWarning[],
  date: string,
  options: { rulesVersion?: string } = {},
): PracticeStatus {
  const plan = policy.plan;
  const approver = plan.approvedBy
    ? (policy.people.find((p) => p.id === plan.approvedBy)?.name ?? plan.approvedBy)
    : null;
  const drills = policy.drills.map((d) => ({ id: d.id, title: d.title, ...drillStatus(d, date) }));
  const warningCounts: Partial<Record<WarningKind, number>> = {};
  for (const w of warnings) warningCounts[w.kind] = (warningCounts[w.kind] ?? 0) + 1;
  const daysLeft = daysBetween(date, plan.nextReview);
  const approval = approvalStatus(policy, options);
  return {
    id: policy.id,
    name: policy.organisation.tradingName,
    date,
    planVersion: plan.version,
    approval: {
      by: approver,
      on: plan.approvedOn ?? null,
      draft: plan.draft === true,
      approved: approval.state === 'approved',
      state: approval.state,
    },
    review: { due: plan.nextReview, overdue: daysLeft < 0, daysLeft },
    drills,
    drillsOverdue: drills.filter((d) => d.overdue).length,
    placeholders: warningCounts.placeholder ?? 0,
    warningCounts,
    warnings: warnings.length,
  };
}
