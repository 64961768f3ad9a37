// Validators for the published schemas without compiling at run time: ajv's standalone code,
// generated into generated/<schema>.js by scripts/precompile.ts (`pnpm generate`), one module per
// schema so a command loads only the checks it runs (`ndb assess` the incident's, not the
// policy's ~300 KB). An entry is used only when the schema given is the very JSON it was compiled
// from; otherwise (a schema changed and the file not regenerated yet) the schema is compiled now
// with ajv, as createValidator would: slower, never wrong. precompiled.test.ts fails while a file
// is stale.
import { createRequire } from 'node:module';
import {
  AJV_OPTIONS,
  type CompiledCheck,
  configureAjv,
  type Validate,
  validatorFrom,
  withHashableUniqueItems,
} from './validator-core.ts';

/** A generated module's table: by schema $id, the check and the JSON it was compiled from. */
export type PrecompiledTable = Record<string, { check: CompiledCheck; source: string } | undefined>;

/** Whether `schema` has a current precompiled check in `table`. */
export function isPrecompiledIn(table: PrecompiledTable, schema: object): boolean {
  const id = (schema as { $id?: unknown }).$id;
  const entry = typeof id === 'string' ? table[id] : undefined;
  return entry !== undefined && entry.source === JSON.stringify(schema);
}

/** The validator of `schema`: its precompiled check from `table` when current, else ajv's. */
export function precompiledValidatorIn(table: PrecompiledTable, schema: object): Validate {
  if (isPrecompiledIn(table, schema)) {
    const entry = table[(schema as { $id: string }).$id];
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
