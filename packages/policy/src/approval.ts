// Approval tied to content: an approval records the hash of what was approved (the policy's
// content) and the rules version the plan was built with; when either differs now, the plan is a
// draft again until the decision maker re-approves it (docs/practice-policy.md, "Approval").
//
// The hash leaves out what approving writes (so recording an approval never changes it) and the
// logs kept after approval (a drill held, a restore test done: records of what happened, not what
// the plan tells people to do, so logging them does not undo the approval).
import { createHash } from 'node:crypto';
import { canonicalJson, RULES_VERSION } from '@ndb-kit/engine';
import { shortDate } from './calendar-dates.ts';
import type { PracticePolicy } from './types.ts';

/** Plan fields that are the approval record itself, not content. */
export const APPROVAL_FIELDS = ['approvedBy', 'approvedOn', 'approvedAgainst', 'draft'] as const;

/** The policy as hashed: a copy without $schema, the approval record and the logs. */
export function approvalContent(policy: PracticePolicy): unknown {
  const { $schema: _schema, plan, drills, systems, ...rest } = policy;
  const planContent: Record<string, unknown> = { ...plan };
  for (const field of APPROVAL_FIELDS) delete planContent[field];
  return {
    ...rest,
    systems: systems.map((s) => {
      if (!s.backups || s.backups.lastRestoreTest === undefined) return s;
      const { lastRestoreTest: _tested, ...backups } = s.backups;
      return { ...s, backups };
    }),
    drills: drills.map(({ held: _held, ...d }) => d),
    plan: planContent,
  };
}

/**
 * SHA-256 (lower-case hex) of the policy's content as RFC 8785 canonical JSON (keys sorted, no
 * whitespace): the same policy gives the same hash however the file is indented or ordered.
 */
export function policyContentHash(policy: PracticePolicy): string {
  return createHash('sha256')
    .update(canonicalJson(approvalContent(policy)))
    .digest('hex');
}

export type ApprovalState =
  /** Approved, and neither the content nor the rules changed since. */
  | 'approved'
  /** Never approved (no approvedBy/approvedOn). */
  | 'not_approved'
  /** plan.draft is true: this version is being revised. */
  | 'draft'
  /** Approved before approvals recorded what they covered (no approvedAgainst). */
  | 'unrecorded'
  /** The content hash or the rules version differ from the approved ones. */
  | 'changed';

export interface ApprovalStatus {
  state: ApprovalState;
  /** True for every state but 'approved': the plan is marked DRAFT. */
  draft: boolean;
  /** For 'changed': what changed since approval. */
  contentChanged: boolean;
  rulesChanged: boolean;
  /** The hash and rules version now (what `ndb approve` would record). */
  policyHash: string;
  rulesVersion: string;
}

/** Where the policy's approval stands against its content now and the given rules version. */
export function approvalStatus(
  policy: PracticePolicy,
  options: { rulesVersion?: string } = {},
): ApprovalStatus {
  const plan = policy.plan;
  const policyHash = policyContentHash(policy);
  const rulesVersion = options.rulesVersion ?? RULES_VERSION;
  const against = plan.approvedAgainst;
  const contentChanged = against !== undefined && against.policyHash !== policyHash;
  const rulesChanged = against !== undefined && against.rulesVersion !== rulesVersion;
  const state: ApprovalState =
    plan.draft === true
      ? 'draft'
      : !plan.approvedBy || !plan.approvedOn
        ? 'not_approved'
        : against === undefined
          ? 'unrecorded'
          : contentChanged || rulesChanged
            ? 'changed'
            : 'approved';
  return { state, draft: state !== 'approved', contentChanged, rulesChanged, policyHash, rulesVersion };
}

/** "the policy content", "the rules version" or "the policy content and the rules version". */
export function changedWhat(status: ApprovalStatus): string {
  return [status.contentChanged && 'the policy content', status.rulesChanged && 'the rules version']
    .filter(Boolean)
    .join(' and ');
}

/** The approver's name (the person's name, or the id when the person is gone). */
export function approverName(policy: PracticePolicy): string | null {
  const id = policy.plan.approvedBy;
  return id ? (policy.people.find((p) => p.id === id)?.name ?? id) : null;
}

/**
 * The reader-facing sentence for a plan marked DRAFT because its approval does not cover what is
 * built now (null when approved, or when the plain "Draft — not approved" banner says it).
 */
export function approvalBanner(policy: PracticePolicy, status: ApprovalStatus): string | null {
  const plan = policy.plan;
  const who = approverName(policy);
  const when = plan.approvedOn ? shortDate(plan.approvedOn) : '';
  if (status.state === 'unrecorded')
    return `Draft — approval not tied to content. The approval by ${who} on ${when} does not record which policy content and rules version it covered; this plan is a draft until it is re-approved.`;
  if (status.state !== 'changed') return null;
  const against = plan.approvedAgainst;
  const parts = [
    status.contentChanged && 'the policy content has changed',
    status.rulesChanged &&
      `the rules version is now ${status.rulesVersion} (approved against ${against?.rulesVersion})`,
  ].filter(Boolean);
  return `Draft — changed since approval. Since ${who} approved version ${plan.version} on ${when}, ${parts.join(' and ')}. This plan is a draft until it is re-approved.`;
}
