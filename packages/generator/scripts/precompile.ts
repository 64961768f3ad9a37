// `pnpm --filter @ndb-kit/generator precompile`: templates/ → src/generated/templates.ts.
// `--check` exits 1 if the generated module is out of date (for CI); the test suite checks too.
import { readFile, writeFile } from 'node:fs/promises';
import { GENERATED_FILE, generateModule, readTemplates } from '../src/precompile-templates.ts';

const text = generateModule(await readTemplates());
const current = await readFile(GENERATED_FILE, 'utf8').catch(() => '');
if (process.argv.includes('--check')) {
  if (current !== text) {
    process.stderr.write(
      'src/generated/templates.ts is out of date: run `pnpm --filter @ndb-kit/generator precompile`\n',
    );
    process.exitCode = 1;
  }
} else if (current !== text) {
  await writeFile(GENERATED_FILE, text);
  process.stdout.write(`wrote ${GENERATED_FILE}\n`);
}
