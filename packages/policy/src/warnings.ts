// Staleness: what has aged in a valid policy as of a date. A warning never stops a build (a
// practice in the middle of a breach must be able to fix a phone number in a plan whose review is
// a day overdue); `--strict` turns warnings into a failure for CI. Each kind is one row of
// WARNING_KINDS: whether the plan shows it to its readers as a banner, and where it is documented.
// Checks are pure: the date (and the rules' law-as-at date) come in as options.
import { LAW_AS_AT, RULES_VERSION } from '@ndb-kit/engine';
import { formatIssue, isRealDate, type ParsedJson, safeText } from '@ndb-kit/validation';
import { approvalBanner, approvalStatus, approverName, changedWhat } from './approval.ts';
import { addMonths, dayAndDate, isWeekend, shortDate } from './calendar-dates.ts';
import { drillOccurrences, drillStatus, STEP_MONTHS } from './drills.ts';
import { findPlaceholders, PLACEHOLDER_PREFIX } from './placeholders.ts';
import type { DrillFrequency, PracticePolicy } from './types.ts';

export type WarningKind =
  | 'review_overdue'
  | 'not_approved'
  | 'approval_old'
  | 'changed_since_approval'
  | 'approval_unrecorded'
  | 'restore_test_old'
  | 'drill_overdue'
  | 'drill_on_weekend'
  | 'placeholder'
  | 'rules_out_of_date'
  /** Found by the generator (it knows the PDF's fonts), not by policyWarnings. */
  | 'pdf_unrenderable';

export interface WarningKindInfo {
  /** One line for docs and `ndb status`. */
  title: string;
  /** True when a reader of the plan needs to know: the plan (HTML, PDF, site home) shows a banner. */
  banner: boolean;
}

/** Every kind of warning; docs/practice-policy.md lists the same table. */
export const WARNING_KINDS: Record<WarningKind, WarningKindInfo> = {
  review_overdue: { title: 'The plan’s review date has passed', banner: true },
  not_approved: { title: 'The plan is a draft or has not been approved', banner: true },
  approval_old: { title: 'The approval is more than 12 months old', banner: true },
  changed_since_approval: {
    title:
      'The policy content or the rules version changed since the plan was approved (the plan is a draft again)',
    banner: true,
  },
  approval_unrecorded: {
    title: 'The approval does not record which content and rules version it covered (plan.approvedAgainst)',
    banner: true,
  },
  restore_test_old: {
    title: 'A backup restore test is older than the policy’s restore-test schedule',
    banner: false,
  },
  drill_overdue: { title: 'A drill was not held in its period', banner: false },
  drill_on_weekend: {
    title: 'A drill repeating on a fixed day of the month falls on a weekend in the next 12 months',
    banner: false,
  },
  placeholder: { title: 'A TODO placeholder from `ndb init` is still in the policy', banner: true },
  rules_out_of_date: {
    title: 'The rules’ law-as-at date is more than 6 months before the build date',
    banner: true,
  },
  pdf_unrenderable: {
    title: 'A text has a character no font of the PDF plan can show (it prints as �)',
    banner: false,
  },
};

/** Months after which an approval counts as old, and after which the rules' law-as-at date does. */
export const APPROVAL_MAX_MONTHS = 12;
export const LAW_MAX_MONTHS = 6;
/** The restore-test interval when the policy schedules no backup_restore_test drill. */
export const DEFAULT_RESTORE_TEST_MONTHS = 12;

/** How far ahead a fixed-day drill is checked for weekend dates. */
export const WEEKEND_LOOKAHEAD_MONTHS = 12;
export const FREQUENCY_MONTHS: Record<DrillFrequency, number> = STEP_MONTHS;

export interface PolicyWarning {
  kind: WarningKind;
  /** JSON Pointer of the value that has aged ("" when it is not in the policy file). */
  pointer: string;
  /** What has aged, e.g. "the plan was due for review on 15 Jan 2027". */
  message: string;
  /** What to do about it. */
  action: string;
  /** The date that has aged (the review date, the approval, the test, the law-as-at date), if one. */
  date?: string;
}

export interface WarningOptions {
  /** YYYY-MM-DD: the date to judge against (the build date). */
  today: string;
  /** The rules' law-as-at date; defaults to the engine's. */
  lawAsAt?: string;
  /** The rules version an approval is checked against; defaults to the engine's. */
  rulesVersion?: string;
}

type Check = (
  policy: PracticePolicy,
  today: string,
  lawAsAt: string,
  rulesVersion: string,
) => PolicyWarning[];

const review: Check = (policy, today) => {
  const due = policy.plan.nextReview;
  if (due >= today) return [];
  return [
    {
      kind: 'review_overdue',
      pointer: '/plan/nextReview',
      date: due,
      message: `the plan was due for review on ${shortDate(due)}`,
      action:
        'review the plan (people, phone numbers, systems, suppliers), then set plan.nextReview to the next review date',
    },
  ];
};

/** How `ndb approve` is run for this policy (the actions name it). */
const APPROVE_COMMAND = 'ndb approve POLICY --by PERSON_ID --write';

const approval: Check = (policy, today, _lawAsAt, rulesVersion) => {
  const { approvedBy, approvedOn, draft, version } = policy.plan;
  if (!approvedBy || !approvedOn || draft) {
    return [
      {
        kind: 'not_approved',
        pointer: draft ? '/plan/draft' : '/plan',
        message: draft
          ? `version ${version} of the plan is a draft: it has not been approved`
          : 'the plan has not been approved',
        action: draft
          ? `once the decision maker approves this version, record it with \`${APPROVE_COMMAND}\` (it removes plan.draft and sets plan.approvedBy, approvedOn and approvedAgainst)`
          : `once the decision maker approves it, record it with \`${APPROVE_COMMAND}\` (it sets plan.approvedBy, approvedOn and approvedAgainst)`,
      },
    ];
  }
  const status = approvalStatus(policy, { rulesVersion });
  const reapprove = `have ${approverName(policy)} or another decision maker review the plan, then re-approve it with \`${APPROVE_COMMAND}\``;
  if (status.state === 'unrecorded')
    return [
      {
        kind: 'approval_unrecorded',
        pointer: '/plan/approvedBy',
        date: approvedOn,
        message: `the approval of ${shortDate(approvedOn)} does not record which policy content and rules version it covered, so the plan is marked DRAFT`,
        action: reapprove,
      },
    ];
  if (status.state === 'changed')
    return [
      {
        kind: 'changed_since_approval',
        pointer: status.contentChanged
          ? '/plan/approvedAgainst/policyHash'
          : '/plan/approvedAgainst/rulesVersion',
        date: approvedOn,
        message: `plan changed since approval: ${changedWhat(status)} changed since the approval of ${shortDate(approvedOn)} (${[
          status.contentChanged && `content hash now ${status.policyHash.slice(0, 12)}…`,
          status.rulesChanged &&
            `rules ${policy.plan.approvedAgainst?.rulesVersion} → ${status.rulesVersion}`,
        ]
          .filter(Boolean)
          .join(', ')}), so the plan is marked DRAFT`,
        action: reapprove,
      },
    ];
  if (addMonths(approvedOn, APPROVAL_MAX_MONTHS) >= today) return [];
  return [
    {
      kind: 'approval_old',
      pointer: '/plan/approvedOn',
      date: approvedOn,
      message: `the plan was approved on ${shortDate(approvedOn)}, more than ${APPROVAL_MAX_MONTHS} months ago`,
      action: 'have the decision maker review and re-approve the plan, then update plan.approvedOn',
    },
  ];
};

/** How often restores should be tested: the policy's most frequent backup_restore_test drill. */
export function restoreTestMonths(policy: PracticePolicy): number {
  const months = policy.drills
    .filter((d) => d.kind === 'backup_restore_test')
    .map((d) => FREQUENCY_MONTHS[d.frequency]);
  return months.length > 0 ? Math.min(...months) : DEFAULT_RESTORE_TEST_MONTHS;
}

const restoreTests: Check = (policy, today) => {
  const months = restoreTestMonths(policy);
  const schedule = policy.drills.some((d) => d.kind === 'backup_restore_test')
    ? `the policy's backup restore test drill is every ${months === 1 ? 'month' : `${months} months`}`
    : `no backup restore test drill is scheduled, so at least every ${months} months`;
  return policy.systems.flatMap((system, i) => {
    const tested = system.backups?.lastRestoreTest;
    if (tested === undefined || addMonths(tested, months) >= today) return [];
    return [
      {
        kind: 'restore_test_old' as const,
        pointer: `/systems/${i}/backups/lastRestoreTest`,
        date: tested,
        message: `${system.name}: the last restore test was on ${shortDate(tested)}, longer ago than the schedule (${schedule})`,
        action:
          'restore from the backup to a test machine, check the data, and record the date in lastRestoreTest',
      },
    ];
  });
};

const drillsOverdue: Check = (policy, today) =>
  policy.drills.flatMap((drill, i) => {
    const status = drillStatus(drill, today);
    if (!status.overdue || status.nextDue === null) return [];
    const since = status.lastHeld ? `last held ${shortDate(status.lastHeld)}` : 'no drill held recorded';
    return [
      {
        kind: 'drill_overdue' as const,
        pointer: `/drills/${i}`,
        date: status.nextDue,
        message: `drill "${drill.title}" was due on ${shortDate(status.nextDue)} and is not recorded as held (${since})`,
        action: `hold it, then add {"date": "YYYY-MM-DD", "attendees": […]} to drills[${i}].held`,
      },
    ];
  });

const drillsOnWeekends: Check = (policy, today) =>
  policy.drills.flatMap((drill, i) => {
    if (drill.repeatOn) return []; // a weekday was chosen on purpose
    const until = addMonths(today, WEEKEND_LOOKAHEAD_MONTHS);
    const weekend = drillOccurrences(drill, today, 100, until).filter(isWeekend);
    if (weekend.length === 0) return [];
    return [
      {
        kind: 'drill_on_weekend' as const,
        pointer: `/drills/${i}/firstDate`,
        date: weekend[0],
        message: `drill "${drill.title}" repeats on day ${Number(drill.firstDate.slice(8))} of the month, which falls on a weekend on ${weekend.map(dayAndDate).join(', ')}`,
        action:
          'anchor it to a weekday with "repeatOn": {"week": "second", "day": "tuesday"} (firstDate must then be one), or move firstDate',
      },
    ];
  });

const placeholders: Check = (policy) =>
  findPlaceholders(policy).map((pointer) => ({
    kind: 'placeholder',
    pointer,
    message: `still a "${PLACEHOLDER_PREFIX}" placeholder from ndb init`,
    action: 'replace it with the real detail',
  }));

const rules: Check = (_policy, today, lawAsAt) => {
  if (addMonths(lawAsAt, LAW_MAX_MONTHS) >= today) return [];
  return [
    {
      kind: 'rules_out_of_date',
      pointer: '',
      date: lawAsAt,
      message: `the ndb-kit rules state the law as at ${shortDate(lawAsAt)}, more than ${LAW_MAX_MONTHS} months before ${shortDate(today)}`,
      action:
        'update ndb-kit to a release with newer rules and rebuild; until then have your privacy officer or lawyer check the plan’s legal statements',
    },
  ];
};

const CHECKS: Check[] = [
  review,
  approval,
  restoreTests,
  drillsOverdue,
  drillsOnWeekends,
  placeholders,
  rules,
];

/** Every warning for a valid policy as of `today`, in a fixed order. */
export function policyWarnings(policy: PracticePolicy, options: WarningOptions): PolicyWarning[] {
  if (!isRealDate(options.today))
    throw new Error(`policyWarnings: today must be a date YYYY-MM-DD, got ${options.today}`);
  const lawAsAt = options.lawAsAt ?? LAW_AS_AT;
  const rulesVersion = options.rulesVersion ?? RULES_VERSION;
  return CHECKS.flatMap((check) => check(policy, options.today, lawAsAt, rulesVersion));
}

/** The sentences a reader of the plan sees at the top (HTML, PDF, site home), one per banner. */
export function planBanners(
  policy: PracticePolicy,
  warnings: PolicyWarning[],
  options: { rulesVersion?: string } = {},
): string[] {
  const shown = warnings.filter((w) => WARNING_KINDS[w.kind].banner);
  const banners: string[] = [];
  const plan = policy.plan;
  if (shown.some((w) => w.kind === 'not_approved'))
    banners.push(`Draft — not approved. Version ${plan.version} of this plan has not been approved.`);
  if (shown.some((w) => w.kind === 'changed_since_approval' || w.kind === 'approval_unrecorded')) {
    const sentence = approvalBanner(policy, approvalStatus(policy, options));
    if (sentence) banners.push(sentence);
  }
  if (shown.some((w) => w.kind === 'review_overdue'))
    banners.push(
      `This plan was due for review on ${shortDate(plan.nextReview)}. Check names and phone numbers before relying on them.`,
    );
  if (shown.some((w) => w.kind === 'approval_old') && plan.approvedOn)
    banners.push(
      `This plan was last approved on ${shortDate(plan.approvedOn)}, more than ${APPROVAL_MAX_MONTHS} months ago.`,
    );
  const todo = shown.filter((w) => w.kind === 'placeholder').length;
  if (todo > 0)
    banners.push(
      `${todo} ${todo === 1 ? 'detail in this plan is a placeholder' : 'details in this plan are placeholders'} (marked ${PLACEHOLDER_PREFIX}) still to be filled in.`,
    );
  const law = shown.find((w) => w.kind === 'rules_out_of_date');
  if (law)
    banners.push(
      `The law in this plan is stated as at ${shortDate(law.date ?? '')}, more than ${LAW_MAX_MONTHS} months before it was built: check whether it has changed.`,
    );
  return banners;
}

export interface LocatedWarning extends PolicyWarning {
  file: string;
  line?: number;
  column?: number;
}

export function locateWarnings(warnings: PolicyWarning[], file: string, json?: ParsedJson): LocatedWarning[] {
  return warnings.map((w) => ({ file, ...w, ...(w.pointer ? json?.locate(w.pointer) : {}) }));
}

/** `policies/x.json:250:5 /plan/nextReview: warning: the plan was due for review on 15 Jan 2027; review the plan …` */
export function formatWarning(w: LocatedWarning): string {
  const where = formatIssue({
    file: w.file,
    pointer: w.pointer,
    message: '',
    line: w.line,
    column: w.column,
  });
  return safeText(`${where.replace(/: $/, '')}: warning: ${w.message}; ${w.action}`);
}
