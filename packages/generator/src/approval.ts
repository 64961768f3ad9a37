// The plan's approval as the outputs show it: the cover's version line and signature block, the
// "Document control" section (revision history, distribution list, what the approval covered), and
// the marks every output of the plan carries — CONFIDENTIAL always, DRAFT whenever the approval
// does not cover what is built (never approved, plan.draft, or changed since approval:
// @ndb-kit/policy approvalStatus). PDF running header and footer, plan.docx header and the
// plan.html meta line take their text from `planMarks`.
import { RULES_VERSION } from '@ndb-kit/engine';
import {
  type ApprovalState,
  approvalStatus,
  approverName,
  changedWhat,
  type DistributionCopy,
  type PracticePolicy,
  shortDate,
} from '@ndb-kit/policy';

export interface RevisionView {
  version: string;
  date: string;
  by: string | null;
  summary: string;
}

export interface DistributionView {
  name: string;
  /** Position (a person of the policy) or the role or organisation given. */
  detail: string | null;
  copy: string;
}

export interface ApprovalView {
  state: ApprovalState;
  /** The plan is marked DRAFT in every output (any state but approved). */
  marked: boolean;
  /** For a plan changed since approval: "the policy content", "the rules version" or both. */
  changed: string | null;
  contentChanged: boolean;
  rulesChanged: boolean;
  /** The cover's words after the version number, e.g. "approved by Dr Anna Lee on 15 Jan 2026". */
  versionNote: string;
  /** The content hash and rules version of this build (what `ndb approve` would record). */
  policyHash: string;
  rulesVersion: string;
  /** What the recorded approval covered, if it records it. */
  approvedHash: string | null;
  approvedRulesVersion: string | null;
  /** The cover's signature block: the approver, or the decision maker who is to sign. */
  signatory: { name: string; position: string; date: string | null } | null;
  revisions: RevisionView[];
  distribution: DistributionView[];
}

const COPY_LABELS: Record<DistributionCopy, string> = {
  print: 'Printed copy',
  email: 'Email',
  site: 'Practice plan site',
  shared_folder: 'Shared folder',
};

export function approvalView(policy: PracticePolicy, rulesVersion = RULES_VERSION): ApprovalView {
  const plan = policy.plan;
  const status = approvalStatus(policy, { rulesVersion });
  const approver = approverName(policy);
  const approved =
    approver && plan.approvedOn ? `approved by ${approver} on ${shortDate(plan.approvedOn)}` : '';
  const versionNote = {
    approved,
    not_approved: 'DRAFT: not yet approved',
    draft: `DRAFT: not yet approved${approved ? `; the last version was ${approved}` : ''}`,
    unrecorded: `DRAFT: ${approved}, but the approval does not record which content and rules version it covered`,
    changed: `DRAFT, changed since approval: ${changedWhat(status)} changed after it was ${approved}`,
  }[status.state];
  const byId = new Map(policy.people.map((p) => [p.id, p]));
  const signer =
    status.state === 'approved' && plan.approvedBy
      ? byId.get(plan.approvedBy)
      : byId.get(policy.roles.decisionMaker);
  return {
    state: status.state,
    marked: status.draft,
    changed: status.state === 'changed' ? changedWhat(status) : null,
    contentChanged: status.contentChanged,
    rulesChanged: status.rulesChanged,
    versionNote,
    policyHash: status.policyHash,
    rulesVersion: status.rulesVersion,
    approvedHash: plan.approvedAgainst?.policyHash ?? null,
    approvedRulesVersion: plan.approvedAgainst?.rulesVersion ?? null,
    signatory: signer
      ? {
          name: signer.name,
          position: signer.position,
          date: status.state === 'approved' ? (plan.approvedOn ?? null) : null,
        }
      : null,
    revisions: (plan.revisions ?? []).map((r) => ({
      version: r.version,
      date: r.date,
      by: r.by ?? null,
      summary: r.summary,
    })),
    distribution: (plan.distribution ?? []).map((d) => {
      const person = d.person ? byId.get(d.person) : undefined;
      return {
        name: person?.name ?? d.name ?? d.person ?? '',
        detail: person?.position ?? d.organisation ?? null,
        copy: COPY_LABELS[d.copy],
      };
    }),
  };
}

export interface PlanMarks {
  /** "CONFIDENTIAL" or "CONFIDENTIAL · DRAFT — changed since approval": the DOCX header, the start of the PDF header and footer and of plan.html's top line. */
  mark: string;
}

export function planMarks(view: ApprovalView): PlanMarks {
  const draft =
    view.state === 'changed'
      ? 'DRAFT — changed since approval'
      : view.state === 'unrecorded'
        ? 'DRAFT — approval not tied to content'
        : 'DRAFT — not approved';
  return { mark: view.marked ? `CONFIDENTIAL · ${draft}` : 'CONFIDENTIAL' };
}
