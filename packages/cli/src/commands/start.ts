// `pnpm start`: build the bundled example practice (plan, PDF, notices, calendar and site) into
// out/<id>/ and serve it on http://localhost:4321 (or the next free port). `--no-serve` builds only.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCommandArgs } from '../args.ts';
import type { Io } from '../bin.ts';
import { isRealDate } from '@ndb-kit/validation';
import { OutputError } from '@ndb-kit/generator/output-folder';
import { loadSiteBuilder, printSiteWarnings } from './site.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const DEFAULT_POLICY = join(REPO, 'policies/harbourside-family-medical.json');

const HELP = `Usage: ndb start [--no-serve] [--port N] [--out DIR] [--date YYYY-MM-DD]

Builds the example practice (policies/harbourside-family-medical.json) into out/ and serves
its plan site locally. Nothing is sent anywhere; press Ctrl+C to stop. What has aged (review
overdue, …) is printed as warnings and shown on the site; it never stops the build.

  --date YYYY-MM-DD  build date (default: today in the practice's time zone)`;

const OPTIONS = {
  'no-serve': { type: 'boolean' },
  port: { type: 'string' },
  out: { type: 'string' },
  date: { type: 'string' },
} as const;

export async function run(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs('start', args, OPTIONS, HELP, io);
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const port = values.port === undefined ? 4321 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.err('ndb start: --port must be a number from 0 to 65535');
    return 2;
  }
  if (values.date !== undefined && !isRealDate(values.date)) {
    io.err(`ndb start: --date must be a real date YYYY-MM-DD (got ${JSON.stringify(values.date)})`);
    return 2;
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
