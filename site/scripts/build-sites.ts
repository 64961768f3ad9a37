// Builds one or many practice sites with a single Astro build:
//   1. policy → generator artifacts → SiteData JSON (staged in a temp folder);
//   2. one `astro build` renders every practice under /<id>/…;
//   3. dist is split into one self-contained folder per practice: relative asset URLs, the
//      generator's files, the PDF fonts, a versioned service worker and a single-file wizard.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  formatIssue,
  formatWarning,
  loadPolicy,
  type PracticePolicy,
  practiceStatus,
  practiceToday,
} from '@ndb-kit/policy';
import { type PortfolioEntry, portfolioIndexHtml } from './portfolio-index.ts';
import { buildSingleFileWizard } from './single-file.ts';
import { type PlanArtifactsLike, toSiteData } from './practice-data.ts';
import { hashInlineScripts } from './csp.ts';
import { serviceWorker } from './service-worker.ts';

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
  log?: (line: string) => void;
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

async function generatorBuild(
  policy: PracticePolicy,
  options: { date: string },
): Promise<PlanArtifactsLike & { write: (dir: string) => Promise<void> }> {
  const generator = (await import('@ndb-kit/generator')) as unknown as {
    buildPractice: (p: PracticePolicy, o: { date: string }) => Promise<PlanArtifactsLike> | PlanArtifactsLike;
    writeBuild: (a: PlanArtifactsLike, dir: string) => Promise<unknown>;
  };
  const artifacts = await generator.buildPractice(policy, options);
  return { ...artifacts, write: (dir) => generator.writeBuild(artifacts, dir).then(() => undefined) };
}

async function writeFiles(files: Map<string, Uint8Array>, dir: string): Promise<void> {
  for (const [path, bytes] of files) {
    const target = resolve(dir, path);
    if (!target.startsWith(resolve(dir)))
      throw new Error(`generator file escapes the output folder: ${path}`);
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
  const work = await mkdtemp(join(tmpdir(), 'ndb-site-'));
  const staging = join(work, 'data');
  const dist = join(work, 'dist');
  await mkdir(staging, { recursive: true });
  try {
    // 1. Generator output per practice.
    const practices: {
      id: string;
      date: string;
      warnings: string[];
      entry: PortfolioEntry;
      files: Map<string, Uint8Array>;
      write?: (dir: string) => Promise<void>;
    }[] = [];
    for (const file of options.policies) {
      const date = options.date ?? (await practiceToday(file));
      const loaded = await loadPolicy(file, { today: date });
      if (!loaded.ok) {
        const issues = loaded.issues.map((i) => `  ${formatIssue(i)}`).join('\n');
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
      await writeFile(join(staging, `${data.id}.json`), JSON.stringify(data));
      practices.push({
        id: data.id,
        date,
        warnings,
        entry: {
          status: practiceStatus(loaded.policy, loaded.warnings, date),
          banners: data.banners,
          warnings,
        },
        files: artifacts.files,
        write: 'write' in artifacts ? (artifacts.write as (d: string) => Promise<void>) : undefined,
      });
      log(`generated ${data.id}`);
    }
    if (options.flat && practices.length !== 1)
      throw new PolicyError('a flat build takes exactly one policy');

    // 2. One Astro build for all of them, in a child process (see astro-build.ts).
    await new Promise<void>((done, fail) => {
      const child = spawn(process.execPath, [join(SITE_ROOT, 'scripts/astro-build.ts'), dist], {
        cwd: SITE_ROOT,
        env: { ...process.env, NDB_SITE_DATA: staging },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      child.on('error', fail);
      child.on('exit', (code) =>
        code === 0 ? done() : fail(new Error(`astro build failed (exit ${code})`)),
      );
    });
    log(`astro built ${practices.length} practice(s)`);

    // 3. Split, rewrite, add the offline pieces.
    const fonts = fontFiles();
    const wizardScript = await buildSingleFileWizard();
    const built: BuiltSite[] = [];
    for (const practice of practices) {
      const target = options.flat ? resolve(options.outDir) : resolve(options.outDir, practice.id);
      const temp = `${target}.tmp-${process.pid}`;
      await rm(temp, { recursive: true, force: true });
      await cp(join(dist, practice.id), temp, { recursive: true });
      // format: 'file' writes [practice]/index.astro as /<id>.html beside the folder.
      await cp(join(dist, `${practice.id}.html`), join(temp, 'index.html'));
      await cp(join(dist, '_astro'), join(temp, '_astro'), { recursive: true });
      await mkdir(join(temp, 'fonts'), { recursive: true });
      for (const [name, path] of Object.entries(fonts)) await cp(path, join(temp, 'fonts', name));
      if (practice.write) await practice.write(join(temp, FILES_DIR));
      else await writeFiles(practice.files, join(temp, FILES_DIR));
      for (const file of await listFiles(temp)) {
        if (!file.endsWith('.html')) continue;
        const html = await readFile(join(temp, file), 'utf8');
        await writeFile(
          join(temp, file),
          html.replaceAll('"/_astro/', '"./_astro/').replaceAll(`"/${practice.id}/`, '"./'),
        );
      }
      await writeFile(
        join(temp, 'wizard-offline.html'),
        await singleFileHtml(join(temp, 'wizard.html'), wizardScript),
      );
      await addModulePreloads(temp, 'wizard.html');
      await hashInlineScripts(temp); // the pages' final HTML: their CSP lists their inline scripts
      const files = await listFiles(temp);
      const hash = createHash('sha256');
      for (const f of files) hash.update(f).update(await readFile(join(temp, f)));
      const version = hash.digest('hex').slice(0, 16);
      await writeFile(
        join(temp, 'sw.js'),
        serviceWorker(
          version,
          files.filter((f) => f !== 'wizard-offline.html'),
        ),
      );
      await rm(target, { recursive: true, force: true });
      await mkdir(dirname(target), { recursive: true });
      await rename(temp, target);
      built.push({ id: practice.id, dir: target, version, date: practice.date, warnings: practice.warnings });
      log(`wrote ${target}`);
    }
    // Many practices: an index page with where each one stands (the same status as `ndb status`).
    if (options.index && !options.flat) {
      const index = resolve(options.outDir, 'index.html');
      await writeFile(`${index}.tmp-${process.pid}`, portfolioIndexHtml(practices.map((p) => p.entry)));
      await rename(`${index}.tmp-${process.pid}`, index);
      log(`wrote ${index}`);
    }
    return built;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
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

function fontFiles(): Record<string, string> {
  const pdfRequire = createRequire(join(SITE_ROOT, 'node_modules/@ndb-kit/pdf/package.json'));
  return {
    'NotoSans-Regular.ttf': pdfRequire.resolve(
      '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
    ),
    'NotoSans-Bold.ttf': pdfRequire.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
  };
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
