// `pnpm start`: build the bundled example practice (plan, PDF, notices, calendar and site) into
// out/<id>/ and serve it on http://localhost:4321 (or the next free port). `--no-serve` builds only.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CommandSpec, type OptionDefs, parseCommandArgs, usageError } from '../args.ts';
import type { Io } from '../bin.ts';
import { EXIT } from '../exit-codes.ts';
import { loadSiteBuilder, PACKED, PACKED_SITE_MESSAGE, printSiteWarnings } from './site.ts';
import { OutputError } from '@ndb-kit/generator/output-folder';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const DEFAULT_POLICY = join(REPO, 'policies/harbourside-family-medical.json');

const SPEC = {
  name: 'start',
  usage: ['start [options]'],
  description: `Builds the example practice (policies/harbourside-family-medical.json) into out/ and serves
its plan site locally. Nothing is sent anywhere; press Ctrl+C to stop. What has aged (review
overdue, …) is printed as warnings and shown on the site; it never stops the build.`,
  options: {
    'no-serve': { type: 'boolean', help: 'build only' },
    port: { type: 'string', arg: 'N', help: 'the port to serve on (default 4321, or the next free one)' },
    out: {
      type: 'string',
      arg: 'DIR',
      help: 'output folder (default: out/ in the repository, which ndb start owns)',
    },
    date: {
      type: 'string',
      arg: 'YYYY-MM-DD',
      date: true,
      help: "build date (default: today in the practice's time zone)",
    },
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
  if (PACKED) {
    io.err(`ndb start: ${PACKED_SITE_MESSAGE}`);
    return EXIT.unavailable;
  }
  const outDir = resolve(values.out ?? join(REPO, 'out'));
  const { buildSites, PolicyError } = await loadSiteBuilder();
  io.out('Building the example practice (plan, PDF, notices, calendar and site)…');
  let dir: string;
  try {
    const [site] = await buildSites({
      policies: [DEFAULT_POLICY],
      outDir,
      date: values.date,
      // The default out/ is start's own (git-ignored) folder: a copy an older ndb left without
      // the output marker is taken over; anything in the way is kept as NAME.before-ndb.
      force: values.out === undefined,
      log: (l) => io.err(l),
    });
    if (!site) throw new Error('the site build produced no practice');
    dir = site.dir;
    printSiteWarnings(site.warnings, io);
  } catch (error) {
    if (error instanceof PolicyError || error instanceof OutputError) {
      io.err(`ndb start: ${error.message}`);
      return 2;
    }
    throw error;
  }
  io.out(`Built ${dir}`);
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
