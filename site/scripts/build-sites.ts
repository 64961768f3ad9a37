// Builds one or many practice sites ("render once, stamp per practice"):
//   1. policy → generator artifacts (with the one view model) → SiteData (the generator's
//      `siteData`, a projection of that model), in memory (an invalid policy stops here);
//   2. the practice-independent assets (client scripts, CSS, the page renderer) come prebuilt
//      (site-assets.ts: inside the npm package, or cached by content in the repository);
//   3. per practice, the pages are rendered to HTML (src/pages/site-map.tsx) and written with the
//      generator's files, the PDF fonts, the CSP hashes, a versioned service worker and a
//      single-file wizard.
// Under `--all` the assets every practice shares (_astro/ and the fonts a practice does not
// precache) are written once to OUT/_shared/ (docs/hosting.md); `selfContained` copies them into
// each practice folder instead, as a one-practice build always does.
// Steps 2–3 run inside @ndb-kit/generator's output-folder.ts: the site is staged beside --out
// and swapped in whole, keeping files the user added, never touching a folder ndb did not write.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCRIPTS, scriptsIn, unrenderableChars } from '@ndb-kit/pdf';
import { FONT_SPECIFIERS, loadDefaultFonts } from '@ndb-kit/pdf/node-fonts';
import {
  buildPractice,
  type PlanArtifacts,
  PolicyInvalidError,
  type SiteData,
  siteData,
} from '@ndb-kit/generator';
import { checkRelative, type SwapStep, writeOutputFolder } from '@ndb-kit/generator/output-folder';
import {
  formatIssues,
  formatWarning,
  loadPolicy,
  type PracticePolicy,
  practiceStatus,
  practiceToday,
} from '@ndb-kit/policy';
import { type PortfolioEntry, portfolioIndexHtml } from './portfolio-index.ts';
import { withScriptHashes } from './csp.ts';
import { serviceWorker } from './service-worker.ts';
import { type SiteAssets, loadSiteAssets } from './site-assets.ts';
import { CJK_FILES, LATIN_FILES, scriptFiles } from '../src/wizard/pdf-fonts.ts';

export const SITE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

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
  log?: (line: string) => void;
  /** For tests only: a crash hook after each step of the output swap. */
  afterStep?: (step: SwapStep) => void | Promise<void>;
  /** For tests only: replaces @ndb-kit/generator. */
  generate?: (policy: PracticePolicy, options: { date: string }) => Promise<PlanArtifacts>;
}

/** The generator's one "invalid policy" error, under the name the CLI's `site` and `start` catch. */
export { PolicyInvalidError as PolicyError };

export interface BuiltSite {
  id: string;
  dir: string;
  version: string;
  date: string;
  /** One formatted line per warning (file:line:column /pointer: warning: …). */
  warnings: string[];
}

const FILES_DIR = 'files';

export async function buildSites(options: BuildSitesOptions): Promise<BuiltSite[]> {
  const log = options.log ?? (() => {});
  // 1. Generator output per practice, in memory: an invalid policy stops here, before any disk work.
  const practices: {
    id: string;
    date: string;
    warnings: string[];
    entry: PortfolioEntry;
    data: SiteData;
    files: Map<string, Uint8Array>;
  }[] = [];
  for (const file of options.policies) {
    const date = options.date ?? (await practiceToday(file));
    const loaded = await loadPolicy(file, { today: date });
    if (!loaded.ok) {
      const issues = formatIssues(loaded.issues, '  ').join('\n');
      throw new PolicyInvalidError(loaded.issues, `${file} is not a valid practice policy:\n${issues}`);
    }
    if (practices.some((p) => p.id === loaded.policy.id))
      throw new PolicyInvalidError([], `two policies have the id "${loaded.policy.id}"`);
    const warnings = loaded.warnings.map(formatWarning);
    if (options.strict && warnings.length > 0)
      throw new PolicyInvalidError(
        [],
        `${file} has ${warnings.length} warning(s) and --strict is on:\n${warnings.map((w) => `  ${w}`).join('\n')}`,
      );
    const artifacts = await (options.generate ?? buildPractice)(loaded.policy, { date });
    const data = siteData(artifacts, FILES_DIR);
    practices.push({
      id: data.model.practice.id,
      date,
      warnings,
      entry: {
        status: practiceStatus(loaded.policy, loaded.warnings, date),
        banners: data.model.banners,
        warnings,
      },
      data,
      files: artifacts.files,
    });
    log(`generated ${data.model.practice.id}`);
  }
  if (options.flat && practices.length !== 1)
    throw new PolicyInvalidError([], 'a flat build takes exactly one policy');

  // 2–3 write one output folder (output-folder.ts: ndb's files only, the user's kept, atomic,
  // locked); nothing is written outside the stage.
  const assets = await loadSiteAssets();
  const shared = Boolean(options.index && !options.flat && !options.selfContained);
  const fonts = fontFiles();
  const digests = new FileDigests();
  const versions = new Map<string, string>();
  const result = await writeOutputFolder(
    options.outDir,
    async (stage) => {
      if (shared) {
        await copyAssets(assets, join(stage, SHARED_DIR));
        await copyFonts(fonts, Object.keys(fonts), join(stage, SHARED_DIR));
      }
      for (const practice of practices) {
        const dir = options.flat ? stage : join(stage, practice.id);
        const written = new Map<string, string>(); // file → SHA-256 of its bytes
        const put = async (file: string, bytes: string | Uint8Array) => {
          const target = join(dir, ...file.split('/'));
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, bytes);
          written.set(file, digest(bytes));
        };
        const base = shared ? `../${SHARED_DIR}/${ASSETS_DIR}/` : `./${ASSETS_DIR}/`;
        const pages = assets.render(practice.data, { base, ...assets.manifest });
        for (const [file, html] of pages) {
          const page = withScriptHashes(html); // the page's final HTML: its CSP lists its inline scripts
          await put(file, page);
          if (file === 'wizard.html')
            await put('wizard-offline.html', singleFileHtml(page, assets.singleFileScript));
        }
        for (const [path, bytes] of practice.files) {
          checkRelative(path);
          await put(`${FILES_DIR}/${path}`, bytes);
        }
        // The PDF fonts. Alone, the folder has them all. Under --all it has the Latin pair (the
        // record PDF always needs it, with or without the service worker) and the service worker
        // fetches and precaches the practice's other scripts from ../_shared/fonts/.
        const kept = await precachedFonts(practice.data);
        const own = shared ? [...LATIN_FILES] : Object.keys(fonts);
        await copyFonts(fonts, own, dir);
        for (const name of own) written.set(`fonts/${name}`, await digests.of(fonts[name] as string));
        const assetFiles = assets.manifest.files.map((f) => `${ASSETS_DIR}/${f}`);
        if (!shared) await copyAssets(assets, dir);
        for (const f of assetFiles)
          written.set(shared ? `../${SHARED_DIR}/${f}` : f, await digests.of(join(assets.dir, f)));
        const precached = kept.map((f) => (own.includes(f) ? `fonts/${f}` : `../${SHARED_DIR}/fonts/${f}`));
        for (const f of precached)
          if (!written.has(f)) written.set(f, await digests.of(fonts[basename(f)] as string));
        // The build's version: every file it serves, by name and content.
        const files = [...written.keys()].sort();
        const hash = createHash('sha256');
        for (const f of files) hash.update(`${f}\0${written.get(f)}\n`);
        const version = hash.digest('hex').slice(0, 16);
        await put(
          'sw.js',
          serviceWorker(
            version,
            files.filter(
              (f) => f !== 'wizard-offline.html' && (!/(^|\/)fonts\//.test(f) || precached.includes(f)),
            ),
            shared ? { fontFallback: `../${SHARED_DIR}/fonts/` } : {},
          ),
        );
        versions.set(practice.id, version);
      }
      for (const [name, text] of options.extraFiles ?? []) {
        checkRelative(name);
        await writeFile(join(stage, name), text);
      }
      // Many practices: an index page with where each one stands (the same status as `ndb status`).
      if (options.index && !options.flat)
        await writeFile(join(stage, 'index.html'), portfolioIndexHtml(practices.map((p) => p.entry)));
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

/** Under --all, OUT/_shared/ holds one copy of what every practice uses (docs/hosting.md). */
export const SHARED_DIR = '_shared';
/** The client modules' folder (content-hashed names; servers cache it as immutable). */
const ASSETS_DIR = '_astro';

const digest = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** SHA-256 of files that are the same for every practice (fonts, _astro/), each read once. */
class FileDigests {
  #known = new Map<string, Promise<string>>();
  of(path: string): Promise<string> {
    let d = this.#known.get(path);
    if (!d) {
      d = readFile(path).then(digest);
      this.#known.set(path, d);
    }
    return d;
  }
}

async function copyAssets(assets: SiteAssets, dir: string): Promise<void> {
  await mkdir(join(dir, ASSETS_DIR), { recursive: true });
  for (const f of assets.manifest.files)
    await copyFile(join(assets.dir, ASSETS_DIR, f), join(dir, ASSETS_DIR, f));
}

async function copyFonts(fonts: Record<string, string>, names: string[], dir: string): Promise<void> {
  await mkdir(join(dir, 'fonts'), { recursive: true });
  for (const name of names) await copyFile(fonts[name] as string, join(dir, 'fonts', name));
}

/**
 * The PDF fonts the wizard may fetch (src/wizard/pdf-fonts.ts), by file name, resolved through
 * @ndb-kit/pdf's own list (FONT_SPECIFIERS), so the Node and browser PDFs use the same files.
 */
function fontFiles(): Record<string, string> {
  const pdfRequire = createRequire(join(SITE_ROOT, 'node_modules/@ndb-kit/pdf/package.json'));
  const byName = new Map(FONT_SPECIFIERS.map((spec) => [basename(spec), spec]));
  const names = [...LATIN_FILES, ...CJK_FILES, ...SCRIPTS.flatMap((s) => scriptFiles(s))];
  return Object.fromEntries(
    names.map((name) => {
      const spec = byName.get(name);
      if (!spec) throw new Error(`site font ${name} is not in @ndb-kit/pdf's FONT_SPECIFIERS`);
      return [name, pdfRequire.resolve(spec)];
    }),
  );
}

/**
 * The font files the service worker precaches: Latin always, plus the fonts of the scripts in the
 * practice's own data (its people's names and the rest), so a record PDF works offline for what
 * the practice wrote. The others (the CJK pair is ~10 MB each) are fetched when a record needs them.
 */
async function precachedFonts(data: SiteData): Promise<string[]> {
  const text = JSON.stringify(data);
  const { regular, bold } = await loadDefaultFonts();
  const missing = await unrenderableChars(text, { regular, bold });
  const cjk = missing.some((ch) => scriptsIn(ch).length === 0);
  return [...LATIN_FILES, ...(cjk ? CJK_FILES : []), ...scriptsIn(text).flatMap((s) => scriptFiles(s))];
}

/** The wizard page with its module script replaced by one inline classic script: works from file://. */
function singleFileHtml(html: string, script: string): string {
  const inline = `<script>${script.replaceAll('</script', '<\\/script')}</script>`;
  const withoutModules = html
    .replace(/<script type="module"[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '');
  // Links to other pages point at the hosted site; in the single file they cannot work offline.
  // A function, not a string: the script holds `$'` and `$&` (regular expressions), which a
  // replacement string would expand. The inline script's hash joins the page's CSP.
  return withScriptHashes(withoutModules.replace('</body>', () => `${inline}</body>`));
}
