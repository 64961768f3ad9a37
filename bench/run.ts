// `pnpm bench`: every benchmark in bench/ in turn, each in its own Node process (so one bench's
// warm caches and heap do not colour the next). Arguments are passed through to each, e.g.
// `pnpm -s bench -- --json --runs 5`. Each bench runs with --json (its progress and human text go
// to stderr, so they still show as it runs); their documents are merged, and printed at the end
// as ONE `{"figures":[…]}` on stdout with --json, else as one table of every figure beside its
// target, met or not. Exit 1 when any bench fails (or prints something that is not its
// document); the others still run.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Figure, summary } from './figures.ts';

const here = dirname(fileURLToPath(import.meta.url));
// Listed, not globbed: figures.ts and wizard-walk.ts are modules, not benches.
const benches = ['engine.ts', 'generate.ts', 'pdf.ts', 'site.ts', 'cli.ts'];
// `pnpm bench -- --json` may hand the `--` on; it is not an argument of ours.
const args = process.argv.slice(2).filter((a) => a !== '--');
const json = args.includes('--json');
const childArgs = json ? args : [...args, '--json'];
const failed: string[] = [];
const figures: Figure[] = [];
for (const file of benches) {
  process.stderr.write(`\n== bench/${file} ${args.join(' ')}\n`);
  const result = spawnSync(process.execPath, [join(here, file), ...childArgs], {
    stdio: ['inherit', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    failed.push(`${file} (${result.signal ?? `exit ${result.status}`})`);
    continue;
  }
  try {
    const doc = JSON.parse(result.stdout) as { figures?: unknown };
    if (!Array.isArray(doc.figures)) throw new Error('no "figures" array');
    figures.push(...(doc.figures as Figure[]));
  } catch (error) {
    failed.push(`${file} (stdout is not one {"figures":[…]} document: ${(error as Error).message})`);
  }
}
if (json) process.stdout.write(`${JSON.stringify({ figures })}\n`);
else process.stdout.write(`\n${summary(figures)}\n`);
if (failed.length > 0) {
  process.stderr.write(`\nbench: ${failed.length} of ${benches.length} failed: ${failed.join(', ')}\n`);
  process.exitCode = 1;
} else process.stderr.write(`\nbench: ${benches.length} benches ran\n`);
