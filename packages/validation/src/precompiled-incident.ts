// The incident schema's precompiled validator alone (see precompiled-table.ts): what `ndb assess`
// and the other incident commands load, without the practice policy's checks.
import { PRECOMPILED } from './generated/incident.js';
import { precompiledValidatorIn } from './precompiled-table.ts';
import type { Validate } from './validator-core.ts';

/** The validator of the incident schema (its precompiled check when `schema` is current). */
export function precompiledIncidentValidator(schema: object): Validate {
  return precompiledValidatorIn(PRECOMPILED, schema);
}
