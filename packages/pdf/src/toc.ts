/**
 * Contents page numbers and the PDF outline (bookmarks). Headings are placed by layout; here we
 * turn their anchors into page numbers and GoTo destinations.
 */
import { type PDFDocument, PDFHexString, PDFName, type PDFRef } from 'pdf-lib';
import type { FontBook } from './fonts.ts';
import { type Anchor, type Layout, type Op, plainText } from './ops.ts';

/** Replace contents-page placeholders with right-aligned page numbers (1-based). */
export function resolvePageRefs(layout: Layout, book: FontBook): void {
  const pageOf = new Map(layout.anchors.map((a) => [a.key, a.page + 1]));
  for (const page of layout.pages) {
    page.fg = page.fg.flatMap((op): Op[] => {
      if (op.kind !== 'pageref') return [op];
      const label = String(pageOf.get(op.key) ?? '');
      const { width } = plainText(book, label, 0, 0, op.size, op.color, op.bold);
      return plainText(book, label, op.xRight - width, op.y, op.size, op.color, op.bold).ops;
    });
  }
}

/** Explicit destination: the heading's page, scrolled so the heading is at the top. */
export function destArray(doc: PDFDocument, pageRefs: PDFRef[], anchor: Pick<Anchor, 'page' | 'y'>) {
  const ref = pageRefs[anchor.page];
  return doc.context.obj([ref ?? null, PDFName.of('XYZ'), null, Math.round(anchor.y), null]);
}

/** Outline with level 1 headings at the top and level 2 nested under the preceding level 1. */
export function addOutline(doc: PDFDocument, pageRefs: PDFRef[], anchors: Anchor[]): void {
  const ctx = doc.context;
  type Node = { anchor: Anchor; ref: PDFRef; children: Node[] };
  const roots: Node[] = [];
  for (const anchor of [...anchors].sort((a, b) => a.key - b.key)) {
    if (anchor.level > 2) continue;
    const node: Node = { anchor, ref: ctx.nextRef(), children: [] };
    const parent = roots[roots.length - 1];
    if (anchor.level === 2 && parent && parent.anchor.level === 1) parent.children.push(node);
    else roots.push(node);
  }
  if (roots.length === 0) return;
  const outlinesRef = ctx.nextRef();
  const write = (nodes: Node[], parentRef: PDFRef): number => {
    let visible = 0;
    nodes.forEach((node, i) => {
      const dict = ctx.obj({
        Title: PDFHexString.fromText(node.anchor.title || ' '),
        Parent: parentRef,
        Dest: destArray(doc, pageRefs, node.anchor),
      });
      const prev = nodes[i - 1];
      const next = nodes[i + 1];
      if (prev) dict.set(PDFName.of('Prev'), prev.ref);
      if (next) dict.set(PDFName.of('Next'), next.ref);
      const first = node.children[0];
      const last = node.children[node.children.length - 1];
      if (first && last) {
        dict.set(PDFName.of('First'), first.ref);
        dict.set(PDFName.of('Last'), last.ref);
        // Positive count = open: children are shown expanded.
        dict.set(PDFName.of('Count'), ctx.obj(write(node.children, node.ref)));
      }
      ctx.assign(node.ref, dict);
      visible += 1 + node.children.length;
    });
    return visible;
  };
  const count = write(roots, outlinesRef);
  ctx.assign(
    outlinesRef,
    ctx.obj({
      Type: 'Outlines',
      First: (roots[0] as Node).ref,
      Last: (roots[roots.length - 1] as Node).ref,
      Count: count,
    }),
  );
  doc.catalog.set(PDFName.of('Outlines'), outlinesRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
