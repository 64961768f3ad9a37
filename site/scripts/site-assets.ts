// The practice-independent half of the site, built once and reused ("render once, stamp per
// practice"): the client scripts (wizard, notices copy buttons), the CSS, the single-file wizard
// script and the page renderer (src/pages/site-map.tsx bundled to plain JavaScript). None of it
// depends on a practice, so `ndb site` only renders HTML per practice with the prebuilt renderer
// (preact-render-to-string) and copies the files: no Astro, no Vite, no JSX transform at site
// time, which is what lets the npm package build sites on Node 20.
//
// Where the assets come from:
// - the npm package: `site-assets/` inside it, built by packages/cli/scripts/pack.ts;
// - the repository: site/node_modules/.cache/ndb-site-assets/<hash>/, where <hash> is the SHA-256
//   of every source the assets are made from (listInputs); a changed source gives a new hash and
//   one rebuild (build-site-assets.ts, ~5–10 s), an unchanged one costs the hashing (~50 ms).
//   There it also holds practice.js: the per-practice half of the builder (practice-site.ts with
//   the generator, the policy loader and the PDF renderer) as one JavaScript file, which the
//   builder and its worker threads load in ~0.5 s instead of ~2.5 s of type stripping and
//   resolving a few hundred source modules (measured on this 2-core machine under load).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ClientAssets, SiteData } from '../src/lib/site-data.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
/** Set by the bundler in the npm package (packages/cli/scripts/pack.ts). */
const PACKED = process.env.NDB_PACKED === '1';

/** assets.json: what the pages link to. File names are relative to the assets' `_astro/`. */
export interface AssetManifest {
  /** The content hash the assets were built from (part of `ndb start`'s cache key). */
  hash: string;
  css: { site: string; wizard: string };
  /** The wizard's entry module, then every module it imports statically (preloaded). */
  wizard: string[];
  notices: string;
  /** Every file under _astro/, sorted. */
  files: string[];
  /** SHA-256 of each _astro/ file ("_astro/NAME") and PDF font ("fonts/NAME") when the assets were built. */
  digests: Record<string, string>;
}

export interface SiteAssets {
  /** Holds _astro/, render.js, wizard-offline.js and assets.json. */
  dir: string;
  manifest: AssetManifest;
  /** Every page of one practice as [file name, HTML] (src/pages/site-map.tsx). */
  render: (site: SiteData, client: ClientAssets) => [string, string][];
  /** The wizard as one classic script, for wizard-offline.html (file://). */
  singleFileScript: string;
}

export const MANIFEST_FILE = 'assets.json';
/** Under --all, OUT/_shared/ holds one copy of what every practice uses (docs/hosting.md). */
export const SHARED_DIR = '_shared';
/** The client modules' folder (content-hashed names; servers cache it as immutable). */
export const ASSETS_DIR = '_astro';

/** SHA-256 in hex: the output marker's file hashes and the service worker's version. */
export const digest = (bytes: string | Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

/** The sources the assets are made from, relative to the repository root, sorted. */
export function listInputs(root = resolve(HERE, '../..')): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    const abs = join(root, rel);
    if (!existsSync(abs)) return;
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(child);
      } else out.push(child);
    }
  };
  walk('site/src');
  for (const pkg of readdirSync(join(root, 'packages')).sort()) {
    if (pkg === 'cli') continue;
    walk(`packages/${pkg}/src`);
    out.push(`packages/${pkg}/package.json`);
  }
  walk('schemas');
  out.push(
    'site/package.json',
    'site/scripts/site-assets.ts',
    'site/scripts/build-site-assets.ts',
    'site/scripts/ajv-browser.ts',
    'site/scripts/first-load-data.ts',
    // practice.js: the per-practice half (practice-site.ts) bundled with what it imports.
    'site/scripts/practice-site.ts',
    'site/scripts/csp.ts',
    'site/scripts/service-worker.ts',
    'pnpm-lock.yaml',
  );
  return out.filter((f) => existsSync(join(root, f))).sort();
}

/** SHA-256 over the inputs' names and bytes (first 16 hex digits). */
export function inputHash(root = resolve(HERE, '../..')): string {
  const hash = createHash('sha256');
  for (const file of listInputs(root)) hash.update(`${file}\0`).update(readFileSync(join(root, file)));
  return hash.digest('hex').slice(0, 16);
}

/** The folder the assets are in (built first when missing, in the repository). */
export async function siteAssetsDir(): Promise<string> {
  if (PACKED) return fileURLToPath(new URL('../site-assets/', import.meta.url));
  const cache = join(HERE, '../node_modules/.cache/ndb-site-assets');
  const hash = inputHash();
  const dir = join(cache, hash);
  if (existsSync(join(dir, MANIFEST_FILE))) return dir;
  // Built beside its final name and renamed, so a crash or a concurrent build never leaves half a
  // folder under the hash; the loser of a race keeps the winner's (identical) copy.
  const temp = `${dir}.tmp-${process.pid}`;
  await rm(temp, { recursive: true, force: true });
  await mkdir(temp, { recursive: true });
  try {
    // By a computed name: the npm package's bundle must not pull the builder (Vite, esbuild) in.
    const builder = './build-site-assets.ts';
    const { buildPracticeBundle, buildSiteAssets } = (await import(
      builder
    )) as typeof import('./build-site-assets.ts');
    await buildSiteAssets(temp, hash);
    await buildPracticeBundle(temp);
    await rename(temp, dir).catch(async (error) => {
      if (!existsSync(join(dir, MANIFEST_FILE))) throw error;
    });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  // Older builds of the assets are of no use once the sources moved on.
  for (const name of readdirSync(cache))
    if (name !== hash && !name.includes('.tmp-'))
      await rm(join(cache, name), { recursive: true, force: true });
  return dir;
}

let loaded: Promise<SiteAssets> | undefined;

/** The assets (in `dir` when the caller knows it: a worker thread of the site builder). */
export function loadSiteAssets(known?: string): Promise<SiteAssets> {
  loaded ??= (async () => {
    const dir = known ?? (await siteAssetsDir());
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as AssetManifest;
    const { renderPractice } = (await import(pathToFileURL(join(dir, 'render.js')).href)) as {
      renderPractice: SiteAssets['render'];
    };
    return {
      dir,
      manifest,
      render: renderPractice,
      singleFileScript: readFileSync(join(dir, 'wizard-offline.js'), 'utf8'),
    };
  })();
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}

/** The hash the assets were built from, without loading them (for `ndb start`'s cache key). */
export async function siteAssetsHash(): Promise<string> {
  const dir = await siteAssetsDir();
  return (JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as AssetManifest).hash;
}
