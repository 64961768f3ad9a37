/**
 * Contents page numbers and the PDF outline (bookmarks). Headings are placed by layout; here we
 * turn their anchors into page numbers and GoTo destinations.
 */
import type { FontBook } from './fonts.ts';
import { type Anchor, type Layout, type Op, plainText } from './ops.ts';
import { type PdfFile, ref, textString } from './pdf-file.ts';

/** Replace contents-page placeholders with right-aligned page numbers (1-based). */
export function resolvePageRefs(layout: Layout, book: FontBook): void {
  const pageOf = new Map(layout.anchors.map((a) => [a.key, a.page + 1]));
  for (const page of layout.pages) {
    // Only the contents pages hold placeholders: leave every other page's ops as they are.
    if (!page.fg.some((op) => op.kind === 'pageref')) continue;
    page.fg = page.fg.flatMap((op): Op[] => {
      if (op.kind !== 'pageref') return [op];
      const label = String(pageOf.get(op.key) ?? '');
      const { width } = plainText(book, label, 0, 0, op.size, op.color, op.bold);
      const ops = plainText(book, label, op.xRight - width, op.y, op.size, op.color, op.bold).ops;
      // The number takes the placeholder's place in its structure element's content.
      const group = op.tag?.kids.find((k) => 'kind' in k && k.kind === 'mc' && k.ops.includes(op));
      if (group && 'ops' in group) {
        for (const o of ops) o.tag = op.tag;
        group.ops.splice(group.ops.indexOf(op), 1, ...ops);
      }
      return ops;
    });
  }
}

/** Explicit destination: the heading's page, scrolled so the heading is at the top. */
export function destArray(pageNums: number[], anchor: Pick<Anchor, 'page' | 'y'>): string {
  const page = pageNums[anchor.page];
  return `[${page === undefined ? 'null' : ref(page)}/XYZ null ${Math.round(anchor.y)} null]`;
}

/**
 * Outline with level 1 headings at the top and level 2 nested under the preceding level 1.
 * Returns the outline root's object number, or undefined when there is nothing to list.
 */
export function addOutline(pdf: PdfFile, pageNums: number[], anchors: Anchor[]): number | undefined {
  type Node = { anchor: Anchor; num: number; children: Node[] };
  const roots: Node[] = [];
  for (const anchor of [...anchors].sort((a, b) => a.key - b.key)) {
    if (anchor.level > 2) continue;
    const node: Node = { anchor, num: pdf.alloc(), children: [] };
    const parent = roots[roots.length - 1];
    if (anchor.level === 2 && parent && parent.anchor.level === 1) parent.children.push(node);
    else roots.push(node);
  }
  if (roots.length === 0) return undefined;
  const outlines = pdf.alloc();
  const write = (nodes: Node[], parent: number): number => {
    let visible = 0;
    nodes.forEach((node, i) => {
      const prev = nodes[i - 1];
      const next = nodes[i + 1];
      const first = node.children[0];
      const last = node.children[node.children.length - 1];
      let dict = `<< /Title ${textString(node.anchor.title || ' ')} /Parent ${ref(parent)} /Dest ${destArray(pageNums, node.anchor)}`;
      if (prev) dict += ` /Prev ${ref(prev.num)}`;
      if (next) dict += ` /Next ${ref(next.num)}`;
      // Positive count = open: children are shown expanded.
      if (first && last) {
        dict += ` /First ${ref(first.num)} /Last ${ref(last.num)} /Count ${write(node.children, node.num)}`;
      }
      pdf.set(node.num, `${dict} >>`);
      visible += 1 + node.children.length;
    });
    return visible;
  };
  const count = write(roots, outlines);
  const first = roots[0] as Node;
  const last = roots[roots.length - 1] as Node;
  pdf.set(outlines, `<< /Type /Outlines /First ${ref(first.num)} /Last ${ref(last.num)} /Count ${count} >>`);
  return outlines;
}
