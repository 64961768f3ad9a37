// The incident file is checked against its JSON Schema by @ndb-kit/validation (ajv). ajv compiles
// a schema into a function with `new Function`, which the site's Content-Security-Policy
// (script-src without 'unsafe-eval') rightly refuses. So the browser bundles get ajv's
// *standalone* code instead: this Vite plugin compiles the incident-file schema at build time,
// with the same options as createValidator, and swaps `ajv/dist/2020.js` and `ajv-formats` for a
// stand-in whose compile() returns the precompiled function for a known schema $id (and throws
// for any other). Same ajv, same errors, no eval. Used by astro.config.mjs and single-file.ts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { standaloneCode } from '../../packages/validation/scripts/standalone-code.ts';
import { MESSAGE_KEYWORDS } from '../../packages/validation/src/validator-core.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const AJV_ID = '\0ndb-ajv-precompiled';
const FORMATS_ID = '\0ndb-ajv-formats-stub';

/** The schemas the browser may validate with, by $id; their references ride along. */
const SCHEMAS = [{ file: 'incident-file.schema.json', refs: ['incident.schema.json'] }];

interface AjvLike {
  compile: (schema: object) => unknown;
  addFormat: (name: string, def: object) => unknown;
  addKeyword: (def: object) => unknown;
}

export function precompiledModule(): string {
  const require = createRequire(join(ROOT, 'packages/validation/package.json'));
  const { Ajv2020, _ } = require('ajv/dist/2020.js') as {
    Ajv2020: new (o: object) => AjvLike;
    _: (s: TemplateStringsArray) => unknown;
  };
  const formatsPlugin = require('ajv-formats') as (ajv: AjvLike) => void;
  const read = (f: string) => JSON.parse(readFileSync(join(ROOT, 'schemas', f), 'utf8')) as { $id: string };
  const exports: Record<string, string> = {};
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    verbose: true,
    schemas: [...new Set(SCHEMAS.flatMap((s) => s.refs))].map(read),
    // Formats are referred to as `formats.<name>`, defined below (ajv-formats' own, and our "date").
    code: { source: true, esm: true, formats: _`formats` },
  });
  formatsPlugin(ajv);
  ajv.addFormat('date', { type: 'string', validate: () => true }); // the real one is imported below
  for (const keyword of MESSAGE_KEYWORDS) ajv.addKeyword({ keyword, schemaType: 'string' });
  for (const [i, s] of SCHEMAS.entries()) {
    const schema = read(s.file);
    ajv.compile(schema);
    exports[`v${i}`] = schema.$id;
  }
  const path = (p: string) => JSON.stringify(p);
  return [
    `import { fullFormats } from ${path(require.resolve('ajv-formats/dist/formats.js'))};`,
    `import { isRealDate } from ${path(join(ROOT, 'packages/validation/src/dates.ts'))};`,
    `const formats = { ...fullFormats, date: { type: 'string', validate: isRealDate } };`,
    ...standaloneCode(ajv, exports),
    `const PRECOMPILED = { ${Object.entries(exports)
      .map(([name, id]) => `${JSON.stringify(id)}: ${name}`)
      .join(', ')} };`,
    'export class Ajv2020 {',
    '  addFormat() { return this; }',
    '  addKeyword() { return this; }',
    '  compile(schema) {',
    '    const f = PRECOMPILED[schema && schema.$id];',
    "    if (!f) throw new Error('schema ' + (schema && schema.$id) + ' was not precompiled for the browser (site/scripts/ajv-browser.ts)');",
    '    return f;',
    '  }',
    '}',
    'export default Ajv2020;',
  ].join('\n');
}

/** The Vite plugin: ajv without eval in the browser bundles. */
export function ajvPrecompiled() {
  let cached: string | undefined;
  return {
    name: 'ndb-ajv-precompiled',
    enforce: 'pre' as const,
    resolveId(source: string) {
      if (source === 'ajv/dist/2020.js') return AJV_ID;
      if (source === 'ajv-formats') return FORMATS_ID;
      return null;
    },
    load(id: string) {
      if (id === AJV_ID) {
        cached ??= precompiledModule();
        return cached;
      }
      if (id === FORMATS_ID)
        return 'const plugin = () => {};\nplugin.default = plugin;\nexport default plugin;\n';
      return null;
    },
  };
}
