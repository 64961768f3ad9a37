// Writes schemas/incident.schema.json and schemas/decision.schema.json from src/schemas.ts.
import { writeFileSync } from 'node:fs';
import { decisionSchema, incidentSchema, schemaText } from '../src/schemas.ts';

const dir = new URL('../../../schemas/', import.meta.url);
writeFileSync(new URL('incident.schema.json', dir), schemaText(incidentSchema));
writeFileSync(new URL('decision.schema.json', dir), schemaText(decisionSchema));
console.log('wrote schemas/incident.schema.json and schemas/decision.schema.json');
