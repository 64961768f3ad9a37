// The reference for markdown-to-docx.ts: the Word writer as it was when it built the document
// with the `docx` package (9.15, a dev dependency now). docx-bytes.test.ts makes every document
// both ways and requires the same bytes, so the hand-written XML is held to what the package
// wrote (styles, numbering, escaping, part order). Test-only: the build never loads `docx`.
//
// Deterministic: `docx` stamps docProps/core.xml with the clock, so core.xml is replaced, and the
// parts are zipped by zip.ts with every entry's time set to the build date; links are
// printed as text (the package gives hyperlinks random relationship ids) and every list gets an
// explicit numbering instance (its automatic restart counter is module-global).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type Token from 'markdown-it/lib/token.mjs';
import { parseMarkdown } from '../markdown.ts';
import { zipFiles } from '../zip.ts';

export interface DocxInput {
  /** Markdown source (rendered templates): parsed with the shared markdown-it instance. */
  markdown: string;
  title: string;
  /** Author shown in the file's properties: the practice. */
  creator: string;
  /** YYYY-MM-DD: the build date, written as the created and modified dates. */
  date: string;
  /** Footer line on every page. */
  footer: string;
  /** Header line on every page (the plan's CONFIDENTIAL / DRAFT mark), if any. */
  header?: string;
}

/** Blanks a person fills in: "[[DATE]]", "[[NAME AND POSITION]]". */
export const BLANK = /\[\[[^\]\n]*\]\]/g;

// XML 1.0 cannot carry C0 controls (other than tab, LF, CR), U+FFFE/U+FFFF or lone surrogates:
// Word refuses the whole file. They carry no meaning in a notice, so they are dropped.
const xmlChar = (c: number) =>
  c === 0x9 ||
  c === 0xa ||
  c === 0xd ||
  (c >= 0x20 && c <= 0xd7ff) ||
  (c >= 0xe000 && c <= 0xfffd) ||
  c >= 0x10000;

export function xmlSafe(text: string): string {
  let out = '';
  // for…of walks code points, so a valid surrogate pair arrives as one character (>= 0x10000) and a lone one as itself.
  for (const ch of text) if (xmlChar(ch.codePointAt(0) as number)) out += ch;
  return out;
}

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  code?: boolean;
}

const FONT = 'Calibri';
const BODY_SIZE = 22; // half-points: 11 pt

/** Text → runs, the blanks split out and highlighted. */
function textRuns(text: string, style: RunStyle): TextRun[] {
  const clean = xmlSafe(text);
  const runs: TextRun[] = [];
  let at = 0;
  const plain = (s: string) => {
    if (s)
      runs.push(
        new TextRun({
          text: s,
          bold: style.bold,
          italics: style.italics,
          ...(style.code ? { font: 'Consolas' } : {}),
        }),
      );
  };
  for (const m of clean.matchAll(BLANK)) {
    plain(clean.slice(at, m.index));
    runs.push(new TextRun({ text: m[0], bold: true, italics: style.italics, highlight: 'yellow' }));
    at = m.index + m[0].length;
  }
  plain(clean.slice(at));
  return runs;
}

function inlineRuns(children: Token[] | null, base: RunStyle = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let bold = base.bold ? 1 : 0;
  let italic = base.italics ? 1 : 0;
  let href = '';
  let linkText = '';
  const style = (): RunStyle => ({ bold: bold > 0, italics: italic > 0 });
  for (const t of children ?? []) {
    switch (t.type) {
      case 'text':
        linkText += t.content;
        out.push(...textRuns(t.content, style()));
        break;
      case 'code_inline':
        out.push(...textRuns(t.content, { ...style(), code: true }));
        break;
      case 'softbreak':
      case 'hardbreak':
        // Authors break lines on purpose (a letterhead, an address block): keep them.
        out.push(new TextRun({ break: 1 }));
        break;
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'em_open':
        italic++;
        break;
      case 'em_close':
        italic--;
        break;
      case 'link_open':
        href = t.attrGet('href') ?? '';
        linkText = '';
        break;
      case 'link_close':
        // Printed as text: a web address whose label hides it keeps the address in brackets.
        if (/^https?:/i.test(href) && linkText.trim() !== href && `${linkText.trim()}/` !== href)
          out.push(...textRuns(` (${href})`, style()));
        href = '';
        break;
      default:
        if (t.content && !t.type.endsWith('_open') && !t.type.endsWith('_close'))
          out.push(...textRuns(t.content, style()));
    }
  }
  return out;
}

const HEADINGS = [
  HeadingLevel.TITLE,
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
] as const;

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'BFC7D1' } as const;

interface Walk {
  /** Next numbering instance, one per list so each starts at 1. */
  listInstance: number;
}

type Block = Paragraph | Table;

function blocks(
  tokens: Token[],
  start: number,
  close: string | null,
  walk: Walk,
  ctx: { level: number; list?: { reference: string; instance: number }; tone?: string },
): [Block[], number] {
  const out: Block[] = [];
  let i = start;
  let firstInItem = true;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (close && t.type === close) return [out, i + 1];
    switch (t.type) {
      case 'heading_open': {
        const depth = Math.min(Number(t.tag.slice(1)) - 1, 4);
        out.push(
          new Paragraph({
            heading: HEADINGS[depth],
            keepNext: true,
            children: inlineRuns(tokens[i + 1]?.children ?? null),
          }),
        );
        i += 3;
        break;
      }
      case 'paragraph_open': {
        const children = inlineRuns(tokens[i + 1]?.children ?? null);
        const list = ctx.list && firstInItem ? ctx.list : undefined;
        out.push(
          new Paragraph({
            children,
            ...(list
              ? { numbering: { reference: list.reference, instance: list.instance, level: ctx.level } }
              : {}),
            ...(ctx.list && !list ? { indent: { left: 720 * (ctx.level + 1) } } : {}),
            ...(ctx.tone
              ? {
                  shading: {
                    type: ShadingType.CLEAR,
                    color: 'auto',
                    fill: ctx.tone === 'warning' ? 'FFF4E5' : 'EEF5FC',
                  },
                  border: {
                    left: {
                      style: BorderStyle.SINGLE,
                      size: 24,
                      space: 8,
                      color: ctx.tone === 'warning' ? 'B45309' : '0B5394',
                    },
                  },
                  indent: { left: 200, right: 200 },
                }
              : {}),
          }),
        );
        firstInItem = false;
        i += 3;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const closeType = t.type.replace('_open', '_close');
        const list = {
          reference: t.type === 'ordered_list_open' ? 'numbers' : 'bullets',
          instance: walk.listInstance++,
        };
        const level = ctx.list ? Math.min(ctx.level + 1, 2) : 0;
        i++;
        while (i < tokens.length && tokens[i]?.type !== closeType) {
          const [item, next] = blocks(tokens, i + 1, 'list_item_close', walk, {
            level,
            list,
            tone: ctx.tone,
          });
          out.push(...item);
          i = next;
        }
        i++;
        break;
      }
      case 'blockquote_open': {
        const tone = (t.meta as { tone?: string } | null)?.tone ?? 'info';
        const [inner, next] = blocks(tokens, i + 1, 'blockquote_close', walk, { level: ctx.level, tone });
        out.push(...inner);
        i = next;
        break;
      }
      case 'table_open': {
        const [table, next] = tableBlock(tokens, i);
        out.push(table, new Paragraph({ children: [] }));
        i = next;
        break;
      }
      case 'fence':
      case 'code_block':
        out.push(new Paragraph({ children: textRuns(t.content.replace(/\n$/, ''), { code: true }) }));
        i++;
        break;
      default:
        i++;
    }
  }
  return [out, i];
}

function tableBlock(tokens: Token[], start: number): [Table, number] {
  const rows: TableRow[] = [];
  let cells: TableCell[] = [];
  let inHead = false;
  let hiddenHead = false;
  let i = start + 1;
  for (; i < tokens.length && tokens[i]?.type !== 'table_close'; i++) {
    const t = tokens[i] as Token;
    if (t.type === 'thead_open') {
      inHead = true;
      hiddenHead = t.attrGet('hidden') !== null;
    } else if (t.type === 'thead_close') inHead = false;
    else if (t.type === 'tr_open') cells = [];
    else if (t.type === 'tr_close') {
      // A key/value table (blank header) has no header row, as in the HTML.
      if (!(inHead && hiddenHead))
        rows.push(new TableRow({ tableHeader: inHead, cantSplit: true, children: cells }));
    } else if (t.type === 'inline') {
      cells.push(
        new TableCell({
          children: [new Paragraph({ children: inlineRuns(t.children, { bold: inHead }) })],
          ...(inHead ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEF1F5' } } : {}),
          margins: { top: 60, bottom: 60, left: 100, right: 100 },
          borders: { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER },
        }),
      );
    }
  }
  return [new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }), i + 1];
}

const LIST_LEVELS = (format: 'bullet' | 'decimal') =>
  [0, 1, 2].map((level) => ({
    level,
    format: format === 'bullet' ? LevelFormat.BULLET : LevelFormat.DECIMAL,
    text: format === 'bullet' ? ['•', '◦', '▪'][level] : `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));

const xmlText = (t: string) =>
  xmlSafe(t).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** docProps/core.xml with the build date as created and modified (the package would stamp the clock). */
function coreXml(meta: DocxMeta): string {
  const when = `${meta.date}T00:00:00Z`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xmlText(meta.title)}</dc:title><dc:creator>${xmlText(meta.creator)}</dc:creator><dc:description>${xmlText(DESCRIPTION)}</dc:description><cp:lastModifiedBy>${xmlText(meta.creator)}</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`;
}

const DESCRIPTION = 'Made by ndb-kit. Decision support, not legal advice.';

export type DocxMeta = Omit<DocxInput, 'markdown'>;

/** A Markdown document as a .docx file. */
export function markdownToDocx(input: DocxInput): Promise<Uint8Array> {
  const [children] = blocks(parseMarkdown(input.markdown), 0, null, { listInstance: 0 }, { level: 0 });
  return docxFile(children, input);
}

/**
 * Plain text (the email and SMS notices, whose templates are text, not Markdown) as a .docx: one
 * paragraph per line, a line in capitals (the email's section titles) as a heading. Never parsed
 * as Markdown, so a "*" or "#" typed into a policy field stays as typed.
 */
export function textToDocx(text: string, meta: DocxMeta): Promise<Uint8Array> {
  // The title first, so the document says what it is when opened on its own (the text has no heading).
  const title = new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(meta.title, {}) });
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      /^[A-Z][A-Z ,:'-]{3,}$/.test(line.trim())
        ? new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: textRuns(line, {}) })
        : new Paragraph({ children: textRuns(line, {}) }),
    );
  return docxFile([title, ...lines], meta);
}

async function docxFile(children: Block[], input: DocxMeta): Promise<Uint8Array> {
  const doc = new Document({
    title: xmlSafe(input.title),
    creator: xmlSafe(input.creator),
    lastModifiedBy: xmlSafe(input.creator),
    description: DESCRIPTION,
    revision: 1,
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY_SIZE }, paragraph: { spacing: { after: 120, line: 276 } } },
        title: { run: { font: FONT, size: 40, bold: true, color: '0D2A4A' } },
        heading1: {
          run: { font: FONT, size: 32, bold: true, color: '0D2A4A' },
          paragraph: { spacing: { before: 360, after: 120 } },
        },
        heading2: {
          run: { font: FONT, size: 26, bold: true, color: '0D2A4A' },
          paragraph: { spacing: { before: 240, after: 80 } },
        },
        heading3: {
          run: { font: FONT, size: 23, bold: true, color: '0D2A4A' },
          paragraph: { spacing: { before: 200, after: 60 } },
        },
        heading4: {
          run: { font: FONT, size: BODY_SIZE, bold: true },
          paragraph: { spacing: { before: 160, after: 40 } },
        },
      },
    },
    numbering: {
      config: [
        { reference: 'bullets', levels: LIST_LEVELS('bullet') },
        { reference: 'numbers', levels: LIST_LEVELS('decimal') },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 }, // A4 in twips
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        ...(input.header
          ? {
              headers: {
                default: new Header({
                  children: [
                    new Paragraph({
                      children: [
                        new TextRun({ text: xmlSafe(input.header), size: 16, bold: true, color: '9B1C1C' }),
                      ],
                    }),
                  ],
                }),
              },
            }
          : {}),
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [new TextRun({ text: xmlSafe(input.footer), size: 16, color: '5B6675' })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  // The package's own compiler writes the parts (XML); our zip packs them (zip.ts says why).
  const parts = compiler().compile(doc, undefined, [{ path: 'docProps/core.xml', data: coreXml(input) }]);
  return zipFiles(parts, input.date);
}

type Compiler = {
  compile(
    doc: Document,
    prettify: undefined,
    overrides: { path: string; data: string }[],
  ): Map<string, string | Uint8Array>;
};

/**
 * `Packer`'s compiler, which `Packer.toBuffer` runs before zipping with fflate. It is a private
 * static in the typings, so its shape is checked here: a `docx` update that moves it fails loudly
 * (and documents.test.ts reads every .docx back with python-docx).
 */
function compiler(): Compiler {
  const c = (Packer as unknown as { compiler?: Partial<Compiler> }).compiler;
  if (typeof c?.compile !== 'function')
    throw new Error('docx: Packer.compiler.compile is missing (was the docx package updated?)');
  return c as Compiler;
}
