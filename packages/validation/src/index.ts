// @ndb-kit/validation: parse JSON with positions, validate against JSON Schema 2020-12, and
// report problems as plain-language issues. Shared by the CLI (incident files) and the policy package.
export { isRealDate } from './dates.ts';
export {
  formatIssue,
  formatIssues,
  type Issue,
  MAX_PRINTED_ISSUES,
  safeText,
  showValue,
  validationWork,
} from './issue.ts';
export { childPointer, escapeToken, parentPointer, valueAt } from './json-pointer.ts';
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_DEPTH,
  type ParsedJson,
  type ParseLimits,
  type ParseResult,
  type Position,
  parseJson,
} from './parse-json.ts';
export { closest } from './suggest.ts';
// createValidator (ajv at run time) is the entry `@ndb-kit/validation/ajv`, precompiled validators
// `@ndb-kit/validation/precompiled`: importing this index never loads ajv.
export { type CompiledCheck, sortIssues, type Validate, validatorFrom } from './validator-core.ts';
