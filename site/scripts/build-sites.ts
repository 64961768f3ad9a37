// Builds one or many practice sites with a single Astro build:
//   1. policy → generator artifacts → SiteData (in memory; written to the scratch folder);
//   2. one `astro build` renders every practice under /<id>/…;
//   3. dist is split into one self-contained folder per practice: relative asset URLs, the
//      generator's files, the PDF fonts, a versioned service worker and a single-file wizard.
// Steps 2–3 run inside @ndb-kit/generator's output-folder.ts: the site is staged beside --out
// and swapped in whole, keeping files the user added, never touching a folder ndb did not write.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCRIPTS, scriptsIn, unrenderableChars } from '@ndb-kit/pdf';
import { FONT_SPECIFIERS, loadDefaultFonts } from '@ndb-kit/pdf/node-fonts';
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
import { buildSingleFileWizard } from './single-file.ts';
import type { SiteData } from '../src/lib/site-data.ts';
import { type PlanArtifactsLike, toSiteData } from './practice-data.ts';
import { hashInlineScripts } from './csp.ts';
import { serviceWorker } from './service-worker.ts';
import { CJK_FILES, LATIN_FILES, scriptFiles } from '../src/wizard/pdf-fonts.ts';

export const SITE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface BuildSitesOptions {
  policies: string[];
  outDir: string;
  /** YYYY-MM-DD: the plan's build date (drill dates, "built on", warnings). Defaults to today in each practice's time zone. */
  date?: string;
  /** Warnings (review overdue, drills not held, …) fail the build with a PolicyError, for CI. */
  strict?: boolean;
  /** One practice written straight into outDir instead of outDir/<id>/. */
  flat?: boolean;
  /** Also write outDir/index.html: every practice with its status (`ndb site --all`). */
  index?: boolean;
  /** Write into a non-empty folder ndb did not make, or over ndb's files the user changed (nothing is deleted; docs/output-folders.md). */
  force?: boolean;
  log?: (line: string) => void;
  /** For tests only: a crash hook after each step of the output swap. */
  afterStep?: (step: SwapStep) => void | Promise<void>;
  /** For tests only: replaces @ndb-kit/generator. */
  generate?: (policy: PracticePolicy, options: { date: string }) => Promise<PlanArtifactsLike>;
}

export class PolicyError extends Error {
  override name = 'PolicyError';
}

export interface BuiltSite {
  id: string;
  dir: string;
  version: string;
  date: string;
  /** One formatted line per warning (file:line:column /pointer: warning: …). */
  warnings: string[];
}

const FILES_DIR = 'files';

async function generatorBuild(policy: PracticePolicy, options: { date: string }): Promise<PlanArtifactsLike> {
  const generator = (await import('@ndb-kit/generator')) as unknown as {
    buildPractice: (p: PracticePolicy, o: { date: string }) => Promise<PlanArtifactsLike> | PlanArtifactsLike;
  };
  return generator.buildPractice(policy, options);
}

async function writeFiles(files: Map<string, Uint8Array>, dir: string): Promise<void> {
  for (const [path, bytes] of files) {
    checkRelative(path);
    const target = join(dir, ...path.split('/'));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, bytes);
  }
}

async function listFiles(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full, base)));
    else out.push(relative(base, full).split('\\').join('/'));
  }
  return out.sort();
}

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
      throw new PolicyError(`${file} is not a valid practice policy:\n${issues}`);
    }
    if (practices.some((p) => p.id === loaded.policy.id))
      throw new PolicyError(`two policies have the id "${loaded.policy.id}"`);
    const warnings = loaded.warnings.map(formatWarning);
    if (options.strict && warnings.length > 0)
      throw new PolicyError(
        `${file} has ${warnings.length} warning(s) and --strict is on:\n${warnings.map((w) => `  ${w}`).join('\n')}`,
      );
    const artifacts = options.generate
      ? await options.generate(loaded.policy, { date })
      : await generatorBuild(loaded.policy, { date });
    const data = toSiteData(loaded.policy, artifacts, date, FILES_DIR);
    practices.push({
      id: data.id,
      date,
      warnings,
      entry: {
        status: practiceStatus(loaded.policy, loaded.warnings, date),
        banners: data.banners,
        warnings,
      },
      data,
      files: artifacts.files,
    });
    log(`generated ${data.id}`);
  }
  if (options.flat && practices.length !== 1) throw new PolicyError('a flat build takes exactly one policy');

  // 2–3 write one output folder (output-folder.ts: ndb's files only, the user's kept, atomic,
  // locked); all temporary work happens in its scratch folder beside --out, never in /tmp.
  const versions = new Map<string, string>();
  const result = await writeOutputFolder(
    options.outDir,
    async (stage, { scratch, onAbort }) => {
      const staging = join(scratch, 'data');
      const dist = join(scratch, 'dist');
      await mkdir(staging, { recursive: true });
      for (const practice of practices)
        await writeFile(join(staging, `${practice.id}.json`), JSON.stringify(practice.data));

      // One Astro build for all of them, in a child process (see astro-build.ts).
      await new Promise<void>((done, fail) => {
        const child = spawn(process.execPath, [join(SITE_ROOT, 'scripts/astro-build.ts'), dist], {
          cwd: SITE_ROOT,
          env: { ...process.env, NDB_SITE_DATA: staging },
          stdio: ['ignore', 'inherit', 'inherit'],
        });
        onAbort(() => child.kill('SIGTERM'));
        child.on('error', fail);
        child.on('exit', (code) =>
          code === 0 ? done() : fail(new Error(`astro build failed (exit ${code})`)),
        );
      });
      log(`astro built ${practices.length} practice(s)`);

      // Split, rewrite, add the offline pieces.
      const fonts = fontFiles();
      const wizardScript = await buildSingleFileWizard();
      for (const practice of practices) {
        const dir = options.flat ? stage : join(stage, practice.id);
        await cp(join(dist, practice.id), dir, { recursive: true });
        // format: 'file' writes [practice]/index.astro as /<id>.html beside the folder.
        await cp(join(dist, `${practice.id}.html`), join(dir, 'index.html'));
        await cp(join(dist, '_astro'), join(dir, '_astro'), { recursive: true });
        await mkdir(join(dir, 'fonts'), { recursive: true });
        for (const [name, path] of Object.entries(fonts)) await cp(path, join(dir, 'fonts', name));
        await writeFiles(practice.files, join(dir, FILES_DIR));
        for (const file of await listFiles(dir)) {
          if (!file.endsWith('.html')) continue;
          const html = await readFile(join(dir, file), 'utf8');
          await writeFile(
            join(dir, file),
            html.replaceAll('"/_astro/', '"./_astro/').replaceAll(`"/${practice.id}/`, '"./'),
          );
        }
        await writeFile(
          join(dir, 'wizard-offline.html'),
          await singleFileHtml(join(dir, 'wizard.html'), wizardScript),
        );
        await addModulePreloads(dir, 'wizard.html');
        await hashInlineScripts(dir); // the pages' final HTML: their CSP lists their inline scripts
        const files = await listFiles(dir);
        const hash = createHash('sha256');
        for (const f of files) hash.update(f).update(await readFile(join(dir, f)));
        const version = hash.digest('hex').slice(0, 16);
        const fontsKept = new Set((await precachedFonts(practice.data)).map((f) => `fonts/${f}`));
        await writeFile(
          join(dir, 'sw.js'),
          serviceWorker(
            version,
            files.filter((f) => f !== 'wizard-offline.html' && (!f.startsWith('fonts/') || fontsKept.has(f))),
          ),
        );
        versions.set(practice.id, version);
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

/** Lists the entry script's static imports as modulepreload links, so a slow connection fetches
 * them in parallel with the entry instead of one round trip after another. */
async function addModulePreloads(dir: string, page: string): Promise<void> {
  const html = await readFile(join(dir, page), 'utf8');
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script type="module" src="\.\/(_astro\/[^"]+)"/g)].map((m) => m[1]!);
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(join(dir, file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*[^("']*?from\s*"\.\/([^"]+\.js)"/g))
      queue.push(`_astro/${m[1]}`);
  }
  const links = [...seen].map((f) => `<link rel="modulepreload" href="./${f}">`).join('');
  await writeFile(join(dir, page), html.replace('</head>', `${links}</head>`));
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
async function singleFileHtml(wizardHtml: string, script: string): Promise<string> {
  const html = await readFile(wizardHtml, 'utf8');
  const inline = `<script>${script.replaceAll('</script', '<\\/script')}</script>`;
  const withoutModules = html
    .replace(/<script type="module"[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '');
  // Links to other pages point at the hosted site; in the single file they cannot work offline.
  // A function, not a string: the script holds `$'` and `$&` (regular expressions), which a
  // replacement string would expand.
  return withoutModules.replace('</body>', () => `${inline}</body>`);
}
