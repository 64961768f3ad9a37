// markdown-it tokens → a Word document, for notices and the plan a consultant hands over or a
// practice manager edits in Word. The same parse as plan.html and plan.pdf, so there is no second
// template set. Incident blanks ("[[DATE]]") become bold, yellow-highlighted runs a person can
// find at a glance.
//
// The WordprocessingML is written here as text, byte for byte what the `docx` package (9.15)
// wrote for the same document: its object model and XML formatter were ~70% of a whole
// `ndb build` (the plan and its notices), and writing the few elements we use directly made the DOCX
// part ~10× faster (bench/generate.ts: build.docxVsDocxPackage). docx-bytes.test.ts builds every
// document of the examples and a hostile, every-script corpus both ways and compares the bytes,
// so the package stays the reference (a dev dependency) and nothing it did is lost: the same
// styles, numbering, escaping and part order. The parts every document shares (docx-parts.ts)
// are compressed once per process.
//
// Deterministic: core.xml carries the build date (never the clock), zip.ts stamps every entry
// with it; links are printed as text; every list gets its own numbering instance.
import type Token from 'markdown-it/lib/token.mjs';
import * as parts from './docx-parts.ts';
import { walkInlines } from './inline-walk.ts';
import { parseMarkdown } from './markdown.ts';
import { Utf8Sink } from './utf8-sink.ts';
import { type Deflated, deflated, deflatedAsync, zipFiles } from './zip.ts';

export interface DocxInput {
  /** Markdown source (rendered templates): parsed with the shared markdown-it instance. */
  markdown: string;
  /** markdown-it's tokens of `markdown` when the caller already has them (the plan): not parsed again. */
  tokens?: Token[];
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

export type DocxMeta = Omit<DocxInput, 'markdown' | 'tokens'>;

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
// The same set as one test, so the common case (nothing to drop) does not walk the string.
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function xmlSafe(text: string): string {
  if (!NOT_XML.test(text)) return text;
  let out = '';
  // for…of walks code points, so a valid surrogate pair arrives as one character (>= 0x10000) and a lone one as itself.
  for (const ch of text) if (xmlChar(ch.codePointAt(0) as number)) out += ch;
  return out;
}

// Escaping as docx's XML writer does it (the xml package's rules): the five entities, and the C0
// controls it drops (xmlSafe has already dropped them, this keeps the writer safe on its own).
// biome-ignore lint/suspicious/noControlCharactersInRegex: the controls docx's writer drops
const ESCAPE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};
const esc = (text: string) => text.replace(ESCAPE, (c) => ENTITIES[c] ?? '');

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  code?: boolean;
}

const onOff = (name: string, on: boolean) =>
  on ? `<w:${name}/><w:${name}Cs/>` : `<w:${name} w:val="false"/><w:${name}Cs w:val="false"/>`;
const CODE_FONT = '<w:rFonts w:ascii="Consolas" w:cs="Consolas" w:eastAsia="Consolas" w:hAnsi="Consolas"/>';

/** One text run; its properties in the order CT_RPr (and docx) gives them. */
function run(text: string, style: RunStyle, highlight = false): string {
  let props = style.code ? CODE_FONT : '';
  if (style.bold !== undefined) props += onOff('b', style.bold);
  if (style.italics !== undefined) props += onOff('i', style.italics);
  if (highlight) props += '<w:highlight w:val="yellow"/>';
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

const BREAK = '<w:r><w:br/></w:r>';

/** Text → runs, the blanks split out and highlighted. */
function textRuns(text: string, style: RunStyle): string {
  const clean = xmlSafe(text);
  if (!clean.includes('[[')) return clean ? run(clean, style) : '';
  let out = '';
  let at = 0;
  const plain = (s: string) => {
    if (s) out += run(s, style);
  };
  for (const m of clean.matchAll(BLANK)) {
    plain(clean.slice(at, m.index));
    out += run(m[0], { bold: true, italics: style.italics }, true);
    at = m.index + m[0].length;
  }
  plain(clean.slice(at));
  return out;
}

function inlineRuns(children: Token[] | null, bold = false): string {
  let out = '';
  walkInlines(
    children,
    {
      text: (text, s) => {
        out += textRuns(
          text,
          s.code ? { bold: s.bold, italics: s.italic, code: true } : { bold: s.bold, italics: s.italic },
        );
      },
      // Authors break lines on purpose (a letterhead, an address block): keep them.
      lineBreak: () => {
        out += BREAK;
      },
      linkClose: (href, label, s) => {
        // Printed as text: a web address whose label hides it keeps the address in brackets.
        const shown = label.trim();
        if (/^https?:/i.test(href) && shown !== href && `${shown}/` !== href)
          out += textRuns(` (${href})`, { bold: s.bold, italics: s.italic });
      },
    },
    bold,
  );
  return out;
}

const HEADING_STYLES = ['Title', 'Heading1', 'Heading2', 'Heading3', 'Heading4'] as const;

const paragraph = (props: string, runs: string) =>
  props ? `<w:p><w:pPr>${props}</w:pPr>${runs}</w:p>` : runs ? `<w:p>${runs}</w:p>` : '<w:p/>';

const TONE = {
  warning:
    '<w:pBdr><w:left w:val="single" w:color="B45309" w:sz="24" w:space="8"/></w:pBdr><w:shd w:fill="FFF4E5" w:color="auto" w:val="clear"/><w:ind w:left="200" w:right="200"/>',
  info: '<w:pBdr><w:left w:val="single" w:color="0B5394" w:sz="24" w:space="8"/></w:pBdr><w:shd w:fill="EEF5FC" w:color="auto" w:val="clear"/><w:ind w:left="200" w:right="200"/>',
} as const;

interface List {
  reference: 'bullets' | 'numbers';
  instance: number;
}

/** The document being written: its numbering instances, numbered in the order paragraphs first use them (as docx did). */
class Writer {
  /** Next list instance, one per list so each starts at 1. */
  listInstance = 0;
  readonly nums = new Map<string, { numId: number; abstract: number }>();

  numId(list: List): number {
    const key = `${list.reference}-${list.instance}`;
    let num = this.nums.get(key);
    if (!num) {
      num = { numId: this.nums.size + 2, abstract: list.reference === 'bullets' ? 2 : 3 };
      this.nums.set(key, num);
    }
    return num.numId;
  }

  /** numbering.xml: the abstract lists, docx's default bullet instance, then ours. */
  numbering(): string {
    let out = `${parts.NUMBERING_OPEN}<w:num w:numId="1"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;
    for (const { numId, abstract } of this.nums.values())
      out += `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstract}"/>${LEVEL_OVERRIDES}</w:num>`;
    return `${out}</w:numbering>`;
  }
}

const LEVEL_OVERRIDES = [0, 1, 2]
  .map((l) => `<w:lvlOverride w:ilvl="${l}"><w:startOverride w:val="1"/></w:lvlOverride>`)
  .join('');

interface Context {
  level: number;
  list?: List;
  tone?: 'warning' | 'info';
}

function blocks(
  tokens: Token[],
  start: number,
  close: string | null,
  w: Writer,
  ctx: Context,
  out: Utf8Sink,
): number {
  let i = start;
  let firstInItem = true;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (close && t.type === close) return i + 1;
    switch (t.type) {
      case 'heading_open': {
        const depth = Math.min(Number(t.tag.slice(1)) - 1, 4);
        out.write(
          paragraph(
            `<w:pStyle w:val="${HEADING_STYLES[depth]}"/><w:keepNext/>`,
            inlineRuns(tokens[i + 1]?.children ?? null),
          ),
        );
        i += 3;
        break;
      }
      case 'paragraph_open': {
        const runs = inlineRuns(tokens[i + 1]?.children ?? null);
        const list = ctx.list && firstInItem ? ctx.list : undefined;
        let props = list
          ? `<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="${ctx.level}"/><w:numId w:val="${w.numId(list)}"/></w:numPr>`
          : '';
        // A callout's indent replaces a list continuation's.
        if (ctx.tone) props += TONE[ctx.tone];
        else if (ctx.list && !list) props += `<w:ind w:left="${720 * (ctx.level + 1)}"/>`;
        out.write(paragraph(props, runs));
        firstInItem = false;
        i += 3;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const closeType = t.type.replace('_open', '_close');
        const list: List = {
          reference: t.type === 'ordered_list_open' ? 'numbers' : 'bullets',
          instance: w.listInstance++,
        };
        const level = ctx.list ? Math.min(ctx.level + 1, 2) : 0;
        i++;
        while (i < tokens.length && tokens[i]?.type !== closeType) {
          i = blocks(tokens, i + 1, 'list_item_close', w, { level, list, tone: ctx.tone }, out);
        }
        i++;
        break;
      }
      case 'blockquote_open': {
        const tone = (t.meta as { tone?: string } | null)?.tone === 'warning' ? 'warning' : 'info';
        i = blocks(tokens, i + 1, 'blockquote_close', w, { level: ctx.level, tone }, out);
        break;
      }
      case 'table_open': {
        const [table, next] = tableBlock(tokens, i);
        out.write(`${table}<w:p/>`);
        i = next;
        break;
      }
      case 'fence':
      case 'code_block':
        out.write(paragraph('', textRuns(t.content.replace(/\n$/, ''), { code: true })));
        i++;
        break;
      default:
        i++;
    }
  }
  return i;
}

const CELL_PROPS = (head: boolean) =>
  `<w:tcPr><w:tcBorders><w:top w:val="single" w:color="BFC7D1" w:sz="4"/><w:left w:val="single" w:color="BFC7D1" w:sz="4"/><w:bottom w:val="single" w:color="BFC7D1" w:sz="4"/><w:right w:val="single" w:color="BFC7D1" w:sz="4"/></w:tcBorders>${head ? '<w:shd w:fill="EEF1F5" w:color="auto" w:val="clear"/>' : ''}<w:tcMar><w:top w:type="dxa" w:w="60"/><w:left w:type="dxa" w:w="100"/><w:bottom w:type="dxa" w:w="60"/><w:right w:type="dxa" w:w="100"/></w:tcMar></w:tcPr>`;
const HEAD_CELL = CELL_PROPS(true);
const BODY_CELL = CELL_PROPS(false);
const TABLE_PROPS =
  '<w:tblPr><w:tblW w:type="pct" w:w="5000"/><w:tblBorders><w:top w:val="single" w:color="auto" w:sz="4"/><w:left w:val="single" w:color="auto" w:sz="4"/><w:bottom w:val="single" w:color="auto" w:sz="4"/><w:right w:val="single" w:color="auto" w:sz="4"/><w:insideH w:val="single" w:color="auto" w:sz="4"/><w:insideV w:val="single" w:color="auto" w:sz="4"/></w:tblBorders></w:tblPr>';
/** The page's text width in twips (A4 less two 1134 margins): the table's 100%, shared equally by its columns. */
const TEXT_WIDTH = 11906 - 2 * 1134;

function tableBlock(tokens: Token[], start: number): [string, number] {
  let rows = '';
  let cells = '';
  let cellCount = 0;
  let columns = 0;
  let inHead = false;
  let hiddenHead = false;
  let i = start + 1;
  for (; i < tokens.length && tokens[i]?.type !== 'table_close'; i++) {
    const t = tokens[i] as Token;
    if (t.type === 'thead_open') {
      inHead = true;
      hiddenHead = t.attrGet('hidden') !== null;
    } else if (t.type === 'thead_close') inHead = false;
    else if (t.type === 'tr_open') {
      cells = '';
      cellCount = 0;
    } else if (t.type === 'tr_close') {
      // A key/value table (blank header) has no header row, as in the HTML. A row with no cells is not written.
      if (!(inHead && hiddenHead) && cellCount > 0) {
        rows += `<w:tr><w:trPr><w:cantSplit/>${inHead ? '<w:tblHeader/>' : '<w:tblHeader w:val="off"/>'}</w:trPr>${cells}</w:tr>`;
        columns = Math.max(columns, cellCount);
      }
    } else if (t.type === 'inline') {
      cells += `<w:tc>${inHead ? HEAD_CELL : BODY_CELL}${paragraph('', inlineRuns(t.children, inHead))}</w:tc>`;
      cellCount++;
    }
  }
  const col = `<w:gridCol w:w="${Math.round(TEXT_WIDTH / Math.max(columns, 1))}"/>`;
  const grid = columns > 0 ? `<w:tblGrid>${col.repeat(columns)}</w:tblGrid>` : '<w:tblGrid/>';
  return [`<w:tbl>${TABLE_PROPS}${grid}${rows}</w:tbl>`, i + 1];
}

/** docProps/core.xml with the build date as created and modified. */
function coreXml(meta: DocxMeta): string {
  const when = `${meta.date}T00:00:00Z`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xmlText(meta.title)}</dc:title><dc:creator>${xmlText(meta.creator)}</dc:creator><dc:description>${xmlText(DESCRIPTION)}</dc:description><cp:lastModifiedBy>${xmlText(meta.creator)}</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`;
}

const xmlText = (t: string) =>
  xmlSafe(t).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const DESCRIPTION = 'Made by ndb-kit. Decision support, not legal advice.';

/** A Markdown document as a .docx file. */
export function markdownToDocx(input: DocxInput): Promise<Uint8Array> {
  const w = new Writer();
  const document = documentSink();
  blocks(input.tokens ?? parseMarkdown(input.markdown), 0, null, w, { level: 0 }, document);
  return docxFile(document, w, input);
}

/**
 * Plain text (the email and SMS notices, whose templates are text, not Markdown) as a .docx: one
 * paragraph per line, a line in capitals (the email's section titles) as a heading. Never parsed
 * as Markdown, so a "*" or "#" typed into a policy field stays as typed.
 */
export function textToDocx(text: string, meta: DocxMeta): Promise<Uint8Array> {
  const document = documentSink();
  // The title first, so the document says what it is when opened on its own (the text has no heading).
  document.write(paragraph('<w:pStyle w:val="Title"/>', textRuns(meta.title, {})));
  for (const line of text.replace(/\r\n?/g, '\n').split('\n'))
    document.write(
      /^[A-Z][A-Z ,:'-]{3,}$/.test(line.trim())
        ? paragraph('<w:pStyle w:val="Heading3"/><w:keepNext/>', textRuns(line, {}))
        : paragraph('', textRuns(line, {})),
    );
  return docxFile(document, new Writer(), meta);
}

/** word/document.xml up to its body's content, which the caller writes next (docxFile closes it). */
function documentSink(): Utf8Sink {
  const document = new Utf8Sink();
  document.write(DOCUMENT_BODY_OPEN);
  return document;
}
const DOCUMENT_BODY_OPEN = `${parts.DOCUMENT_OPEN}<w:body>`;

const SECTION_PAGE =
  '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/><w:pgNumType/><w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>';

const small = (text: string, props: string) =>
  `<w:p><w:r><w:rPr>${props}</w:rPr><w:t xml:space="preserve">${esc(xmlSafe(text))}</w:t></w:r></w:p>`;

/** The shared parts, compressed on first use. */
let shared: Record<keyof typeof parts, Deflated> | undefined;
const part = (name: keyof typeof parts): Deflated => {
  shared ??= Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, deflated(v)])) as Record<
    keyof typeof parts,
    Deflated
  >;
  return shared[name];
};

/**
 * numbering.xml by content: it depends only on how many lists a document has, so most notices of
 * every practice share a few texts; each is compressed once per process (a bounded memo).
 */
const numberings = new Map<string, Deflated>();
function numberingPart(xml: string): Deflated {
  let done = numberings.get(xml);
  if (!done) {
    if (numberings.size >= 64) numberings.clear();
    done = deflated(xml);
    numberings.set(xml, done);
  }
  return done;
}

/** Parts at least this long are compressed on the thread pool (deflatedAsync); smaller ones cost more to hand over. */
const ASYNC_DEFLATE_MIN = 8192;

/**
 * The document's XML is made now (synchronously: `document` holds word/document.xml up to the end
 * of its body); its large parts are compressed on the thread pool.
 */
async function docxFile(document: Utf8Sink, w: Writer, meta: DocxMeta): Promise<Uint8Array> {
  const header = meta.header !== undefined && meta.header !== '';
  document.write(
    `<w:sectPr>${
      header
        ? '<w:headerReference w:type="default" r:id="rId6"/><w:footerReference w:type="default" r:id="rId7"/>'
        : '<w:footerReference w:type="default" r:id="rId6"/>'
    }${SECTION_PAGE}`,
  );
  const footer = `${parts.FOOTER_OPEN}${small(meta.footer, '<w:color w:val="5B6675"/><w:sz w:val="16"/><w:szCs w:val="16"/>')}</w:ftr>`;
  // The entries in the order docx's compiler wrote them.
  const files: [string, string | Uint8Array | Deflated][] = [
    ['word/_rels/document.xml.rels', part(header ? 'DOCUMENT_RELS_WITH_HEADER' : 'DOCUMENT_RELS')],
    ['word/document.xml', document.bytes()],
    ['word/styles.xml', part('STYLES')],
    ['docProps/core.xml', coreXml(meta)],
    ['_rels/.rels', part('ROOT_RELS')],
    ...(header
      ? ([
          ['word/_rels/header1.xml.rels', part('EMPTY_RELS')],
          ['word/_rels/footer1.xml.rels', part('EMPTY_RELS')],
          [
            'word/header1.xml',
            `${parts.HEADER_OPEN}${small(meta.header as string, '<w:b/><w:bCs/><w:color w:val="9B1C1C"/><w:sz w:val="16"/><w:szCs w:val="16"/>')}</w:hdr>`,
          ],
        ] as [string, string | Uint8Array | Deflated][])
      : [['word/_rels/footer1.xml.rels', part('EMPTY_RELS')] as [string, Deflated]]),
    ['word/footer1.xml', footer],
    ['docProps/custom.xml', part('CUSTOM')],
    ['docProps/app.xml', part('APP')],
    ['word/footnotes.xml', part('FOOTNOTES')],
    ['word/_rels/footnotes.xml.rels', part('EMPTY_RELS')],
    ['word/endnotes.xml', part('ENDNOTES')],
    ['word/_rels/endnotes.xml.rels', part('EMPTY_RELS')],
    ['word/settings.xml', part('SETTINGS')],
    ['word/fontTable.xml', part('FONT_TABLE')],
    ['word/_rels/fontTable.xml.rels', part('EMPTY_RELS')],
    ['word/theme/theme1.xml', part('THEME')],
    ['word/numbering.xml', numberingPart(w.numbering())],
    ['[Content_Types].xml', part(header ? 'CONTENT_TYPES_WITH_HEADER' : 'CONTENT_TYPES')],
  ];
  const ready = await Promise.all(
    files.map(
      async ([path, content]): Promise<[string, string | Uint8Array | Deflated]> => [
        path,
        (typeof content === 'string' || content instanceof Uint8Array) && content.length >= ASYNC_DEFLATE_MIN
          ? await deflatedAsync(content)
          : content,
      ],
    ),
  );
  return zipFiles(ready, meta.date);
}
