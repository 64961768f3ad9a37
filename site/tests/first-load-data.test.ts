// The client build swaps the engine's table imports in questions.ts, and citation-headings.ts, for
// values taken at build time (scripts/first-load-data.ts). The swapped modules must give exactly
// what the originals give, or the wizard's screens would differ from the engine's questions.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { citationFor, QUESTIONS } from '@ndb-kit/engine';
import { describe, expect, it } from 'vitest';
import { headingsSource, questionsSource } from '../scripts/first-load-data.ts';

const ENGINE_SRC = resolve(import.meta.dirname, '../../packages/engine/src');

/** Writes TypeScript to a temporary file, relative imports pointing into the engine, and loads it. */
async function load(code: string): Promise<Record<string, unknown>> {
  const abs = code.replace(
    /from '\.\/([^']+)'/g,
    (_, f) => `from '${pathToFileURL(join(ENGINE_SRC, f)).href}'`,
  );
  const file = join(mkdtempSync(join(tmpdir(), 'ndb-first-load-')), 'module.ts');
  writeFileSync(file, abs);
  return import(pathToFileURL(file).href);
}

describe('first-load data', () => {
  const source = readFileSync(join(ENGINE_SRC, 'questions.ts'), 'utf8');

  it('gives questions.ts without the citations and coverage modules, same questions', async () => {
    const swapped = questionsSource(source, 'questions.ts');
    expect(swapped).not.toContain("from './citations.ts'");
    expect(swapped).not.toContain("from './rules/coverage.ts'");
    const mod = await load(swapped);
    expect(mod.QUESTIONS).toEqual(QUESTIONS);
  });

  it('gives every question citation its heading from the engine', async () => {
    const mod = (await load(headingsSource())) as { citationHeading: (c: string) => string };
    const cited = QUESTIONS.flatMap((q) => q.citations);
    expect(cited.length).toBeGreaterThan(10);
    for (const c of cited) expect(mod.citationHeading(c)).toBe(citationFor(c)?.heading);
  });

  it('stops the build when questions.ts changed the imports it swaps', () => {
    const changed = source.replace(
      "import { cite } from './citations.ts';",
      "import { cite } from './cite.ts';",
    );
    expect(() => questionsSource(changed, 'questions.ts')).toThrow(/no longer has `import \{ cite \}/);
    expect(() => questionsSource(`${source}\nconst x = cite('s99Z');`, 'questions.ts')).toThrow(
      /cites "s99Z"/,
    );
  });
});
