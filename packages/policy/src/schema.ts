// The published schema, and where it lives on disk (for `$schema` paths written by `ndb init`).
// The file is generated from contract/definition.ts (`pnpm generate`); the validators read the
// file (ajv's precompiled code is keyed by its JSON), the types and checks the definition.
import { createRequire } from 'node:module';
import schema from '@ndb-kit/schemas/practice-policy.schema.json' with { type: 'json' };
import { singleLine } from './contract/definition.ts';

export const practicePolicySchema: object = schema;

export { PRACTICE_POLICY_SCHEMA_ID } from './contract/definition.ts';

/** Absolute path of schemas/practice-policy.schema.json. */
export function practicePolicySchemaFile(): string {
  return createRequire(import.meta.url).resolve('@ndb-kit/schemas/practice-policy.schema.json');
}

const singleLinePattern = new RegExp(singleLine.pattern as string, 'u');

/** The schema's single-line text rule (visible text, no control characters), for checking answers early. */
export function isSingleLineText(text: string): boolean {
  return text.length <= (singleLine.maxLength as number) && singleLinePattern.test(text);
}
