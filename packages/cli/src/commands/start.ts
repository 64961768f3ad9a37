// `ndb start [POLICY]`: build a practice (default: the bundled example) — plan, PDF, notices,
// calendar and site — and serve it on http://localhost:4321 (or the next free port).
// `--no-serve` builds only. A second start with nothing changed serves the last build at once:
// the build is keyed by content (START_STAMP: the policy's bytes, the build date, the ndb version
// and the site assets' hash), written into the output folder with it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pkg from '../../package.json' with { type: 'json' };
import { type CommandSpec, type OptionDefs, parseCommandArgs, usageError } from '../args.ts';
import type { Io } from '../bin.ts';
import { isPolicyInvalid, loadSiteBuilder, printSiteWarnings } from './site.ts';
import { OutputError } from '@ndb-kit/generator/output-folder';

/** Set by the bundler in the npm package (packages/cli/scripts/pack.ts). */
const PACKED = process.env.NDB_PACKED === '1';
const HERE = dirname(fileURLToPath(import.meta.url));
// The repository root, or in the npm package the package root (it carries policies/ too).
const ROOT = PACKED ? resolve(HERE, '..') : resolve(HERE, '../../../..');
export const DEFAULT_POLICY = join(ROOT, 'policies/harbourside-family-medical.json');
/** Hidden (never served), listed in the output marker like every file ndb writes. */
export const START_STAMP = '.ndb-start.json';

/** Where `ndb start` builds by default: out/ in the repository; a cache folder of its own for the package. */
function defaultOut(): string {
  if (!PACKED) return join(ROOT, 'out');
  const cache = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(cache, 'ndb-kit', 'start');
}

const SPEC = {
  name: 'start',
  usage: ['start [POLICY] [options]'],
  description: `Builds a practice (default: the example, policies/harbourside-family-medical.json) and
serves its plan site locally. Nothing is sent anywhere; press Ctrl+C to stop. What has aged (review
overdue, …) is printed as warnings and shown on the site; it never stops the build. When nothing
changed since the last start (policy, date, ndb and its site assets), the last build is served.`,
  options: {
    'no-serve': { type: 'boolean', help: 'build only' },
    port: { type: 'string', arg: 'N', help: 'the port to serve on (default 4321, or the next free one)' },
    out: {
      type: 'string',
      arg: 'DIR',
      help: `output folder (default: out/ in the repository, or ~/.cache/ndb-kit/start for the npm
package; ndb start owns that folder)`,
    },
    date: {
      type: 'string',
      arg: 'YYYY-MM-DD',
      date: true,
      help: "build date (default: today in the practice's time zone)",
    },
    rebuild: { type: 'boolean', help: 'build even when nothing changed since the last start' },
  },
} as const satisfies CommandSpec<OptionDefs>;

export async function run(args: string[], stdio: Io): Promise<number> {
  const parsed = parseCommandArgs(SPEC, args, stdio);
  if (typeof parsed === 'number') return parsed;
  const { io } = parsed;
  const { values } = parsed;
  const port = values.port === undefined ? 4321 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return usageError(SPEC, io, '--port must be a number from 0 to 65535');
  if (parsed.positionals.length > 1) return usageError(SPEC, io, 'give at most one POLICY file');
  const policy = resolve(parsed.positionals[0] ?? DEFAULT_POLICY);
  const outDir = resolve(values.out ?? defaultOut());
  let dir = outDir;

  const policyBytes = (() => {
    try {
      return readFileSync(policy);
    } catch {
      return null;
    }
  })();
  if (!policyBytes) {
    io.err(`ndb start: cannot read ${policy}`);
    return 2;
  }
  const { practiceToday } = await import('@ndb-kit/policy');
  const date = values.date ?? (await practiceToday(policy).catch(() => undefined));
  const { siteAssetsHash } = await import('../../../../site/scripts/site-assets.ts');
  const key = createHash('sha256')
    .update(JSON.stringify({ ndb: pkg.version, assets: await siteAssetsHash(), date }))
    .update(policyBytes)
    .digest('hex');

  if (!values.rebuild && date && isCurrent(outDir, key)) {
    io.out(`Nothing changed since the last build: serving ${outDir} (--rebuild to build again)`);
  } else {
    const { buildSites } = await loadSiteBuilder();
    io.out('Building the practice (plan, PDF, notices, calendar and site)…');
    try {
      const [site] = await buildSites({
        policies: [policy],
        outDir,
        date,
        flat: true,
        // The default folder is start's own (git-ignored in the repository): a copy an older ndb
        // left without the output marker is taken over; anything in the way is kept as NAME.before-ndb.
        force: values.out === undefined,
        extraFiles: new Map([[START_STAMP, `${JSON.stringify({ key })}\n`]]),
        log: (l) => io.err(l),
      });
      if (!site) throw new Error('the site build produced no practice');
      dir = site.dir;
      printSiteWarnings(site.warnings, io);
    } catch (error) {
      if (error instanceof OutputError || (await isPolicyInvalid(error))) {
        io.err(`ndb start: ${(error as Error).message}`);
        return 2;
      }
      throw error;
    }
    io.out(`Built ${dir}`);
  }
  if (values['no-serve']) return 0;

  const { createStaticServer, listen } = await import('../../../../site/scripts/serve.ts');
  const server = createStaticServer(dir);
  const used = await listen(server, port, '127.0.0.1');
  io.out(`Serving the plan site at http://localhost:${used}/  (Ctrl+C to stop)`);
  await new Promise<void>((done) => {
    const stop = () => server.close(() => done());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

/** The last build in `dir` had this key and every file ndb wrote there is still present. */
function isCurrent(dir: string, key: string): boolean {
  try {
    const stamp = JSON.parse(readFileSync(join(dir, START_STAMP), 'utf8')) as { key?: string };
    if (stamp.key !== key) return false;
    const marker = JSON.parse(readFileSync(join(dir, '.ndb-output.json'), 'utf8')) as {
      files?: Record<string, string>;
    };
    const files = Object.keys(marker.files ?? {});
    return files.includes(START_STAMP) && files.every((f) => existsSync(join(dir, f)));
  } catch {
    return false;
  }
}
