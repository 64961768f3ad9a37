// `pnpm --filter @ndb-kit/generator precompile`: templates/ → src/generated/ (templates.ts and
// notice-templates.ts). `--check` exits 1 if they are out of date (for CI); the test suite checks too.
import { readFile, writeFile } from 'node:fs/promises';
import { generateModules, readTemplates } from '../src/precompile-templates.ts';

let stale = false;
for (const [file, text] of generateModules(await readTemplates())) {
  const current = await readFile(file, 'utf8').catch(() => '');
  if (current === text) continue;
  stale = true;
  if (!process.argv.includes('--check')) {
    await writeFile(file, text);
    process.stdout.write(`wrote ${file}\n`);
  }
}
if (stale && process.argv.includes('--check')) {
  process.stderr.write('src/generated/ is out of date: run `pnpm --filter @ndb-kit/generator precompile`\n');
  process.exitCode = 1;
}
