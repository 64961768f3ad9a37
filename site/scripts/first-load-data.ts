// The wizard's first load carries the questions, not the engine's law tables. The engine's
// question modules (engine/src/questions/*.ts) read two tables while they build QUESTIONS — the printed citations (citations.ts,
// 18 KB with every heading, summary and source) and the information-kind labels (rules/coverage.ts,
// which also holds the coverage rule) — and the question screen prints each citation's heading.
// Code splitting keeps a module whole, so those reads put both modules (~8 KB gzip) into the
// first-load chunk. This Vite plugin (the client build only; render.js and the tests use the
// modules as written) gives the first load only the values read, taken from the engine when the
// assets are built: the same strings, so the same screens; the lazy chunks carry the tables.
import { CITATIONS, type CitationKey, KIND_LABELS, QUESTIONS } from '@ndb-kit/engine';
import { citationHeading } from '../src/wizard/citation-headings.ts';

const QUESTIONS_FILE = /packages[\\/]engine[\\/]src[\\/]questions[\\/][^\\/]+\.ts$/;
const HEADINGS_FILE = /site[\\/]src[\\/]wizard[\\/]citation-headings\.ts$/;
const CITE_IMPORT = "import { cite } from '../citations.ts';";
const KIND_IMPORT = "import { KIND_LABELS } from '../rules/coverage.ts';";
/** Any other way of reaching the two tables would put them back into the first load. */
const OTHER_IMPORT = /from '[^']*\/(citations|rules\/coverage)\.ts'/;

/** A question module with its table imports replaced by the values it reads. */
export function questionsSource(code: string, file: string): string {
  const other = code.split('\n').find((l) => OTHER_IMPORT.test(l) && l !== CITE_IMPORT && l !== KIND_IMPORT);
  if (other)
    throw new Error(`first-load data: ${file} imports the tables as \`${other}\`; update this plugin`);
  const printed: Record<string, string> = {};
  for (const [, key = ''] of code.matchAll(/\bcite\('([^']+)'\)/g)) {
    const citation = CITATIONS[key as CitationKey];
    if (!citation) throw new Error(`first-load data: ${file} cites "${key}", which the engine does not have`);
    printed[key] = citation.cite;
  }
  return code
    .replace(
      CITE_IMPORT,
      () =>
        `const cite = (key: string): string => (${JSON.stringify(printed)} as Record<string, string>)[key]!;`,
    )
    .replace(KIND_IMPORT, () => `const KIND_LABELS = ${JSON.stringify(KIND_LABELS)};`);
}

/** citation-headings.ts as the headings of the questions' citations. */
export function headingsSource(): string {
  const headings = Object.fromEntries(
    QUESTIONS.flatMap((q) => q.citations).map((c) => [c, citationHeading(c)]),
  );
  return `const HEADINGS: Record<string, string> = ${JSON.stringify(headings)};
export function citationHeading(printed: string): string {
  return HEADINGS[printed] ?? '';
}
`;
}

export function firstLoadData() {
  return {
    name: 'ndb-first-load-data',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (QUESTIONS_FILE.test(id)) return { code: questionsSource(code, id), map: null };
      if (HEADINGS_FILE.test(id)) return { code: headingsSource(), map: null };
      return undefined;
    },
  };
}
