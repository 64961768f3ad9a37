// `pnpm bench`: every benchmark in bench/ in turn, each in its own Node process (so one bench's
// warm caches and heap do not colour the next). Arguments are passed through to each, e.g.
// `pnpm bench --json`. Exit 1 when any bench fails; the others still run.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const self = basename(fileURLToPath(import.meta.url));
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== self && !f.endsWith('.test.ts'))
  .sort();
const args = process.argv.slice(2);
const failed: string[] = [];
for (const file of benches) {
  // Progress goes to stderr so `pnpm -s bench --json` keeps stdout to the benches' own output.
  process.stderr.write(`\n== bench/${file} ${args.join(' ')}\n`);
  const result = spawnSync(process.execPath, [join(here, file), ...args], { stdio: 'inherit' });
  if (result.status !== 0) failed.push(`${file} (${result.signal ?? `exit ${result.status}`})`);
}
if (failed.length > 0) {
  process.stderr.write(`\nbench: ${failed.length} of ${benches.length} failed: ${failed.join(', ')}\n`);
  process.exitCode = 1;
} else process.stderr.write(`\nbench: ${benches.length} benches ran\n`);
