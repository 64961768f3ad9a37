// @ndb-kit/policy: the practice policy file — its type, schema, validation and scaffolding.
export { isValidAbn } from './checks/abn.ts';
export { isAustralianPhone, normalisePhone } from './checks/phone.ts';
export { postcodeFitsState } from './checks/postcode.ts';
export { isTimeZone } from './checks/time-zone.ts';
export { type LoadOptions, type LoadResult, loadPolicy, localToday, readTextFile } from './load-policy.ts';
export { findPlaceholders, PLACEHOLDER_PREFIX } from './placeholders.ts';
export { DEFAULT_TIME_ZONES, type ScaffoldAnswers, scaffoldPolicy, slugify } from './scaffold.ts';
export {
  isSingleLineText,
  PRACTICE_POLICY_SCHEMA_ID,
  practicePolicySchema,
  practicePolicySchemaFile,
} from './schema.ts';
export * from './types.ts';
export { type ValidatePolicyOptions, validatePolicy } from './validate-policy.ts';
