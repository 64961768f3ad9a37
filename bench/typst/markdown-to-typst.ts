/**
 * Bench only: the plan's Markdown (what `buildPractice` returns as `planMarkdown`) as Typst markup,
 * so Typst can typeset the same plan our PDF writer does (bench/pdf.ts `pdf.vsTypst`,
 * `cli.coldBuildVsTypst`). The Markdown is parsed by the generator's own parser and mapped to the
 * same blocks plan.pdf is drawn from (`planPdfInput`): title block, contents, one page per
 * top-level section, running header and "Page N of M" footer, A4 with our margins, Noto Sans with
 * Noto Sans SC as the fallback (the font files of FONT_SPECIFIERS, passed to Typst as blobs).
 * Not a faithful re-creation of our look: close enough that both sides set the same words in the
 * same fonts on about the same number of pages.
 */
import { createRequire } from 'node:module';
import { parseMarkdown } from '../../packages/generator/src/markdown.ts';
import { planPdfInput } from '../../packages/generator/src/plan-pdf.ts';
import type { ViewModel } from '../../packages/generator/src/view-model/index.ts';
import type { Block, Inline, PdfInput } from '../../packages/pdf/src/index.ts';
import { FONT_SPECIFIERS } from '../../packages/pdf/src/node-fonts.ts';

// The fonts are dependencies of @ndb-kit/pdf: resolve them from there.
const require = createRequire(new URL('../../packages/pdf/package.json', import.meta.url));

/**
 * Files of the fonts Typst gets: the ones our renderer reads for a plan in Latin and Chinese
 * (Noto Sans regular, bold, italic, bold italic; Noto Sans SC regular and bold).
 */
export function typstFontFiles(): string[] {
  return FONT_SPECIFIERS.filter((s) => /\/noto-sans(-sc)?\//.test(s)).map((s) => require.resolve(s));
}

/** Text as Typst markup: every ASCII symbol escaped, so nothing in it is syntax. */
export function escapeMarkup(text: string): string {
  return text.replace(/[\\#*_`$<>@[\]~=\-+/'".:;(){}|!?&%^,]/g, '\\$&').replace(/\n/g, ' ');
}

/** A Typst string literal. */
const str = (s: string): string => `"${s.replace(/[\\"]/g, '\\$&')}"`;

function inlines(runs: readonly Inline[]): string {
  return runs
    .map((r) => {
      let t = r.code ? `#raw(${str(r.text)})` : escapeMarkup(r.text);
      // Emphasis as function calls, so a run that starts or ends with a space still works.
      if (r.italic) t = `#emph[${t}]`;
      if (r.bold) t = `#strong[${t}]`;
      if (r.href) t = `#link(${str(r.href)})[${t}]`;
      return t;
    })
    .join('');
}

function block(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `${'='.repeat(b.level)} ${escapeMarkup(b.text)}\n`;
    case 'paragraph':
      return `${inlines(b.inlines)}\n`;
    case 'list': {
      const marker = b.ordered ? '+' : '-';
      // An item's blocks, the lines after its first indented under the marker (nesting recurses).
      return b.items
        .map((item) => {
          const [first = '', ...rest] = item.map(block).join('\n').trimEnd().split('\n');
          return `${marker} ${first}\n${rest.map((l) => (l ? `  ${l}\n` : '\n')).join('')}`;
        })
        .join('');
    }
    case 'table': {
      const cols = Math.max(b.header.length, ...b.rows.map((r) => r.length));
      const cell = (c: Inline[] | undefined) => `[${inlines(c ?? [])}]`;
      const head = b.header.length
        ? `table.header(${Array.from({ length: cols }, (_, i) => cell(b.header[i])).join(', ')}),`
        : '';
      const rows = b.rows
        .map((r) => Array.from({ length: cols }, (_, i) => cell(r[i])).join(', '))
        .join(',\n  ');
      return `#table(columns: ${cols}, inset: (x: 5pt, y: 4pt), stroke: 0.6pt + rgb("#b6bec9"), fill: (_, y) => if y == 0 { rgb("#e8eef5") } else if calc.even(y) { rgb("#f6f8fa") },\n  ${head}\n  ${rows})\n`;
    }
    case 'callout': {
      const [bg, bar] = b.tone === 'warning' ? ['#fff4dc', '#c47a00'] : ['#eaf2fb', '#2a6bb0'];
      const body = b.blocks.map(block).join('\n');
      return `#block(width: 100%, inset: 9pt, fill: rgb("${bg}"), stroke: (left: 3pt + rgb("${bar}")))[\n${body}]\n`;
    }
    case 'code':
      return `#block(width: 100%, inset: 7pt, fill: rgb("#f3f4f6"), stroke: 0.6pt + rgb("#d9dde3"), raw(${str(b.text)}, block: true))\n`;
    case 'rule':
      return '#line(length: 100%, stroke: 0.75pt + rgb("#c4cbd4"))\n';
    case 'pageBreak':
      return '#pagebreak(weak: true)\n';
    default:
      return '';
  }
}

/** The PDF input of a plan as a Typst document. */
export function pdfInputToTypst(input: PdfInput): string {
  const head = [
    `#set document(title: ${str(input.title)}, author: ${str(input.author ?? '')}, date: none)`,
    `#set page(paper: "a4", margin: (x: 56pt, top: 62pt, bottom: 58pt),`,
    `  header: context { if counter(page).get().first() > 1 [#set text(8pt, fill: rgb("#5b6470")); ${escapeMarkup(input.header)} #v(-4pt) #line(length: 100%, stroke: 0.5pt + rgb("#c4cbd4"))] },`,
    `  footer: context [#line(length: 100%, stroke: 0.5pt + rgb("#c4cbd4")) #v(-4pt) #set text(8pt, fill: rgb("#5b6470")); ${escapeMarkup(input.footer ?? '')} #h(1fr) Page #counter(page).display() of #counter(page).final().first()])`,
    `#set text(font: ("Noto Sans", "Noto Sans SC"), size: 10pt, lang: "en", region: "AU", fill: rgb("#1f2328"))`,
    '#set par(leading: 0.65em)',
    '#show heading: set text(fill: rgb("#12355b"))',
    '#show heading.where(level: 1): set text(17pt)',
    '#show heading.where(level: 2): set text(13.5pt)',
    '#show heading.where(level: 3): set text(11.5pt)',
    '#show link: set text(fill: rgb("#0b57d0"))',
    `#text(22pt, weight: "bold", fill: rgb("#12355b"))[${escapeMarkup(input.title)}]`,
    '',
    `#text(12pt, fill: rgb("#5b6470"))[${escapeMarkup(input.subject ?? '')}]`,
    '',
    `#text(9.5pt, fill: rgb("#5b6470"))[${escapeMarkup(input.author ?? '')}]`,
    '#line(length: 100%, stroke: 1.5pt + rgb("#2a6bb0"))',
    '',
  ];
  const preface = (input.preface ?? []).map((b) => block(b));
  const toc = input.toc ? ['#outline(title: [Contents], depth: 2)', '#pagebreak()'] : [];
  return [...head, ...preface, ...toc, ...input.blocks.map((b) => block(b))].join('\n');
}

/** The plan's Markdown as Typst, laid out as plan.pdf is (see planPdfInput). */
export function planToTypst(
  model: Pick<ViewModel, 'practice' | 'plan'>,
  planMarkdown: string,
  date: string,
  banners: boolean,
): { typst: string; input: PdfInput } {
  const input = planPdfInput(model, parseMarkdown(planMarkdown), date, banners);
  return { typst: pdfInputToTypst(input), input };
}
