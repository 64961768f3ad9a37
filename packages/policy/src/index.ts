// @ndb-kit/policy: the practice policy file — its type, schema, validation and scaffolding.
/** How a validation issue prints (file:line:column /pointer: message (expected …, found …)). */
export { formatIssue, formatIssues } from '@ndb-kit/validation';
export {
  APPROVAL_FIELDS,
  type ApprovalState,
  type ApprovalStatus,
  approvalBanner,
  approvalContent,
  approvalStatus,
  approverName,
  changedWhat,
  policyContentHash,
} from './approval.ts';
export { isValidAbn } from './checks/abn.ts';
export { HPIO_PREFIX, isValidHpio } from './checks/hpio.ts';
export { isAustralianPhone, normalisePhone } from './checks/phone.ts';
export { postcodeFitsState } from './checks/postcode.ts';
export { isTimeZone } from './checks/time-zone.ts';
export {
  type LoadOptions,
  type LoadResult,
  loadPolicy,
  localToday,
  practiceToday,
  readTextFile,
  todayIn,
} from './load-policy.ts';
export {
  type DrillStatus,
  drillMonthsLabel,
  drillOccurrences,
  drillScheduleLabel,
  drillStatus,
  matchesRepeatOn,
  nthWeekday,
  repeatOnLabel,
  STEP_MONTHS,
  WEEK_ORDINALS,
  WEEKDAYS,
  weekdayNumber,
} from './drills.ts';
export { findPlaceholders, PLACEHOLDER_PREFIX } from './placeholders.ts';
export { DEFAULT_TIME_ZONES, type ScaffoldAnswers, scaffoldPolicy, idFromName } from './scaffold.ts';
export {
  isSingleLineText,
  PRACTICE_POLICY_SCHEMA_ID,
  practicePolicySchema,
  practicePolicySchemaFile,
} from './schema.ts';
export * from './types.ts';
export { type PracticeStatus, practiceStatus } from './status.ts';
export { type ValidatePolicyOptions, validatePolicy, wasValidated } from './validate-policy.ts';
export {
  APPROVAL_MAX_MONTHS,
  FREQUENCY_MONTHS,
  formatWarning,
  LAW_MAX_MONTHS,
  type LocatedWarning,
  locateWarnings,
  type PolicyWarning,
  planBanners,
  policyWarnings,
  restoreTestMonths,
  WARNING_KINDS,
  type WarningKind,
  type WarningKindInfo,
  type WarningOptions,
} from './warnings.ts';
export {
  addDays,
  addMonths,
  dayAndDate,
  daysBetween,
  isWeekend,
  shortDate,
  weekdayOf,
} from './calendar-dates.ts';
