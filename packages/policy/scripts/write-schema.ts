// Writes schemas/practice-policy.schema.json from src/contract/definition.ts (`pnpm generate`, or
// `pnpm --filter @ndb-kit/policy schema`); src/contract/definition.test.ts fails while it is stale.
import { writeFileSync } from 'node:fs';
import { practicePolicySchemaText } from '../src/contract/definition.ts';

writeFileSync(
  new URL('../../../schemas/practice-policy.schema.json', import.meta.url),
  practicePolicySchemaText(),
);
console.log('wrote schemas/practice-policy.schema.json');
