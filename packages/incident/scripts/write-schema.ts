// Writes schemas/incident-file.schema.json from src/schema.ts.
import { writeFileSync } from 'node:fs';
import { incidentFileSchema, schemaText } from '../src/schema.ts';

writeFileSync(
  new URL('../../../schemas/incident-file.schema.json', import.meta.url),
  schemaText(incidentFileSchema),
);
console.log('wrote schemas/incident-file.schema.json');
