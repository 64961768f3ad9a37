// @ndb-kit/incident — the incident file (one incident's append-only, hash-chained timeline),
// where it stands (duties, due dates, overdue), and the register over many incidents.
// Browser-safe: no Node imports; callers read and write the files.
export { type ChainProblem, checkChain, entryHash, entryLabel } from './chain.ts';
export {
  appendAssessment,
  appendEntry,
  chainIssues,
  type FileVerification,
  IncidentFileError,
  isIncidentFileLike,
  lastIncident,
  MAX_INCIDENT_FILE_BYTES,
  type OpenOptions,
  openIncidentFile,
  type ParseIncidentResult,
  parseIncidentFile,
  serializeIncidentFile,
  timeZoneOf,
  verifyIncidentFile,
} from './file.ts';
export { describeEntry, formatStatusText } from './format.ts';
export {
  csvCell,
  displayCells,
  escapeHtml,
  REGISTER_COLUMNS,
  type RegisterMeta,
  type RegisterRow,
  registerCsv,
  registerHtml,
  registerJson,
  registerPdfInput,
  registerRow,
  registerText,
  sortRows,
} from './register.ts';
export { INCIDENT_FILE_SCHEMA_ID, incidentFileSchema, schemaText } from './schema.ts';
export {
  type AssessmentSummary,
  type Duty,
  type DutyId,
  type DutyState,
  type IncidentStatus,
  incidentStatus,
  OUTCOME_LABELS,
  outcomeLabel,
  STATEMENT_FLAG_DAYS,
  type StatusOptions,
} from './status.ts';
export {
  compareInstants,
  DEFAULT_TIME_ZONE,
  daysBetween,
  formatInstant,
  formatInstantShort,
  isTimeZone,
  localDate,
  type ParsedInstant,
  parseInstant,
  toZonedIso,
  wallClock,
} from './time.ts';
export * from './types.ts';
