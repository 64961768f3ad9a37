// ajv's standalone code as an ES module with no require(): the one piece behind both places that
// precompile schemas — scripts/precompile.ts (the CLI's validators) and site/scripts/ajv-browser.ts
// (the browser's, where the CSP forbids ajv's run-time `new Function`). Each configures its own ajv
// (code: { source: true, esm: true, formats: _`formats` }) and writes its own imports of `formats`.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The two ajv runtime helpers the generated code requires, by the name they are inlined as. */
const RUNTIME: Record<string, string> = {
  'require("ajv/dist/runtime/ucs2length").default': 'ucs2length',
  'require("ajv/dist/runtime/equal").default': 'deepEqual',
};

/**
 * The standalone code of the schemas compiled into `ajv`, exported under `names` (export name →
 * schema $id), preceded by the runtime helpers it uses. Throws if ajv needs another runtime module.
 */
export function standaloneCode(ajv: object, names: Record<string, string>): string[] {
  const standalone = require('ajv/dist/standalone/index.js').default as (
    ajv: object,
    refs: Record<string, string>,
  ) => string;
  let code = standalone(ajv, names);
  for (const [from, to] of Object.entries(RUNTIME)) code = code.replaceAll(from, to);
  if (code.includes('require('))
    throw new Error(`ajv standalone code needs a runtime module: ${code.match(/require\([^)]*\)/)?.[0]}`);
  const ucs2length = require('ajv/dist/runtime/ucs2length').default as () => number;
  const equal = require('ajv/dist/runtime/equal').default as () => boolean;
  return [
    `const ucs2length = ${ucs2length.toString()};`,
    `const deepEqual = ${equal.toString()};`,
    code.replace(/^"use strict";/, ''),
  ];
}
