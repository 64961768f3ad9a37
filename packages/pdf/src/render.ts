/** Paints laid-out pages with pdf-lib: fonts, shapes, text and link annotations. */
import { LineCapStyle, type PDFDocument, type PDFFont, PDFHexString, type PDFPage, type RGB, rgb } from 'pdf-lib';
import { embedFaces } from './font-embed.ts';
import type { FontBook, Role } from './fonts.ts';
import type { Layout, Link, Op } from './ops.ts';
import type { Color } from './theme.ts';
import { destArray } from './toc.ts';
import { PAGE } from './theme.ts';

const ROLE_ORDER: Role[] = ['regular', 'bold', 'italic', 'boldItalic', 'cjk', 'cjkBold'];

/** Embed exactly the fonts the pages use, in a fixed order (object numbers must not vary). */
async function embedUsedFonts(doc: PDFDocument, layout: Layout, book: FontBook): Promise<Map<Role, PDFFont>> {
  const used = new Map<Role, Set<number>>();
  for (const page of layout.pages) {
    for (const op of page.fg) {
      if (op.kind !== 'text') continue;
      let cps = used.get(op.role);
      if (!cps) used.set(op.role, (cps = new Set()));
      for (const ch of op.text) cps.add(ch.codePointAt(0) as number);
    }
  }
  const roles = ROLE_ORDER.filter((r) => used.has(r));
  const fonts = await embedFaces(
    doc,
    roles.map((r) => ({ face: book.face(r), codePoints: used.get(r) as Set<number> })),
  );
  return new Map(roles.map((r, i) => [r, fonts[i] as PDFFont]));
}

export async function paintPages(doc: PDFDocument, layout: Layout, book: FontBook): Promise<PDFPage[]> {
  const fonts = await embedUsedFonts(doc, layout, book);
  const colors = new Map<Color, RGB>();
  const color = (c: Color): RGB => {
    let v = colors.get(c);
    if (!v) colors.set(c, (v = rgb(c[0], c[1], c[2])));
    return v;
  };
  const pages: PDFPage[] = [];
  for (const p of layout.pages) {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    pages.push(page);
    for (const op of p.bg) paintOp(page, op, fonts, color);
    for (const op of p.fg) paintOp(page, op, fonts, color);
  }
  const refs = pages.map((p) => p.ref);
  layout.pages.forEach((p, i) => {
    for (const link of p.links) addLink(doc, pages[i] as PDFPage, link, refs, layout);
  });
  return pages;
}

function paintOp(page: PDFPage, op: Op, fonts: Map<Role, PDFFont>, color: (c: Color) => RGB): void {
  switch (op.kind) {
    case 'text': {
      const font = fonts.get(op.role);
      if (font && op.text) page.drawText(op.text, { x: op.x, y: op.y, size: op.size, font, color: color(op.color) });
      return;
    }
    case 'rect':
      page.drawRectangle({
        x: op.x,
        y: op.y,
        width: op.w,
        height: op.h,
        ...(op.fill ? { color: color(op.fill) } : {}),
        ...(op.stroke ? { borderColor: color(op.stroke), borderWidth: op.lineWidth ?? 0.5 } : {}),
      });
      return;
    case 'box': {
      const h = op.top - op.bottom;
      if (h <= 0) return;
      page.drawRectangle({
        x: op.x,
        y: op.bottom,
        width: op.w,
        height: h,
        color: color(op.fill),
        ...(op.stroke ? { borderColor: color(op.stroke), borderWidth: 0.6 } : {}),
      });
      if (op.bar) page.drawRectangle({ x: op.x, y: op.bottom, width: 3, height: h, color: color(op.bar) });
      return;
    }
    case 'line':
      page.drawLine({
        start: { x: op.x1, y: op.y1 },
        end: { x: op.x2, y: op.y2 },
        thickness: op.width,
        color: color(op.color),
        ...(op.dots ? { dashArray: [0, 2.6], lineCap: LineCapStyle.Round } : {}),
      });
      return;
    case 'circle':
      page.drawCircle({
        x: op.x,
        y: op.y,
        size: op.r,
        ...(op.fill ? { color: color(op.fill) } : {}),
        ...(op.stroke ? { borderColor: color(op.stroke), borderWidth: 0.7 } : {}),
      });
      return;
    case 'pageref':
      return; // resolved to text before painting
  }
}

/** URI strings are written as hex so no character can terminate the PDF string early. */
const asciiHex = (s: string): PDFHexString =>
  PDFHexString.of([...s].map((c) => (c.charCodeAt(0) & 0x7f).toString(16).padStart(2, '0')).join(''));

function addLink(doc: PDFDocument, page: PDFPage, link: Link, refs: PDFPage['ref'][], layout: Layout): void {
  const ctx = doc.context;
  const rect = [link.x, link.y, link.x + link.w, link.y + link.h].map((v) => Math.round(v * 100) / 100);
  let target: Record<string, unknown>;
  if (link.uri) {
    target = { A: { Type: 'Action', S: 'URI', URI: asciiHex(link.uri) } };
  } else {
    const anchor = layout.anchors.find((a) => a.key === link.dest);
    if (!anchor) return;
    target = { Dest: destArray(doc, refs, anchor) };
  }
  // biome-ignore lint/suspicious/noExplicitAny: pdf-lib's obj() literal typing is too narrow for nested dicts
  const annot = ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect, Border: [0, 0, 0], F: 4, ...target } as any);
  page.node.addAnnot(ctx.register(annot));
}
