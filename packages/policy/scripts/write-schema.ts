// Writes schemas/practice-policy.schema.json and docs/policy-fields.md from
// src/contract/definition.ts (`pnpm generate`, or `pnpm --filter @ndb-kit/policy schema`);
// src/contract/definition.test.ts fails while either is stale.
import { writeFileSync } from 'node:fs';
import { practicePolicySchemaText } from '../src/contract/definition.ts';
import { fieldReferenceText } from '../src/contract/field-reference.ts';

const root = new URL('../../../', import.meta.url);
writeFileSync(new URL('schemas/practice-policy.schema.json', root), practicePolicySchemaText());
writeFileSync(new URL('docs/policy-fields.md', root), fieldReferenceText());
console.log('wrote schemas/practice-policy.schema.json and docs/policy-fields.md');
