// The published schema, and where it lives on disk (for `$schema` paths written by `ndb init`).
import { createRequire } from 'node:module';
import schema from '@ndb-kit/schemas/practice-policy.schema.json' with { type: 'json' };

export const practicePolicySchema: object = schema;

export const PRACTICE_POLICY_SCHEMA_ID = 'https://ndb-kit.dev/schemas/practice-policy.schema.json';

/** Absolute path of schemas/practice-policy.schema.json. */
export function practicePolicySchemaFile(): string {
  return createRequire(import.meta.url).resolve('@ndb-kit/schemas/practice-policy.schema.json');
}

const singleLinePattern = new RegExp(
  (schema as { $defs: { singleLine: { pattern: string } } }).$defs.singleLine.pattern,
  'u',
);

/** The schema's single-line text rule (visible text, no control characters), for checking answers early. */
export function isSingleLineText(text: string): boolean {
  return text.length <= 200 && singleLinePattern.test(text);
}
