// Validators for the published schemas without compiling at run time: ajv's standalone code,
// generated into generated/validators.js by scripts/precompile.ts (`pnpm generate`). An entry is
// used only when the schema given is the very JSON it was compiled from; otherwise (a schema
// changed and the file not regenerated yet) the schema is compiled now with ajv, as
// createValidator would: slower, never wrong. precompiled.test.ts fails while the file is stale.
import { createRequire } from 'node:module';
import { PRECOMPILED } from './generated/validators.js';
import {
  AJV_OPTIONS,
  type CompiledCheck,
  configureAjv,
  type Validate,
  validatorFrom,
  withHashableUniqueItems,
} from './validator-core.ts';

/** Whether `schema` has a current precompiled check (tests, and the bench's honesty). */
export function isPrecompiled(schema: object): boolean {
  const id = (schema as { $id?: unknown }).$id;
  const entry = typeof id === 'string' ? PRECOMPILED[id] : undefined;
  return entry !== undefined && entry.source === JSON.stringify(schema);
}

export function precompiledValidator(schema: object): Validate {
  if (isPrecompiled(schema)) {
    const entry = PRECOMPILED[(schema as { $id: string }).$id];
    if (entry) return validatorFrom(entry.check);
  }
  // ajv is CommonJS, so it can be loaded synchronously here, only on this path.
  const require = createRequire(import.meta.url);
  const { Ajv2020 } = require('ajv/dist/2020.js') as {
    Ajv2020: new (options: object) => Parameters<typeof configureAjv>[0];
  };
  const formats = require('ajv-formats') as (ajv: unknown) => unknown;
  const ajv = configureAjv(new Ajv2020({ ...AJV_OPTIONS }), formats);
  return validatorFrom(ajv.compile(withHashableUniqueItems(schema)) as CompiledCheck);
}
