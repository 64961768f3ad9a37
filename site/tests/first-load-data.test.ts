// The client build swaps the engine's table imports in its question modules (engine/src/questions/),
// and citation-headings.ts, for
// values taken at build time (scripts/first-load-data.ts). The swapped modules must give exactly
// what the originals give, or the wizard's screens would differ from the engine's questions.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { citationFor, QUESTIONS } from '@ndb-kit/engine';
import { describe, expect, it } from 'vitest';
import { headingsSource, questionsSource } from '../scripts/first-load-data.ts';

const ENGINE_SRC = resolve(import.meta.dirname, '../../packages/engine/src');
const QUESTIONS_DIR = join(ENGINE_SRC, 'questions');

/** Writes TypeScript to a temporary file, relative imports pointing into the engine, and loads it. */
async function load(code: string, dir = ENGINE_SRC): Promise<Record<string, unknown>> {
  const abs = code.replace(
    /from '(\.\.?\/[^']+)'/g,
    (_, f) => `from '${pathToFileURL(resolve(dir, f)).href}'`,
  );
  const file = join(mkdtempSync(join(tmpdir(), 'ndb-first-load-')), 'module.ts');
  writeFileSync(file, abs);
  return import(pathToFileURL(file).href);
}

describe('first-load data', () => {
  const modules = readdirSync(QUESTIONS_DIR)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => ({ file: f, source: readFileSync(join(QUESTIONS_DIR, f), 'utf8') }));
  const harm = modules.find((m) => m.file === 'harm.ts')?.source ?? '';

  it('gives the question modules without the citations and coverage modules, same questions', async () => {
    const swappedAny = modules.filter((m) => /citations\.ts|coverage\.ts/.test(m.source));
    expect(swappedAny.length).toBeGreaterThanOrEqual(2);
    for (const { file, source } of swappedAny) {
      const swapped = questionsSource(source, file);
      expect(swapped).not.toContain("from '../citations.ts'");
      expect(swapped).not.toContain("from '../rules/coverage.ts'");
      const original = await import(pathToFileURL(join(QUESTIONS_DIR, file)).href);
      const mod = await load(swapped, QUESTIONS_DIR);
      expect(Object.keys(mod).length).toBeGreaterThan(0);
      for (const name of Object.keys(original)) expect(mod[name], `${file} ${name}`).toEqual(original[name]);
    }
  });

  it('gives every question citation its heading from the engine', async () => {
    const mod = (await load(headingsSource())) as { citationHeading: (c: string) => string };
    const cited = QUESTIONS.flatMap((q) => q.citations);
    expect(cited.length).toBeGreaterThan(10);
    for (const c of cited) expect(mod.citationHeading(c)).toBe(citationFor(c)?.heading);
  });

  it('stops the build when a question module reaches the tables another way', () => {
    const changed = harm.replace(
      "import { cite } from '../citations.ts';",
      "import { cite, CITATIONS } from '../citations.ts';",
    );
    expect(changed).not.toBe(harm);
    expect(() => questionsSource(changed, 'harm.ts')).toThrow(/imports the tables as/);
    expect(() => questionsSource(`${harm}\nconst x = cite('s99Z');`, 'harm.ts')).toThrow(/cites "s99Z"/);
  });
});
