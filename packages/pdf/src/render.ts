/** Writes laid-out pages as a PDF file: fonts, content streams, link annotations, outline, metadata. */
import { ContentWriter, num } from './content.ts';
import { FontUse, ONE_BYTE_CMAP, pdfNameSafe, subsetTag } from './font-embed.ts';
import { type FontBook, ROLES, type Role } from './fonts.ts';
import { catalogEntries, infoDict, xmpMetadata } from './metadata.ts';
import { writeStructTree } from './struct-tree.ts';
import type { Layout, Link, Op, StructNode } from './ops.ts';
import { asciiHexString, type Deflate, latin1, PdfFile, ref, textString, utf8 } from './pdf-file.ts';
import { NEEDS_SHAPING } from './scripts.ts';
import { shape } from './shaper.ts';
import { PAGE } from './theme.ts';
import { addOutline, destArray } from './toc.ts';
import type { PdfInput } from './types.ts';

/** Resource name used in content streams, fixed per role so output is stable. */
const FONT_NAMES = new Map(ROLES.map((role, i) => [role, `F${i}`]));
const fontName = (role: Role): string => FONT_NAMES.get(role) as string;

/** Marked content of one page: the element each MCID belongs to, in order (ops carry their MCID). */
export interface Marking {
  page: number;
  parents: StructNode[];
  open: StructNode | 'Artifact' | 'Header' | 'Footer' | null;
}

const keyOf = (op: Op): StructNode | 'Artifact' | 'Header' | 'Footer' =>
  op.tag ?? op.pagination ?? 'Artifact';
const drawsNothing = (op: Op): boolean => op.kind === 'pageref' || (op.kind === 'text' && !op.text);

/**
 * Whether the marked-content sequence starting at ops[i] holds only unshaped text, so it can
 * open and close inside a text object (shaped text and paths need one of their own).
 */
function textOnly(ops: Op[], i: number, key: Marking['open']): boolean {
  for (let j = i; j < ops.length; j++) {
    const op = ops[j] as Op;
    if (drawsNothing(op)) continue;
    if (keyOf(op) !== key) break;
    if (op.kind !== 'text' || NEEDS_SHAPING.test(op.text)) return false;
  }
  return true;
}

/** Open the marked-content sequence ops[i] belongs to, closing the previous one if it differs. */
function mark(w: ContentWriter, m: Marking, ops: Op[], i: number): void {
  const op = ops[i] as Op;
  const key = keyOf(op);
  if (key !== m.open) {
    if (m.open !== null) w.endMarked();
    const inText = textOnly(ops, i, key);
    if (typeof key === 'object') {
      w.beginMarkedContent(key.type, m.parents.length, inText);
      m.parents.push(key);
    } else if (key === 'Artifact') w.beginMarked('/Artifact', false, inText);
    else w.beginMarked(`/Artifact<</Type/Pagination/Subtype/${key}>>`, true, inText);
    m.open = key;
  }
  if (typeof key === 'object') {
    op.mcPage = m.page;
    op.mcid = m.parents.length - 1;
  }
}

function paintOps(
  w: ContentWriter,
  ops: Op[],
  fonts: Map<Role, FontUse>,
  usedFonts: Set<Role>,
  m: Marking,
): void {
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i] as Op;
    if (drawsNothing(op)) continue;
    mark(w, m, ops, i);
    switch (op.kind) {
      case 'text': {
        const f = fonts.get(op.role);
        if (!f) break;
        usedFonts.add(op.role);
        if (NEEDS_SHAPING.test(op.text)) paintShaped(w, op, f);
        else w.text(fontName(op.role), op.size, op.x, op.y, op.text, f, op.color);
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
    }
  }
}

function paintShaped(w: ContentWriter, op: Extract<Op, { kind: 'text' }>, f: FontUse): void {
  const s = shape(f.face.bytes, op.text);
  const em = 1 / f.face.unitsPerEm;
  let pen = 0;
  const glyphs = s.ids.map((id, i) => {
    const g = {
      bytes: f.glyph(id, s.text[i] as string),
      x: (pen + (s.dx[i] as number)) * em,
      dy: (s.dy[i] as number) * em,
      pdfAdvance: f.face.advanceOfGlyph(id) * em,
      cluster: s.clusters[i] as number,
      spanStart: undefined as string | undefined,
      spanEnd: false,
      base: (s.advances[i] as number) > 0,
    };
    pen += s.advances[i] as number;
    return g;
  });
  // Right-to-left runs carry no run-wide ActualText: readers (poppler, pdf.js) put RTL glyphs drawn
  // in visual order back into logical order from their positions, and would reverse a run-wide
  // ActualText a second time. Each glyph gives its cluster's text through ToUnicode instead, and a
  // glyph that only continues a cluster (a dot or mark the font draws apart) gets an empty
  // ActualText, so nothing stray lands between letters. Left-to-right runs (Indic, Thai) get one
  // ActualText for the whole run, since their vowels are drawn out of logical order.
  const drawn = glyphs.map((g, i) => (s.rtl && !s.text[i] ? { ...g, spanStart: '', spanEnd: true } : g));
  w.shapedText(fontName(op.role), op.size, op.x, op.y, drawn, op.color, s.rtl ? null : textString(op.text));
}

/** The fonts the pages use, in a fixed order (object numbers must not vary), numbers reserved. */
function reserveFonts(
  pdf: PdfFile,
  layout: Layout,
  book: FontBook,
  docId: string,
  wide: ReadonlySet<Role>,
): Map<Role, FontUse> {
  const used = new Set<Role>();
  for (const page of layout.pages) for (const op of page.fg) if (op.kind === 'text') used.add(op.role);
  const fonts = new Map<Role, FontUse>();
  ROLES.filter((r) => used.has(r)).forEach((role, i) => {
    const face = book.face(role);
    const ps = pdfNameSafe(face.postscriptName);
    const baseFont = `${subsetTag(`${docId}/${i}/${ps}`)}+${ps}`;
    fonts.set(role, new FontUse(face, pdf.alloc(), baseFont, wide.has(role)));
  });
  return fonts;
}

/** Link annotation: a URI action (written as hex, so no character can end the string) or a GoTo. */
function linkAnnot(
  link: Link,
  pageNums: number[],
  layout: Layout,
  structParent?: number,
): string | undefined {
  const rect = `${num(link.x)} ${num(link.y)} ${num(link.x + link.w)} ${num(link.y + link.h)}`;
  let target: string;
  if (link.uri) target = `/A<</S/URI/URI ${asciiHexString(link.uri)}>>`;
  else {
    const anchor = layout.anchors.find((a) => a.key === link.dest);
    if (!anchor) return undefined;
    target = `/Dest${destArray(pageNums, anchor)}`;
  }
  // /Contents: the link's alternate description (PDF/UA); /StructParent: its Link element.
  const tagged =
    structParent === undefined
      ? ''
      : `/StructParent ${structParent}/Contents ${textString(link.label ?? '')}`;
  return `<</Type/Annot/Subtype/Link/Rect[${rect}]/Border[0 0 0]/F 4${target}${tagged}>>`;
}

export async function writePdf(
  layout: Layout,
  book: FontBook,
  input: PdfInput,
  docId: string,
  deflate: Deflate | null,
  wide: ReadonlySet<Role> = new Set(),
): Promise<Uint8Array> {
  const pdf = new PdfFile();
  const catalog = pdf.alloc();
  const pagesNum = pdf.alloc();
  const pageNums = layout.pages.map(() => pdf.alloc());
  const fonts = reserveFonts(pdf, layout, book, docId, wide);
  const mediaBox = `/MediaBox [ 0 0 ${PAGE.width} ${PAGE.height} ]`;
  const marks: Marking[] = [];
  const annots = new Map<Link, { num: number; page: number }>();
  // Parent-tree keys: one per page (its marked content), then one per link annotation.
  let nextKey = layout.pages.length;

  layout.pages.forEach((p, i) => {
    const w = new ContentWriter();
    const usedFonts = new Set<Role>();
    const m: Marking = { page: i, parents: [], open: null };
    // One pass over both layers, so a marked-content sequence never spans two calls.
    paintOps(w, p.bg.length ? [...p.bg, ...p.fg] : p.fg, fonts, usedFonts, m);
    if (m.open !== null) w.endMarked();
    marks.push(m);
    const contents = pdf.addStream(w.finish());
    const fontRes = ROLES.filter((r) => usedFonts.has(r))
      .map((r) => `/${fontName(r)} ${ref((fonts.get(r) as FontUse).num)}`)
      .join(' ');
    const pageAnnots: number[] = [];
    for (const link of p.links) {
      const key = link.tag ? nextKey : undefined;
      const a = linkAnnot(link, pageNums, layout, key);
      if (!a) continue;
      const num = pdf.add(a);
      pageAnnots.push(num);
      if (link.tag) {
        annots.set(link, { num, page: i });
        nextKey++;
      }
    }
    pdf.set(
      pageNums[i] as number,
      `<< /Type /Page /Parent ${ref(pagesNum)} ${mediaBox} /Resources << /Font << ${fontRes} >> >> ` +
        `/Contents ${ref(contents)}${pageAnnots.length ? ` /Annots [ ${pageAnnots.map(ref).join(' ')} ]` : ''}` +
        ` /Tabs /S /StructParents ${i} >>`,
    );
  });
  // A one-byte font that needed more than 256 glyphs: paint again with it on two bytes (font-embed.ts).
  const overflowed = [...fonts].filter(([, f]) => f.overflowed).map(([role]) => role);
  if (overflowed.length)
    return writePdf(layout, book, input, docId, deflate, new Set([...wide, ...overflowed]));
  pdf.set(pagesNum, `<< /Type /Pages /Kids [ ${pageNums.map(ref).join(' ')} ] /Count ${pageNums.length} >>`);
  let cmap: number | undefined;
  const oneByteCMap = () => (cmap ??= pdf.addStream(latin1(ONE_BYTE_CMAP.body), ONE_BYTE_CMAP.dict));
  for (const f of fonts.values()) f.write(pdf, oneByteCMap);

  const structRoot = writeStructTree(pdf, layout.root, pageNums, marks, annots, nextKey);
  const outline = addOutline(pdf, pageNums, layout.anchors);
  const metadata = pdf.addStream(utf8(xmpMetadata(input)), '/Type /Metadata /Subtype /XML', false);
  pdf.set(
    catalog,
    `<< /Type /Catalog /Pages ${ref(pagesNum)}${outline ? ` /Outlines ${ref(outline)} /PageMode /UseOutlines` : ''}` +
      ` /MarkInfo << /Marked true >> /StructTreeRoot ${ref(structRoot)} /Metadata ${ref(metadata)}` +
      `${catalogEntries(input)} >>`,
  );
  const info = pdf.add(infoDict(input));
  return pdf.finish(`/Root ${ref(catalog)} /Info ${ref(info)} /ID [ <${docId}> <${docId}> ]`, deflate);
}
