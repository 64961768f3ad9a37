/** Paints laid-out pages into a pdf-lib document: fonts, content streams and link annotations. */
import { type PDFDocument, type PDFFont, PDFHexString, PDFName, type PDFPage, type PDFRef } from 'pdf-lib';
import { ContentWriter, deflate } from './content.ts';
import { embedFaces } from './font-embed.ts';
import type { FontBook, Role } from './fonts.ts';
import type { Layout, Link, Op } from './ops.ts';
import { PAGE } from './theme.ts';
import { destArray } from './toc.ts';

const ROLE_ORDER: Role[] = ['regular', 'bold', 'italic', 'boldItalic', 'cjk', 'cjkBold'];

interface EmbeddedFont {
  font: PDFFont;
  /** Resource name used in content streams, fixed per role so output is stable. */
  name: string;
  /** Per-character escaped glyph-id bytes; see encode(). */
  bytes: Map<number, string>;
}

/**
 * Glyph string for text as a PDF literal string of 2-byte glyph ids (half the size of hex, which
 * matters for deflate time). Ids come from PDFFont.encodeText one character at a time, which also
 * adds the glyph to the subset; every byte that is special inside a literal string is escaped, so
 * the bytes can never end the string early, whatever the text.
 */
function encode(f: EmbeddedFont, text: string): string {
  let out = '(';
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) as number;
    let bytes = f.bytes.get(cp);
    if (bytes === undefined) {
      const hex = f.font.encodeText(String.fromCodePoint(cp)).asString();
      bytes = '';
      for (let j = 0; j + 1 < hex.length; j += 2)
        bytes += literalByte(Number.parseInt(hex.slice(j, j + 2), 16));
      f.bytes.set(cp, bytes);
    }
    if (cp > 0xffff) i++;
    out += bytes;
  }
  return `${out})`;
}

function literalByte(b: number): string {
  if (b === 0x28 || b === 0x29 || b === 0x5c) return `\\${String.fromCharCode(b)}`;
  if (b === 0x0d) return '\\r';
  if (b === 0x0a) return '\\n';
  return String.fromCharCode(b);
}

/** Content strings are byte strings (char codes 0–255). */
function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Embed exactly the fonts the pages use, in a fixed order (object numbers must not vary). */
async function embedUsedFonts(
  doc: PDFDocument,
  layout: Layout,
  book: FontBook,
  docId: string,
): Promise<Map<Role, EmbeddedFont>> {
  const used = new Set<Role>();
  for (const page of layout.pages) for (const op of page.fg) if (op.kind === 'text') used.add(op.role);
  const roles = ROLE_ORDER.filter((r) => used.has(r));
  const fonts = await embedFaces(
    doc,
    roles.map((r) => book.face(r)),
    docId,
  );
  return new Map(
    roles.map((r, i) => [
      r,
      { font: fonts[i] as PDFFont, name: `F${ROLE_ORDER.indexOf(r)}`, bytes: new Map() },
    ]),
  );
}

function paintOps(w: ContentWriter, ops: Op[], fonts: Map<Role, EmbeddedFont>, usedFonts: Set<Role>): void {
  for (const op of ops) {
    switch (op.kind) {
      case 'text': {
        const f = fonts.get(op.role);
        if (!f || !op.text) break;
        usedFonts.add(op.role);
        w.text(f.name, op.size, op.x, op.y, encode(f, op.text), op.color);
        break;
      }
      case 'rect':
        w.rect(op.x, op.y, op.w, op.h, op.fill, op.stroke, op.lineWidth);
        break;
      case 'box': {
        const h = op.top - op.bottom;
        if (h <= 0) break;
        w.rect(op.x, op.bottom, op.w, h, op.fill, op.stroke, 0.6);
        if (op.bar) w.rect(op.x, op.bottom, 3, h, op.bar);
        break;
      }
      case 'line':
        w.line(op.x1, op.y1, op.x2, op.y2, op.width, op.color, op.dots);
        break;
      case 'circle':
        w.circle(op.x, op.y, op.r, op.fill, op.stroke);
        break;
      case 'pageref':
        break; // resolved to text before painting
    }
  }
}

export async function paintPages(
  doc: PDFDocument,
  layout: Layout,
  book: FontBook,
  docId: string,
): Promise<PDFPage[]> {
  const fonts = await embedUsedFonts(doc, layout, book, docId);
  const pages: PDFPage[] = [];
  const streams: Uint8Array[] = [];
  const pageFonts: Set<Role>[] = [];
  for (const p of layout.pages) {
    pages.push(doc.addPage([PAGE.width, PAGE.height]));
    const w = new ContentWriter();
    const usedFonts = new Set<Role>();
    paintOps(w, p.bg, fonts, usedFonts);
    paintOps(w, p.fg, fonts, usedFonts);
    streams.push(latin1Bytes(w.finish()));
    pageFonts.push(usedFonts);
  }
  const compressed = await Promise.all(streams.map(deflate));
  const ctx = doc.context;
  pages.forEach((page, i) => {
    const raw = compressed[i];
    const stream = raw ? ctx.stream(raw, { Filter: 'FlateDecode' }) : ctx.stream(streams[i] as Uint8Array);
    page.node.addContentStream(ctx.register(stream));
    for (const role of ROLE_ORDER) {
      const f = fonts.get(role);
      if (f && pageFonts[i]?.has(role)) page.node.setFontDictionary(PDFName.of(f.name), f.font.ref);
    }
  });
  const refs = pages.map((p) => p.ref);
  layout.pages.forEach((p, i) => {
    for (const link of p.links) addLink(doc, pages[i] as PDFPage, link, refs, layout);
  });
  return pages;
}

/** URI strings are written as hex so no character can terminate the PDF string early. */
const asciiHex = (s: string): PDFHexString =>
  PDFHexString.of([...s].map((c) => (c.charCodeAt(0) & 0x7f).toString(16).padStart(2, '0')).join(''));

function addLink(doc: PDFDocument, page: PDFPage, link: Link, refs: PDFRef[], layout: Layout): void {
  const ctx = doc.context;
  const rect = [link.x, link.y, link.x + link.w, link.y + link.h].map((v) => Math.round(v * 100) / 100);
  const annot = ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect, Border: [0, 0, 0], F: 4 });
  if (link.uri) {
    annot.set(PDFName.of('A'), ctx.obj({ Type: 'Action', S: 'URI', URI: asciiHex(link.uri) }));
  } else {
    const anchor = layout.anchors.find((a) => a.key === link.dest);
    if (!anchor) return;
    annot.set(PDFName.of('Dest'), destArray(doc, refs, anchor));
  }
  page.node.addAnnot(ctx.register(annot));
}
