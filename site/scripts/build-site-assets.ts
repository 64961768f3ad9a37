// Builds the practice-independent site assets into one folder (see site-assets.ts for why):
//   _astro/            the client modules (Vite): the wizard (src/wizard/main.ts) with its lazy
//                      chunks and the HarfBuzz wasm, and the notices page's copy buttons;
//   render.js          src/pages/site-map.tsx and everything it imports, bundled by esbuild for
//                      Node >= 20 (preact-render-to-string; the wizard's lazy imports left out:
//                      the first question needs none of them);
//   wizard-offline.js  the wizard as one classic script for wizard-offline.html (file://);
//   assets.json        the manifest (AssetManifest): CSS, entry files, every _astro/ file, and the
//                      SHA-256 of those files and of the PDF fonts the wizard may fetch (the site
//                      builder hashed ~35 MB of fonts on every run for them);
//   practice.js        (repository only, buildPracticeBundle) the per-practice builder, bundled.
// Run by site-assets.ts in the repository (cached by content) and by packages/cli/scripts/pack.ts.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ajvPrecompiled } from './ajv-browser.ts';
import { firstLoadData } from './first-load-data.ts';
import { fontFiles } from './build-sites.ts';
import { ASSETS_DIR, type AssetManifest, digest, MANIFEST_FILE } from './site-assets.ts';

const SITE = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const siteRequire = createRequire(join(SITE, 'package.json'));
const JSX = { runtime: 'automatic', importSource: 'preact' } as const;
const PRODUCTION = { 'process.env.NODE_ENV': '"production"' };

type ViteBuild = (config: object) => Promise<unknown>;
interface ViteChunk {
  type: string;
  code?: string;
  fileName?: string;
  imports?: string[];
  modules?: Record<string, unknown>;
}
type ViteManifest = Record<string, { file: string; imports?: string[]; isEntry?: boolean }>;

async function vite(): Promise<ViteBuild> {
  return ((await import(siteRequire.resolve('vite'))) as { build: ViteBuild }).build;
}

export async function buildSiteAssets(dir: string, hash: string): Promise<AssetManifest> {
  // Vite reads NODE_ENV itself (under vitest it is "test", which changes the bundles): the same
  // bytes whoever runs the build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return await buildAll(dir, hash);
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

async function buildAll(dir: string, hash: string): Promise<AssetManifest> {
  const build = await vite();
  // 1. The client modules, content-hashed names under _astro/ (the folder name the servers'
  //    immutable caching rules and deploy/nginx.conf expect).
  const client = (await build({
    configFile: false,
    root: SITE,
    logLevel: 'silent',
    publicDir: false,
    mode: 'production',
    // Relative: the lazy chunks' preloads resolve from the importing module's URL, wherever the
    // site is served (a sub-path, ../_shared/_astro/ under --all, file://).
    base: './',
    define: { __SINGLE_FILE__: 'false', ...PRODUCTION },
    plugins: [ajvPrecompiled(), firstLoadData()],
    oxc: { jsx: JSX },
    build: {
      outDir: dir,
      emptyOutDir: false,
      manifest: true,
      modulePreload: { polyfill: false },
      assetsInlineLimit: 0,
      rollupOptions: {
        input: {
          wizard: join(SITE, 'src/wizard/main.ts'),
          notices: join(SITE, 'src/pages/notices-copy.ts'),
        },
        output: {
          // The wizard's first load is one file: main.ts and everything it imports statically
          // (preact, hooks, the JSX runtime, the questions, Vite's preload helper) in one chunk,
          // which the lazy chunks import from. On slow 4G every extra request of the first load
          // costs a round trip (400 ms) and a connection (docs: bench/wizard-speed.ts).
          codeSplitting: {
            groups: [
              {
                name: 'wizard-first',
                test: /src[\\/]wizard[\\/]main\.ts$/,
                includeDependenciesRecursively: true,
              },
            ],
          },
          entryFileNames: '_astro/[name].[hash].js',
          chunkFileNames: '_astro/[name].[hash].js',
          assetFileNames: '_astro/[name].[hash][extname]',
        },
      },
    },
  })) as { output: ViteChunk[] } | { output: ViteChunk[] }[];
  const viteManifest = JSON.parse(await readFile(join(dir, '.vite/manifest.json'), 'utf8')) as ViteManifest;
  await rm(join(dir, '.vite'), { recursive: true, force: true });
  const fileOf = (key: string) => {
    const entry = viteManifest[key];
    if (!entry) throw new Error(`site assets: ${key} is not in Vite's manifest`);
    return entry.file.replace(/^_astro\//, '');
  };
  // The page loads the chunk that holds main.ts's code (the entry file itself is a facade that
  // only imports it), then anything that chunk imports statically (none: preloaded if some appear).
  const chunks = (Array.isArray(client) ? client : [client]).flatMap((o) => o.output);
  const first = chunks.find(
    (c) =>
      c.type === 'chunk' &&
      Object.keys(c.modules ?? {}).some((id) => /src[\\/]wizard[\\/]main\.ts$/.test(id)),
  );
  if (!first?.fileName) throw new Error("site assets: no chunk holds the wizard's main.ts");
  const wizard: string[] = [];
  const queue = [first.fileName];
  while (queue.length) {
    const name = queue.shift() as string;
    const file = name.replace(/^_astro\//, '');
    if (wizard.includes(file)) continue;
    wizard.push(file);
    queue.push(...(chunks.find((c) => c.fileName === name)?.imports ?? []));
  }

  // 2. CSS, minified, inlined into each page (one request per page).
  const esbuild = await import('esbuild');
  const css = async (...files: string[]) => {
    let text = '';
    for (const f of files) text += await readFile(join(SITE, 'src/styles', f), 'utf8');
    return (await esbuild.transform(text, { loader: 'css', minify: true })).code.trim();
  };

  // 3. The page renderer for Node >= 20.
  await esbuild.build({
    entryPoints: [join(SITE, 'src/pages/site-map.tsx')],
    outfile: join(dir, 'render.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { __SINGLE_FILE__: 'false', ...PRODUCTION },
    logLevel: 'warning',
    legalComments: 'none',
    plugins: [
      {
        // The wizard's lazy imports (result screen, PDF, incident files) never run at build time.
        name: 'lazy-imports-stay-lazy',
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) =>
            args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
          );
        },
      },
    ],
  });

  // 4. The single-file wizard (no imports, no chunks; the PDF export is left out there).
  const single = (await build({
    configFile: false,
    root: SITE,
    logLevel: 'silent',
    mode: 'production',
    define: { __SINGLE_FILE__: 'true', ...PRODUCTION },
    plugins: [ajvPrecompiled()],
    oxc: { jsx: JSX },
    build: {
      write: false,
      minify: !process.env.NOMIN,
      lib: { entry: join(SITE, 'src/wizard/main.ts'), formats: ['iife'], name: 'ndbWizard' },
      rollupOptions: { external: ['@ndb-kit/pdf'] },
    },
  })) as { output: ViteChunk[] } | { output: ViteChunk[] }[];
  const chunk = (Array.isArray(single) ? single : [single])
    .flatMap((o) => o.output)
    .find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('single-file wizard build produced no script');
  await writeFile(join(dir, 'wizard-offline.js'), chunk.code);

  const files = (await readdir(join(dir, ASSETS_DIR))).sort();
  // The fonts' bytes are those the lockfile (part of the hash) installs, so their digests stay.
  const digests: Record<string, string> = {};
  for (const f of files) digests[`${ASSETS_DIR}/${f}`] = digest(await readFile(join(dir, ASSETS_DIR, f)));
  for (const [name, path] of Object.entries(fontFiles()))
    digests[`fonts/${name}`] = digest(await readFile(path));
  const manifest: AssetManifest = {
    hash,
    css: { site: await css('site.css', 'print.css'), wizard: await css('wizard.css') },
    wizard,
    notices: fileOf('src/pages/notices-copy.ts'),
    files,
    digests,
  };
  await writeFile(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/**
 * practice.js: site/scripts/practice-site.ts and everything it imports, one ES module for Node
 * (repository only: the npm package's CLI bundle carries practice-site.ts already). Our modules
 * keep their own source's import.meta.url, so fonts and schemas resolve as from the sources and
 * the output is byte-identical to theirs (as packages/cli/scripts/bundle.ts does for the CLI);
 * harfbuzzjs finds its wasm beside itself, so it is loaded in place.
 */
export async function buildPracticeBundle(dir: string): Promise<void> {
  const esbuild = await import('esbuild');
  const root = resolve(SITE, '..');
  const loaders: Record<string, 'ts' | 'tsx' | 'js' | 'json'> = {
    '.ts': 'ts',
    '.tsx': 'tsx',
    '.js': 'js',
    '.mjs': 'js',
    '.cjs': 'js',
    '.json': 'json',
  };
  await esbuild.build({
    entryPoints: [join(SITE, 'scripts/practice-site.ts')],
    outfile: join(dir, 'practice.js'),
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    // Third-party CommonJS (fontkit, handlebars) calls require() for Node built-ins.
    banner: {
      js: "import { createRequire as __ndbRequire } from 'node:module'; const require = __ndbRequire(import.meta.url);",
    },
    logLevel: 'error',
    legalComments: 'none',
    plugins: [
      {
        name: 'ndb-practice-bundle',
        setup(b) {
          b.onResolve({ filter: /^harfbuzzjs$/ }, async (args) => {
            if (args.pluginData === 'in-place') return undefined;
            const r = await b.resolve(args.path, {
              kind: args.kind,
              importer: args.importer,
              resolveDir: args.resolveDir,
              pluginData: 'in-place',
            });
            if (r.errors.length > 0) return { errors: r.errors };
            return { path: pathToFileURL(r.path).href, external: true };
          });
          b.onLoad({ filter: /.*/, namespace: 'file' }, async (args) => {
            const loader = loaders[extname(args.path)];
            if (!loader) return { errors: [{ text: `practice bundle: no loader for ${args.path}` }] };
            const bytes = await readFile(args.path);
            const ours = args.path.startsWith(root + sep) && !args.path.includes(`${sep}node_modules${sep}`);
            if (!ours) return { contents: bytes, loader };
            const url = JSON.stringify(pathToFileURL(args.path).href);
            return { contents: bytes.toString('utf8').replaceAll('import.meta.url', url), loader };
          });
        },
      },
    ],
  });
}
