// Validates an incident against the published schema (schemas/incident.schema.json) and the
// checks a schema cannot make (real dates, time order).
import incidentSchema from '@ndb-kit/schemas/incident.schema.json' with { type: 'json' };
import type { Incident } from '@ndb-kit/engine';
import type { Issue, ParsedJson } from '@ndb-kit/validation';
import { precompiledIncidentValidator } from '@ndb-kit/validation/precompiled-incident';

const validateSchema = precompiledIncidentValidator(incidentSchema);

export function validateIncident(value: unknown, file: string, json?: ParsedJson): Issue[] {
  const issues = validateSchema(value, file, json);
  if (issues.length > 0) return issues;
  const i = value as Incident;
  const extra: Issue[] = [];
  if (i.breach.occurredOn && i.breach.occurredOn > i.breach.awareOn) {
    extra.push({
      file,
      pointer: '/breach/occurredOn',
      message: 'is after the date you became aware',
      expected: `a date on or before ${i.breach.awareOn}`,
      found: JSON.stringify(i.breach.occurredOn),
    });
  }
  if (i.breach.awareAt && i.breach.awareAt.slice(0, 10) !== i.breach.awareOn) {
    extra.push({
      file,
      pointer: '/breach/awareAt',
      message: 'is not on the awareness date',
      expected: `a time on ${i.breach.awareOn}`,
      found: JSON.stringify(i.breach.awareAt),
    });
  }
  return extra;
}
