// `pnpm bench`: every benchmark in bench/ in turn, each in its own Node process (so one bench's
// warm caches and heap do not colour the next). Arguments are passed through to each, e.g.
// `pnpm -s bench -- --json --runs 5`. With --json the benches' documents are merged into ONE
// `{"figures":[…]}` on stdout (progress and human text on stderr). Exit 1 when any bench fails
// (or, with --json, prints something that is not its document); the others still run.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Figure } from './figures.ts';

const here = dirname(fileURLToPath(import.meta.url));
// Listed, not globbed: figures.ts and wizard-walk.ts are modules, not benches.
const benches = ['engine.ts', 'generate.ts', 'pdf.ts', 'site.ts', 'cli.ts'];
// `pnpm bench -- --json` may hand the `--` on; it is not an argument of ours.
const args = process.argv.slice(2).filter((a) => a !== '--');
const json = args.includes('--json');
const failed: string[] = [];
const figures: Figure[] = [];
for (const file of benches) {
  process.stderr.write(`\n== bench/${file} ${args.join(' ')}\n`);
  const result = spawnSync(process.execPath, [join(here, file), ...args], {
    stdio: ['inherit', json ? 'pipe' : 'inherit', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    failed.push(`${file} (${result.signal ?? `exit ${result.status}`})`);
    continue;
  }
  if (!json) continue;
  try {
    const doc = JSON.parse(result.stdout) as { figures?: unknown };
    if (!Array.isArray(doc.figures)) throw new Error('no "figures" array');
    figures.push(...(doc.figures as Figure[]));
  } catch (error) {
    failed.push(`${file} (stdout is not one {"figures":[…]} document: ${(error as Error).message})`);
  }
}
if (json) process.stdout.write(`${JSON.stringify({ figures })}\n`);
if (failed.length > 0) {
  process.stderr.write(`\nbench: ${failed.length} of ${benches.length} failed: ${failed.join(', ')}\n`);
  process.exitCode = 1;
} else process.stderr.write(`\nbench: ${benches.length} benches ran\n`);
