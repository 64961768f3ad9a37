// `pnpm pack:cli`: the installable `ndb` — dist/ndb-kit-<version>.tgz at the repository root.
//
// The workspace packages export TypeScript source, and Node will not strip types under
// node_modules, so the tarball carries the CLI bundled to JavaScript (esbuild, ESM, split so
// every lazily imported command, the PDF renderer and the site builder stay separate chunks that
// load only when used), the fonts and schemas it reads at run time, and the licences. Templates
// are already precompiled into the generator's source. For `ndb site`/`ndb start` it carries the
// site's prebuilt assets (site-assets/: client scripts, CSS and the page renderer as plain
// JavaScript, built here by site/scripts/build-site-assets.ts) and the example policy, so sites
// build on Node >= 20 with nothing else installed.
//
// Usage: node packages/cli/scripts/pack.ts [--keep]   (--keep leaves the staging folder and prints it)
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FONT_SPECIFIERS } from '@ndb-kit/pdf/node-fonts';
import { build, type Plugin } from 'esbuild';
import { buildSiteAssets } from '../../../site/scripts/build-site-assets.ts';
import { inputHash } from '../../../site/scripts/site-assets.ts';

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = resolve(CLI, '../..');
const cliPkg = JSON.parse(await readFile(join(CLI, 'package.json'), 'utf8')) as { version: string };
const rootPkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { description: string };
const pdfRequire = createRequire(join(ROOT, 'packages/pdf/package.json'));

/** The files the bundle reads at run time, by the specifier the source resolves them with. */
// Every font the PDF renderer may read (one list, in @ndb-kit/pdf): Latin, CJK and each script's
// Noto font, read only when a document has text in that script.
const FONTS = FONT_SPECIFIERS;
/** `ndb start`'s default practice. */
const EXAMPLE_POLICY = 'policies/harbourside-family-medical.json';
const SCHEMAS = [
  'incident.schema.json',
  'decision.schema.json',
  'practice-policy.schema.json',
  'incident-file.schema.json',
];

// In the source, fonts and schemas are found with createRequire(…).resolve('<package>/<file>').
// In the tarball there is no node_modules for them: they sit in fonts/ and schemas/ beside
// dist/. This stands in for node:module's createRequire in the bundle's own modules (not in
// third-party code, which keeps the real one) and maps those specifiers to the packed files.
const PACKED_REQUIRE = `
import { createRequire as realCreateRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
const PACKAGE_ROOT = new URL('../', import.meta.url);
const PACKED = ${JSON.stringify({
  ...Object.fromEntries(FONTS.map((f) => [f, `fonts/${basename(f)}`])),
  ...Object.fromEntries(SCHEMAS.map((s) => [`@ndb-kit/schemas/${s}`, `schemas/${s}`])),
})};
export function createRequire(from) {
  const real = realCreateRequire(from);
  const resolve = (spec) => (spec in PACKED ? fileURLToPath(new URL(PACKED[spec], PACKAGE_ROOT)) : real.resolve(spec));
  return Object.assign((spec) => real(spec), real, { resolve });
}
`;

const packedRequire: Plugin = {
  name: 'ndb-packed-require',
  setup(b) {
    b.onResolve({ filter: /^node:module$/ }, (args) =>
      args.importer.startsWith(join(ROOT, 'packages')) || args.importer.startsWith(join(ROOT, 'site'))
        ? { path: 'packed-require', namespace: 'ndb' }
        : undefined,
    );
    b.onLoad({ filter: /^packed-require$/, namespace: 'ndb' }, () => ({
      contents: PACKED_REQUIRE,
      loader: 'js',
      resolveDir: ROOT,
    }));
  },
};

async function main(): Promise<void> {
  const keep = process.argv.includes('--keep');
  const stage = await mkdtemp(join(tmpdir(), 'ndb-pack-'));
  let npmCache: string | undefined;
  try {
    await bundle(stage);
    await mkdir(join(stage, 'fonts'));
    for (const font of FONTS) await cp(pdfRequire.resolve(font), join(stage, 'fonts', basename(font)));
    // HarfBuzz (shaping for Arabic, Indic, Thai, …) finds its wasm beside the bundle's chunk
    // (new URL('harfbuzz.wasm', import.meta.url)).
    await cp(pdfRequire.resolve('harfbuzzjs/dist/harfbuzz.wasm'), join(stage, 'dist', 'harfbuzz.wasm'));
    await mkdir(join(stage, 'site-assets'));
    await buildSiteAssets(join(stage, 'site-assets'), inputHash(ROOT));
    await mkdir(join(stage, 'policies'));
    await cp(join(ROOT, EXAMPLE_POLICY), join(stage, EXAMPLE_POLICY));
    await mkdir(join(stage, 'schemas'));
    for (const schema of SCHEMAS) await cp(join(ROOT, 'schemas', schema), join(stage, 'schemas', schema));
    for (const file of ['LICENSE', 'NOTICE', 'licenses/OFL-1.1.txt'])
      await cp(join(ROOT, file), join(stage, file), { recursive: true });
    await writeFile(join(stage, 'README.md'), README);
    await writeFile(
      join(stage, 'package.json'),
      `${JSON.stringify(
        {
          name: 'ndb-kit',
          version: cliPkg.version,
          description: rootPkg.description,
          license: 'Apache-2.0',
          type: 'module',
          bin: { ndb: 'dist/ndb.js' },
          engines: { node: '>=20' },
          files: ['dist', 'fonts', 'schemas', 'site-assets', 'policies', 'licenses', 'NOTICE'],
        },
        null,
        2,
      )}\n`,
    );
    const dest = join(ROOT, 'dist');
    await mkdir(dest, { recursive: true });
    // npm keeps a copy of every tarball it packs (21 MB, with its log) in its cache, ~/.npm by
    // default: a cache of its own, removed below, leaves HOME as it was.
    npmCache = await mkdtemp(join(tmpdir(), 'ndb-pack-npm-cache-'));
    const out = execFileSync('npm', ['pack', '--pack-destination', dest, '--json', '--loglevel=error'], {
      cwd: stage,
      encoding: 'utf8',
      env: {
        ...process.env,
        npm_config_cache: npmCache,
        npm_config_update_notifier: 'false',
        npm_config_fund: 'false',
      },
    });
    const [info] = JSON.parse(out) as [
      { filename: string; size: number; unpackedSize: number; entryCount: number },
    ];
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    process.stdout.write(
      `${join('dist', info.filename)}: ${info.entryCount} files, ${mb(info.size)} MB packed, ${mb(info.unpackedSize)} MB unpacked\n`,
    );
    if (keep) process.stdout.write(`staging folder kept: ${stage}\n`);
  } finally {
    if (!keep) await rm(stage, { recursive: true, force: true });
    if (npmCache) await rm(npmCache, { recursive: true, force: true });
  }
}

// The package's `ndb`: turns on V8's code cache, then loads the bundle. Node compiles a module's
// static imports before its body runs, so the cache has to be on before the bundle's entry is
// imported, hence a file of its own (packages/cli/bin/ndb.js does the same in a clone). Node keeps
// the cache in os.tmpdir()/node-compile-cache, keyed by each file's content and Node's version,
// so it never serves stale code; NODE_DISABLE_COMPILE_CACHE=1 turns it off, and Node 20, which
// has no such cache, skips it. Cold `ndb assess` with and without it: docs/cli.md, "Cold start".
const LAUNCHER = `#!/usr/bin/env node
import module from 'node:module';
module.enableCompileCache?.();
await import('./ndb-main.js');
`;

async function bundle(stage: string): Promise<void> {
  await build({
    entryPoints: { 'ndb-main': join(CLI, 'src/bin.ts') },
    outdir: join(stage, 'dist'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: '[name]-[hash]',
    // Third-party CommonJS (ajv, handlebars) calls require() for Node built-ins.
    banner: {
      js: "import { createRequire as __ndbRequire } from 'node:module'; const require = __ndbRequire(import.meta.url);",
    },
    plugins: [packedRequire],
    // The site builder reads its prebuilt assets from site-assets/ and never builds them.
    define: { 'process.env.NDB_PACKED': '"1"' },
    logLevel: 'warning',
    legalComments: 'linked',
    // Byte-identical output to the source CLI: no minification that could change behaviour, and
    // the same module code; only the packaging differs.
    minify: false,
  });
  await writeFile(join(stage, 'dist/ndb.js'), LAUNCHER, { mode: 0o755 });
}

const README = `# ndb-kit

Decision support for Australia's Notifiable Data Breaches scheme (Privacy Act 1988 Part IIIC),
built for small health practices. ndb-kit is decision support, not legal advice.

    npm install -g ./ndb-kit-<version>.tgz
    ndb --help

See the project's README for every command. Licensed under Apache-2.0; the bundled Noto fonts
are under the SIL Open Font License 1.1 (see NOTICE).
`;

await main();
