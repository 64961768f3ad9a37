// The precompiled validators of every published schema (practice policy, incident): see
// precompiled-table.ts. A command that validates only incidents imports
// `@ndb-kit/validation/precompiled-incident` instead, which does not load the policy's checks.
import { PRECOMPILED as INCIDENT } from './generated/incident.js';
import { PRECOMPILED as PRACTICE_POLICY } from './generated/practice-policy.js';
import { isPrecompiledIn, type PrecompiledTable, precompiledValidatorIn } from './precompiled-table.ts';
import type { Validate } from './validator-core.ts';

const ALL: PrecompiledTable = { ...PRACTICE_POLICY, ...INCIDENT };

/** Whether `schema` has a current precompiled check (tests, and the bench's honesty). */
export function isPrecompiled(schema: object): boolean {
  return isPrecompiledIn(ALL, schema);
}

export function precompiledValidator(schema: object): Validate {
  return precompiledValidatorIn(ALL, schema);
}
