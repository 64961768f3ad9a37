// The repository's `ndb` runs from a bundle of its own sources (packages/cli/bin/ndb.js loads it):
// one JavaScript file per command, so a cold start neither strips TypeScript nor resolves and
// reads a few hundred module files (`ndb assess` about 2× faster).
//
// Kept in packages/cli/node_modules/.cache/ndb-cli/: <key>/ (the chunks) and current.json, the
// manifest the launcher checks before every run (bin/current-bundle.js). It lists every file
// esbuild read — our sources, the third-party modules, JSON — with the SHA-256 of the very bytes
// esbuild was given (this plugin reads them), plus the files that steer resolution and
// compilation (lockfile, package.json and tsconfig files, this script, the launcher). <key> hashes
// all of them, so the bundle is a pure function of its inputs; the launcher re-hashes any input
// whose size or ctime moved and never runs a bundle whose inputs changed: it rebuilds it first.
// It checks only the inputs the command it runs can load (current.json's `checks`, from esbuild's
// import graph of the sources: see checksOf), so `ndb assess` stats ~120 files, not ~420.
//
// Unlike the npm package's bundle (scripts/pack.ts), this one stays in the clone it was built
// from: every workspace module keeps its own source's import.meta.url, so fonts, schemas,
// templates and the build cache's code fingerprint resolve exactly as they do from the sources,
// and a build is byte-identical to the sources' (.ndb-output.json's key included). `ndb site` and
// `ndb start` load their command from the sources (minutes of site building make a bundle moot,
// and the site builder imports its prebuilt assets' builder by a computed name).
//
// Usage: node packages/cli/scripts/bundle.ts   (prints the entry; `pnpm generate` runs it too)
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Loader, type Metafile, type Plugin, version as esbuildVersion } from 'esbuild';
import { FORMAT, type Input, type Manifest } from '../bin/current-bundle.js';

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ROOT = resolve(CLI, '../..');
export const CACHE_DIR = join(CLI, 'node_modules/.cache/ndb-cli');
export const MANIFEST = join(CACHE_DIR, 'current.json');
// current.json: { format, root (the clone: the bundle's modules carry its paths), key, statedAt
// (the clock before the first input's stat), entry (relative to CACHE_DIR), inputs: [path
// relative to root, size, ctimeMs, sha256 of the bytes bundled], checks: { command name: the
// indices in inputs of what a run of it must find unchanged } }.
export type { Input, Manifest };

/** Commands that run from the sources even when the bundle is current (see the top of the file). */
const FROM_SOURCE = ['./commands/site.ts', './commands/start.ts'];
/** Third-party modules that find files beside themselves (harfbuzzjs: its wasm): loaded in place. */
const IN_PLACE = ['harfbuzzjs'];

const LOADERS: Record<string, Loader> = {
  '.ts': 'ts',
  '.tsx': 'tsx',
  '.js': 'js',
  '.mjs': 'js',
  '.cjs': 'js',
  '.json': 'json',
};

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** Files that steer resolution and compilation without being bundled themselves. */
function steeringFiles(): string[] {
  const files = ['package.json', 'pnpm-lock.yaml', 'tsconfig.base.json', 'node_modules/.modules.yaml'];
  for (const name of readdirSync(join(ROOT, 'packages')).sort())
    files.push(`packages/${name}/package.json`, `packages/${name}/tsconfig.json`);
  files.push(
    'packages/cli/scripts/bundle.ts',
    'packages/cli/bin/ndb.js',
    'packages/cli/bin/current-bundle.js',
  );
  return files.filter((f) => existsSync(join(ROOT, f)));
}

function record(inputs: Map<string, Input>, path: string): Buffer {
  // Stat before reading: if the file changes in between, the launcher sees a newer ctime, hashes
  // the file and finds the bytes the bundle was built from (fresh) or others (stale).
  const st = statSync(path);
  const bytes = readFileSync(path);
  const rel = relative(ROOT, path).split(sep).join('/');
  inputs.set(rel, [rel, st.size, st.ctimeMs, sha256(bytes)]);
  return bytes;
}

function plugin(inputs: Map<string, Input>): Plugin {
  return {
    name: 'ndb-dev-bundle',
    setup(b) {
      b.onResolve({ filter: /^\.\/commands\/(site|start)\.ts$/ }, (args) =>
        FROM_SOURCE.includes(args.path) && args.importer === join(CLI, 'src/bin.ts')
          ? { path: pathToFileURL(join(CLI, 'src', args.path)).href, external: true }
          : undefined,
      );
      b.onResolve({ filter: new RegExp(`^(${IN_PLACE.join('|')})$`) }, async (args) => {
        if (args.pluginData === 'in-place') return undefined;
        const r = await b.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: 'in-place',
        });
        if (r.errors.length > 0) return { errors: r.errors };
        record(inputs, r.path); // its version is part of the key
        return { path: pathToFileURL(r.path).href, external: true };
      });
      b.onLoad({ filter: /.*/, namespace: 'file' }, (args) => {
        const loader = LOADERS[extname(args.path)];
        if (!loader) return { errors: [{ text: `ndb bundle: no loader for ${args.path}` }] };
        const bytes = record(inputs, args.path);
        const ours = args.path.startsWith(ROOT + sep) && !args.path.includes(`${sep}node_modules${sep}`);
        if (!ours) return { contents: bytes, loader };
        // The module's own URL, not the chunk's: paths relative to it resolve as in the sources.
        const url = JSON.stringify(pathToFileURL(args.path).href);
        return { contents: bytes.toString('utf8').replaceAll('import.meta.url', url), loader };
      });
    },
  };
}

const BIN = 'packages/cli/src/bin.ts';

/**
 * Command name → the source its `load` imports, read from bin.ts's `commands` table (entries
 * written `name: { …, load: () => import('./commands/<file>.ts') }`, without nested braces). A
 * command this misses is checked in full by the launcher: slower, never stale.
 */
export function commandSources(binSource: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of binSource.matchAll(
    /^ {2}([a-z][a-z-]*): \{[^{}]*?load: \(\) => import\('\.\/(commands\/[a-z][a-z-]*\.ts)'\),?[^{}]*\},?$/gm,
  ))
    found.set(m[1] as string, `packages/cli/src/${m[2]}`);
  return found;
}

/**
 * What each command must find unchanged to run from this bundle: the steering files, everything
 * bin.ts reaches except the commands it loads by name (so zone-offsets.ts and what it imports),
 * and everything the command's own source reaches. Reached means through any import of the
 * sources — static, dynamic or require, tree-shaken or not (a re-export that bundles to nothing
 * still decides which code runs) — read from esbuild's metafile, plus the in-place modules
 * (IN_PLACE) that an input imports by file URL. A superset of the code a run of it can load.
 */
export function checksOf(
  meta: Metafile,
  list: Input[],
  steering: string[],
  commands: Map<string, string>,
): Record<string, number[]> {
  const index = new Map(list.map(([path], i) => [path, i]));
  const edges = (path: string): string[] =>
    (meta.inputs[path]?.imports ?? []).map((i) =>
      i.path.startsWith('file:') ? relative(ROOT, fileURLToPath(i.path)).split(sep).join('/') : i.path,
    );
  const reach = (from: string[], seen: Set<string>): Set<string> => {
    const todo = [...from];
    for (let path = todo.pop(); path !== undefined; path = todo.pop()) {
      if (seen.has(path) || !index.has(path)) continue;
      seen.add(path);
      todo.push(...edges(path));
    }
    return seen;
  };
  // bin.ts and what it reaches but through its own imports of the commands' sources (a command
  // source some other module imports is in every set).
  const loaded = new Set(commands.values());
  const base = reach(
    edges(BIN).filter((path) => !loaded.has(path)),
    new Set([BIN]),
  );
  for (const f of steering) base.add(f);
  const checks: Record<string, number[]> = {};
  for (const [name, source] of commands) {
    const paths = reach([source], new Set(base));
    checks[name] = [...paths]
      .map((p) => index.get(p))
      .filter((i) => i !== undefined)
      .sort((a, b) => a - b);
  }
  return checks;
}

/** The key of a set of inputs: everything that can change the bundle's code. */
export function keyOf(inputs: Input[]): string {
  return sha256(
    JSON.stringify({
      format: FORMAT,
      root: ROOT,
      esbuild: esbuildVersion,
      inputs: inputs.map(([path, , , hash]) => [path, hash]),
    }),
  );
}

/** Builds the bundle (unless one with the same key exists) and points current.json at it. */
export async function buildBundle(): Promise<Manifest> {
  const statedAt = Date.now();
  const inputs = new Map<string, Input>();
  const steering = steeringFiles();
  for (const f of steering) record(inputs, join(ROOT, f));
  await mkdir(CACHE_DIR, { recursive: true });
  const temp = join(CACHE_DIR, `tmp-${process.pid}-${statedAt}`);
  try {
    const { metafile } = await build({
      entryPoints: { ndb: join(ROOT, BIN) },
      // Paths in the chunks' comments are relative to it: the same key gives the same bytes.
      absWorkingDir: ROOT,
      outdir: temp,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node22',
      chunkNames: '[name]-[hash]',
      // .mjs: the cache folder has no package.json "type", and for a .js file there Node would
      // read the source twice, once to detect its module syntax (detectModuleFormat).
      outExtension: { '.js': '.mjs' },
      // Third-party CommonJS (fontkit, handlebars) calls require() for Node built-ins.
      banner: {
        js: "import { createRequire as __ndbRequire } from 'node:module'; const require = __ndbRequire(import.meta.url);",
      },
      plugins: [plugin(inputs)],
      legalComments: 'none',
      logLevel: 'warning',
      metafile: true,
      write: true,
    });
    const list = [...inputs.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const key = keyOf(list);
    const dir = join(CACHE_DIR, key);
    // Renamed into place whole, so no run ever sees half a bundle; a concurrent build of the same
    // key made the same files, and the loser keeps the winner's.
    if (!existsSync(join(dir, 'ndb.mjs'))) await rename(temp, dir).catch(() => undefined);
    if (!existsSync(join(dir, 'ndb.mjs'))) throw new Error(`ndb bundle: could not place ${dir}`);
    const manifest: Manifest = {
      format: FORMAT,
      root: ROOT,
      key,
      statedAt,
      entry: `${key}/ndb.mjs`,
      inputs: list,
      checks: checksOf(metafile, list, steering, commandSources(readFileSync(join(ROOT, BIN), 'utf8'))),
    };
    const tempManifest = `${MANIFEST}.tmp-${process.pid}`;
    await writeFile(tempManifest, `${JSON.stringify(manifest)}\n`);
    await rename(tempManifest, MANIFEST);
    // Older bundles are of no use once the sources moved on; one is kept for an hour, as a run
    // that started from it may still import a command's chunk.
    for (const name of readdirSync(CACHE_DIR)) {
      const old = join(CACHE_DIR, name);
      if (
        name !== key &&
        /^([0-9a-f]{64}|tmp-.*)$/.test(name) &&
        statSync(old).mtimeMs < statedAt - 3_600_000
      )
        await rm(old, { recursive: true, force: true });
    }
    return manifest;
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = await buildBundle();
  process.stdout.write(`${join(CACHE_DIR, manifest.entry)} (${manifest.inputs.length} inputs)\n`);
}
