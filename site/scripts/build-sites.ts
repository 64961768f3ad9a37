// Builds one or many practice sites ("render once, stamp per practice"):
//   1. every policy loaded and validated (an invalid one stops the build here, before any disk
//      work, the first in file order);
//   2. the practice-independent assets (client scripts, CSS, the page renderer) come prebuilt
//      (site-assets.ts: inside the npm package, or cached by content in the repository);
//   3. per practice (practice-site.ts): generator artifacts → SiteData → the pages' HTML
//      (src/pages/site-map.tsx) with their CSP hashes, the generator's files, a versioned service
//      worker and a single-file wizard, in memory; in worker threads from
//      MIN_PRACTICES_FOR_THREADS practices on (site-workers.ts), each written here as it comes.
// Under `--all` the assets every practice shares (_astro/ and the fonts a practice does not
// precache) are written once to OUT/_shared/ (docs/hosting.md); `selfContained` puts them into
// each practice folder instead, as a one-practice build always does. Within the output a file
// every practice shares is one copy and hard links to it.
// Steps 2–3 run inside @ndb-kit/generator's output-folder.ts: the site is staged beside --out
// and swapped in whole, keeping files the user added, never touching a folder ndb did not write.
import { copyFileSync, linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Issue, PlanArtifacts } from '@ndb-kit/generator';
import { checkRelative, type SwapStep, writeOutputFolder } from '@ndb-kit/generator/output-folder';
import { buildThreadsNow } from '@ndb-kit/generator/threads';
import type { ScriptName } from '@ndb-kit/pdf';
import { FONT_SPECIFIERS } from '@ndb-kit/pdf/node-fonts';
import type { PracticePolicy } from '@ndb-kit/policy';
import type { PortfolioEntry } from './portfolio-index.ts';
import type { PracticeBuilder, SiteContext } from './practice-site.ts';
import {
  ASSETS_DIR,
  type AssetManifest,
  digest,
  MANIFEST_FILE,
  SHARED_DIR,
  siteAssetsDir,
} from './site-assets.ts';
import { workerThreads } from './site-workers.ts';
import { CJK_FILES, LATIN_FILES, SCRIPT_STEMS, scriptFiles } from '../src/wizard/pdf-fonts.ts';

export { SHARED_DIR };

export const SITE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Set by the bundler in the npm package (packages/cli/scripts/pack.ts). */
const PACKED = process.env.NDB_PACKED === '1';

export interface BuildSitesOptions {
  policies: string[];
  outDir: string;
  /** YYYY-MM-DD: the plan's build date (drill dates, "built on", warnings). Defaults to today in each practice's time zone. */
  date?: string;
  /** Warnings (review overdue, drills not held, …) fail the build with a PolicyInvalidError, for CI. */
  strict?: boolean;
  /** One practice written straight into outDir instead of outDir/<id>/. */
  flat?: boolean;
  /** Also write outDir/index.html: every practice with its status (`ndb site --all`). */
  index?: boolean;
  /** Write into a non-empty folder ndb did not make, or over ndb's files the user changed (nothing is deleted; docs/output-folders.md). */
  force?: boolean;
  /** Files written at the top of the output (name → text), e.g. `ndb start`'s content key. */
  extraFiles?: Map<string, string>;
  /** With `index` (--all): copy the shared assets into every practice folder instead of OUT/_shared/. */
  selfContained?: boolean;
  /**
   * Worker threads building practices (0: all in this thread). Default (defaultWorkers): one per
   * core (at most MAX_THREADS) from MIN_PRACTICES_FOR_THREADS practices on, in the repository,
   * when a core is free of other work (@ndb-kit/generator/threads, the rule `ndb build
   * --all` follows too); the output is the same either way.
   */
  workers?: number;
  log?: (line: string) => void;
  /** For tests only: a crash hook after each step of the output swap. */
  afterStep?: (step: SwapStep) => void | Promise<void>;
  /** For tests only: replaces @ndb-kit/generator (in this thread). */
  generate?: (policy: PracticePolicy, options: { date: string }) => Promise<PlanArtifacts>;
}

export interface BuiltSite {
  id: string;
  dir: string;
  version: string;
  date: string;
  /** One formatted line per warning (file:line:column /pointer: warning: …). */
  warnings: string[];
}

/** Practices requested ahead of the one being written, per worker (bounds the memory held). */
const AHEAD_PER_WORKER = 3;

/** The generator's one "invalid policy" error, made only when one is thrown (its module is large). */
async function policyError(issues: Issue[], message: string): Promise<Error> {
  const { PolicyInvalidError } = await import('@ndb-kit/generator');
  return new PolicyInvalidError(issues, message);
}

export async function buildSites(options: BuildSitesOptions): Promise<BuiltSite[]> {
  const log = options.log ?? (() => {});
  const count = options.policies.length;
  // One after the other, not side by side: on a cache miss siteAssetsDir runs esbuild, a child
  // process that defaultWorkers' watch of the machine would count as other work.
  const workers = options.workers ?? (await defaultWorkers(count, Boolean(options.generate)));
  const assetsDir = await siteAssetsDir();
  const threads = Math.min(workers, count);
  const builder = await practiceBuilder(assetsDir, threads, options.generate);
  try {
    return await buildWith(builder, assetsDir, threads, options, log);
  } finally {
    await builder.close();
  }
}

/**
 * buildThreads' count of workers, beside this thread, which writes (@ndb-kit/generator/threads).
 * Each worker loads the generator and warms up its own JIT: measured on 29 practices, 2 workers
 * cost ~2.5 s more CPU than one thread (10.7 s against 8.1 s), which pays only when a second core
 * is free; with more than cores − 1 cores busy with other work the extra threads only wait for a
 * core (measured: no faster at a load of 10–15 on 2 cores), so the build stays in one thread. The
 * output is the same.
 */
async function defaultWorkers(count: number, generate: boolean): Promise<number> {
  return PACKED || generate ? 0 : buildThreadsNow(count);
}

/**
 * Where practice-site.ts runs: its bundle in the site assets (practice.js, quick to load), in this
 * thread or in worker threads; in the npm package, the CLI bundle's own copy, in this thread.
 */
async function practiceBuilder(
  assetsDir: string,
  workers: number,
  generate: BuildSitesOptions['generate'],
): Promise<PracticeBuilder> {
  if (PACKED) return (await import('./practice-site.ts')).inThisThread(generate);
  const bundle = pathToFileURL(join(assetsDir, 'practice.js'));
  if (workers > 0 && !generate) return workerThreads(bundle, workers);
  return ((await import(bundle.href)) as typeof import('./practice-site.ts')).inThisThread(generate);
}

async function buildWith(
  builder: PracticeBuilder,
  assetsDir: string,
  threads: number,
  options: BuildSitesOptions,
  log: (line: string) => void,
): Promise<BuiltSite[]> {
  // 1. Every policy loaded and validated (in parallel when there are workers): an invalid one
  //    stops the build before any disk work, the first in file order.
  const loaded = await Promise.all(options.policies.map((file, i) => builder.load(i, file, options.date)));
  const practices: { id: string; date: string; warnings: string[]; entry: PortfolioEntry }[] = [];
  for (const [i, file] of options.policies.entries()) {
    const result = loaded[i] as (typeof loaded)[number];
    if (!result.ok) throw await policyError(result.issues, result.message);
    if (practices.some((p) => p.id === result.id))
      throw await policyError([], `two policies have the id "${result.id}"`);
    if (options.strict && result.warnings.length > 0)
      throw await policyError(
        [],
        `${file} has ${result.warnings.length} warning(s) and --strict is on:\n${result.warnings.map((w) => `  ${w}`).join('\n')}`,
      );
    const { id, date, warnings, status } = result;
    practices.push({ id, date, warnings, entry: { status, banners: [], warnings } });
  }
  if (options.flat && practices.length !== 1)
    throw await policyError([], 'a flat build takes exactly one policy');

  // 2. One output folder (output-folder.ts: ndb's files only, the user's kept, atomic, locked);
  //    nothing is written outside the stage. The practices are built ahead of the one being
  //    written (by the workers, in parallel), each written as it comes, in order.
  const manifest = JSON.parse(readFileSync(join(assetsDir, MANIFEST_FILE), 'utf8')) as AssetManifest;
  const shared = Boolean(options.index && !options.flat && !options.selfContained);
  const fonts = fontFiles();
  const context: SiteContext = {
    assetsDir,
    shared,
    // From the manifest (build-site-assets.ts); a file it does not name is hashed here.
    fontDigests: Object.fromEntries(
      Object.entries(fonts).map(([name, path]) => [
        name,
        manifest.digests?.[`fonts/${name}`] ?? fileDigest(path),
      ]),
    ),
    assetDigests: Object.fromEntries(
      manifest.files.map((f) => {
        const file = `${ASSETS_DIR}/${f}`;
        return [f, manifest.digests?.[file] ?? fileDigest(join(assetsDir, file))];
      }),
    ),
  };
  const sourceOf = (file: string) =>
    file.startsWith('fonts/')
      ? (fonts[file.slice('fonts/'.length)] as string)
      : join(assetsDir, ...file.split('/'));
  const versions = new Map<string, string>();
  const result = await writeOutputFolder(
    options.outDir,
    async (stage) => {
      const hashes: Record<string, string> = {};
      const made = new Set<string>();
      const folder = (dir: string) => {
        if (!made.has(dir)) mkdirSync(dir, { recursive: true });
        made.add(dir);
      };
      // Synchronous: the stage is private, and fs/promises' thread-pool round trip per file
      // measured several times the cost of the write itself for these ~40 files per practice.
      const write = (file: string, bytes: string | Uint8Array, hash: string) => {
        checkRelative(file);
        const target = join(stage, ...file.split('/'));
        folder(dirname(target));
        writeFileSync(target, bytes);
        hashes[file] = hash;
      };
      // A file the same for every practice (a font, an _astro/ module): the first copy is copied
      // from its source, the others are hard links to it within the output (or copies where the
      // file system has no links). Copy tools and uploads see ordinary files.
      const firstCopy = new Map<string, string>();
      const place = (file: string, common: string, hash: string) => {
        const target = join(stage, ...file.split('/'));
        folder(dirname(target));
        const first = firstCopy.get(common);
        if (first === undefined || !tryLink(first, target)) copyFileSync(sourceOf(common), target);
        if (first === undefined) firstCopy.set(common, target);
        hashes[file] = hash;
      };
      const ahead = AHEAD_PER_WORKER * Math.max(1, threads);
      const requests: Promise<Awaited<ReturnType<PracticeBuilder['build']>>>[] = [];
      const request = (i: number) => {
        const p = builder.build(i, (practices[i] as (typeof practices)[number]).date, context);
        p.catch(() => {}); // awaited in order below; a failure ahead of that is not "unhandled"
        requests[i] = p;
      };
      // The first practices are asked for before the shared files are placed (the workers start).
      for (let i = 0; i < Math.min(ahead, practices.length); i++) request(i);
      if (shared) {
        for (const f of manifest.files)
          place(`${SHARED_DIR}/${ASSETS_DIR}/${f}`, `${ASSETS_DIR}/${f}`, context.assetDigests[f] as string);
        for (const name of Object.keys(fonts))
          place(`${SHARED_DIR}/fonts/${name}`, `fonts/${name}`, context.fontDigests[name] as string);
      }
      for (const [i, practice] of practices.entries()) {
        const site = await (requests[i] as (typeof requests)[number]);
        delete requests[i];
        if (i + ahead < practices.length) request(i + ahead);
        log(`generated ${site.id}`);
        const prefix = options.flat ? '' : `${site.id}/`;
        for (const [file, bytes] of site.files) write(`${prefix}${file}`, bytes, site.hashes[file] as string);
        for (const file of site.common) place(`${prefix}${file}`, file, site.hashes[file] as string);
        versions.set(site.id, site.version);
        practice.entry.banners = site.banners;
      }
      for (const [name, text] of options.extraFiles ?? []) write(name, text, digest(text));
      // Many practices: an index page with where each one stands (the same status as `ndb status`).
      if (options.index && !options.flat) {
        const { portfolioIndexHtml } = await import('./portfolio-index.ts');
        const html = portfolioIndexHtml(practices.map((p) => p.entry));
        write('index.html', html, digest(html));
      }
      return hashes;
    },
    { tool: 'ndb site', force: options.force, log, afterStep: options.afterStep },
  );
  const built = practices.map((practice) => ({
    id: practice.id,
    dir: options.flat ? result.target : join(result.target, practice.id),
    version: versions.get(practice.id) as string,
    date: practice.date,
    warnings: practice.warnings,
  }));
  for (const site of built) log(`wrote ${site.dir}`);
  if (options.index && !options.flat) log(`wrote ${join(result.target, 'index.html')}`);
  return built;
}

const fileDigest = (path: string) => digest(readFileSync(path));

/** A hard link at `target` to `existing`; false where the file system cannot (then copy). */
function tryLink(existing: string, target: string): boolean {
  try {
    linkSync(existing, target);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'EMLINK', 'EACCES'].includes(code)) return false;
    throw error;
  }
}

/**
 * The PDF fonts the wizard may fetch (src/wizard/pdf-fonts.ts), by file name, resolved through
 * @ndb-kit/pdf's own list (FONT_SPECIFIERS), so the Node and browser PDFs use the same files.
 */
export function fontFiles(): Record<string, string> {
  const pdfRequire = createRequire(join(SITE_ROOT, 'node_modules/@ndb-kit/pdf/package.json'));
  const byName = new Map(FONT_SPECIFIERS.map((spec) => [basename(spec), spec]));
  const scripts = Object.keys(SCRIPT_STEMS) as ScriptName[]; // @ndb-kit/pdf's SCRIPTS, without loading it
  const names = [...LATIN_FILES, ...CJK_FILES, ...scripts.flatMap((s) => scriptFiles(s))];
  return Object.fromEntries(
    names.map((name) => {
      const spec = byName.get(name);
      if (!spec) throw new Error(`site font ${name} is not in @ndb-kit/pdf's FONT_SPECIFIERS`);
      return [name, pdfRequire.resolve(spec)];
    }),
  );
}
