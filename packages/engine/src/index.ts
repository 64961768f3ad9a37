// @ndb-kit/engine — the NDB decision engine. Browser-safe: no Node imports, no dependencies.
export { assess } from './assess.ts';
export { CITATIONS, type Citation, type CitationKey, cite, citationFor } from './citations.ts';
export {
  OFFICIAL_CONTACTS,
  type OfficialContact,
  STATE_HEALTH_PRIVACY,
  SUPPORT_CONTACTS,
} from './contacts.ts';
export {
  addDays,
  addHours,
  daysBetween,
  instantInZone,
  type ParsedInstant,
  parseInstant,
  wallClockIn,
  formatDate,
  formatDateTime,
  inZone,
  isIsoDate,
  isIsoDateTime,
  isKnownZone,
  isTimeZone,
  JURISDICTION_ZONES,
  localDateIn,
  useZoneOffsetSource,
  type ZoneOffsetSource,
  zoneOf,
} from './dates.ts';
export {
  BREACH_KIND_LABELS,
  HARM_EFFECT_LABELS,
  HARM_FACTOR_LABELS,
  OUTCOME_TITLES,
  PROTECTION_LABELS,
  RECIPIENT_LABELS,
  REMEDIATION_STATUS_LABELS,
} from './labels.ts';
export { ASSESSMENT_DAYS, assessmentDueDate, describeDue, OBLIGATION_TITLES } from './obligations.ts';
export {
  KIND_LABELS,
  ORGANISATION_CARVE_INS,
  PURPOSE_LIMITED_CARVE_INS,
  SMALL_BUSINESS_CEILING,
} from './rules/coverage.ts';
export { HARM_FACTORS } from './rules/serious-harm.ts';
export { RANSOMWARE_REPORT_TURNOVER_THRESHOLD, ransomwareReportApplies } from './rules/other-regimes.ts';
export * from './types.ts';
export * from './vocabulary.ts';
export { LAW_AS_AT, NOT_ADVICE, RULES_VERSION } from './version.ts';
export {
  type Condition,
  conditionHolds,
  draftIncident,
  type Field,
  getPath,
  type Option,
  QUESTIONS,
  type Question,
  setPath,
  visibleFields,
  visibleQuestions,
} from './questions/index.ts';
export {
  assessAndRecord,
  canonicalJson,
  createRecord,
  expectedRecordHash,
  RECORD_VERSION,
  sha256Hex,
  type Verification,
  verifyRecord,
} from './record.ts';
