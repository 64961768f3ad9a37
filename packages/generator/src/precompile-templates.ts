// Compiles templates/ into generated modules (src/generated/), so builds never parse
// a template at run time and the site bundles only the Handlebars runtime. Compile options are the
// safety net of every output: strict (a missing field throws), knownHelpersOnly (a fixed helper
// set), and a lint that every value printed in a Markdown template goes through a helper.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { knownHelpers, type TemplateFormat } from './helpers.ts';

export const TEMPLATES_DIR = fileURLToPath(new URL('../../../templates/', import.meta.url));
export const GENERATED_FILE = fileURLToPath(new URL('./generated/templates.ts', import.meta.url));
export const GENERATED_NOTICES_FILE = fileURLToPath(
  new URL('./generated/notice-templates.ts', import.meta.url),
);

export interface TemplateSource {
  /** Path under templates/ without ".hbs", e.g. "plan/01-start-here.md". */
  name: string;
  format: TemplateFormat;
  source: string;
}

export async function readTemplates(dir = TEMPLATES_DIR): Promise<TemplateSource[]> {
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.hbs')).sort();
  return Promise.all(
    files.map(async (file) => {
      const name = relative(dir, join(dir, file))
        .split(sep)
        .join('/')
        .replace(/\.hbs$/, '');
      const format = name.endsWith('.md') ? 'md' : name.endsWith('.txt') ? 'txt' : null;
      if (!format) throw new Error(`templates/${file}: name it *.md.hbs or *.txt.hbs`);
      return { name, format, source: await readFile(join(dir, file), 'utf8') } satisfies TemplateSource;
    }),
  );
}

/** Rejects what strict mode cannot: unescaped output in any template, bare values in Markdown. */
export function lintTemplate(t: TemplateSource): string[] {
  const problems: string[] = [];
  const visitor = new Handlebars.Visitor();
  const where = (node: hbs.AST.Node) => `templates/${t.name}.hbs:${node.loc.start.line}`;
  visitor.MustacheStatement = function (
    this: InstanceType<typeof Handlebars.Visitor>,
    node: hbs.AST.MustacheStatement,
  ) {
    if (!node.escaped) problems.push(`${where(node)}: triple-stash {{{…}}} is not allowed; use a helper`);
    if (t.format === 'md' && node.params.length === 0 && !node.hash) {
      problems.push(`${where(node)}: print values in Markdown through a helper, e.g. {{md …}}`);
    }
    Handlebars.Visitor.prototype.MustacheStatement.call(this, node);
  };
  visitor.PartialStatement = function (
    this: InstanceType<typeof Handlebars.Visitor>,
    node: hbs.AST.PartialStatement,
  ) {
    problems.push(`${where(node)}: partials are not used; the section order lives in plan-sections.ts`);
  };
  visitor.accept(Handlebars.parse(t.source));
  return problems;
}

export function compileTemplate(t: TemplateSource): string {
  return Handlebars.precompile(t.source, {
    strict: true,
    knownHelpers: knownHelpers(t.format),
    knownHelpersOnly: true,
    noEscape: true, // escaping is the helpers' job, per format
    preventIndent: true,
  }) as string;
}

/** sha256 over every template's name and text: the "template version" in each manifest. */
export function templateVersion(templates: TemplateSource[]): string {
  const hash = createHash('sha256');
  for (const t of templates) hash.update(`${t.name}\0${t.source}\0`);
  return hash.digest('hex');
}

const HEADER = [
  '// @ts-nocheck',
  '// GENERATED from templates/ by packages/generator/scripts/precompile.ts: do not edit.',
  '// Regenerate with `pnpm --filter @ndb-kit/generator precompile`; a test fails while it is stale.',
];

const entry = (t: TemplateSource) =>
  `  ${JSON.stringify(t.name)}: { format: ${JSON.stringify(t.format)}, spec: ${compileTemplate(t)} },`;

/**
 * The generated modules' full text by file: notice-templates.ts holds the notices alone (the
 * wizard bundles it with the runtime, without the plan), templates.ts adds the plan to them.
 */
export function generateModules(templates: TemplateSource[]): Map<string, string> {
  const problems = templates.flatMap(lintTemplate);
  if (problems.length > 0) throw new Error(`template lint failed:\n${problems.join('\n')}`);
  const notices = templates.filter((t) => t.name.startsWith('notices/'));
  const others = templates.filter((t) => !t.name.startsWith('notices/'));
  const noticeModule = [...HEADER, `export const NOTICE_TEMPLATES = {`, ...notices.map(entry), '};', ''].join(
    '\n',
  );
  const allModule = [
    ...HEADER,
    "import { NOTICE_TEMPLATES } from './notice-templates.ts';",
    `export const TEMPLATE_VERSION = ${JSON.stringify(templateVersion(templates))};`,
    'export const TEMPLATES = {',
    '  ...NOTICE_TEMPLATES,',
    ...others.map(entry),
    '};',
    '',
  ].join('\n');
  return new Map([
    [GENERATED_NOTICES_FILE, noticeModule],
    [GENERATED_FILE, allModule],
  ]);
}
