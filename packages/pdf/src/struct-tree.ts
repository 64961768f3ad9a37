/**
 * The tagged-PDF structure tree (ISO 32000-1 §14.7, PDF/UA-1): one StructElem per element layout
 * made, its kids in reading order as marked-content references (MCR: page and MCID), child
 * elements and object references to link annotations (OBJR); and the parent tree that maps each
 * page's MCIDs and each annotation back to its element. Elements with no content are left out.
 */
import type { Link, StructNode } from './ops.ts';
import type { Marking } from './render.ts';
import { type PdfFile, ref } from './pdf-file.ts';

export function writeStructTree(
  pdf: PdfFile,
  root: StructNode,
  pageNums: number[],
  marks: Marking[],
  annots: Map<Link, { num: number; page: number }>,
  nextKey: number,
): number {
  // Where each op was painted: page and MCID.
  const where = new Map<object, { page: number; mcid: number }>();
  marks.forEach((m, page) => {
    for (const [op, mcid] of m.mcid) where.set(op, { page, mcid });
  });
  const hasContent = (node: StructNode): boolean =>
    node.kids.some((k) =>
      'kind' in k
        ? k.kind === 'annot'
          ? annots.has(k.link)
          : k.ops.some((o) => where.has(o))
        : hasContent(k),
    );

  /** Page of the element's first own marked content, or -1. */
  const firstPage = (node: StructNode): number => {
    for (const k of node.kids) {
      if (!('kind' in k) || k.kind !== 'mc') continue;
      for (const op of k.ops) {
        const at = where.get(op);
        if (at) return at.page;
      }
    }
    return -1;
  };

  const treeRoot = pdf.alloc();
  const nums = new Map<StructNode, number>();
  const write = (node: StructNode, parent: number): number => {
    const num = pdf.alloc();
    nums.set(node, num);
    const kids: string[] = [];
    const seen = new Set<number>();
    // Content on the element's own page (/Pg) is referenced by bare MCID, elsewhere by an MCR.
    const pg = firstPage(node);
    for (const k of node.kids) {
      if (!('kind' in k)) {
        if (hasContent(k)) kids.push(ref(write(k, num)));
      } else if (k.kind === 'annot') {
        const a = annots.get(k.link);
        if (a) kids.push(`<< /Type /OBJR /Obj ${ref(a.num)} /Pg ${ref(pageNums[a.page] as number)} >>`);
      } else {
        // Ops of one marked-content sequence share its MCID: one reference per sequence.
        let lastPage = -1;
        let lastMcid = -1;
        for (const op of k.ops) {
          const at = where.get(op);
          if (!at || (at.page === lastPage && at.mcid === lastMcid)) continue;
          const key = at.page * 1_000_000 + at.mcid;
          if (seen.has(key)) continue;
          seen.add(key);
          kids.push(
            at.page === pg
              ? String(at.mcid)
              : `<< /Type /MCR /Pg ${ref(pageNums[at.page] as number)} /MCID ${at.mcid} >>`,
          );
          lastPage = at.page;
          lastMcid = at.mcid;
        }
      }
    }
    pdf.set(
      num,
      `<< /Type /StructElem /S /${node.type} /P ${ref(parent)}${pg >= 0 ? ` /Pg ${ref(pageNums[pg] as number)}` : ''}` +
        ` /K [ ${kids.join(' ')} ]${node.attrs ? ` ${node.attrs}` : ''} >>`,
    );
    return num;
  };
  const doc = write(root, treeRoot);

  const entries: string[] = [];
  marks.forEach((m, page) => {
    entries.push(`${page} [ ${m.parents.map((n) => ref(nums.get(n) as number)).join(' ')} ]`);
  });
  const byKey = [...annots.entries()].map(([link]) => link);
  let key = marks.length;
  for (const link of byKey) {
    if (link.tag && nums.has(link.tag)) entries.push(`${key} ${ref(nums.get(link.tag) as number)}`);
    key++;
  }
  const parentTree = pdf.add(`<< /Nums [ ${entries.join(' ')} ] >>`);
  pdf.set(
    treeRoot,
    `<< /Type /StructTreeRoot /K ${ref(doc)} /ParentTree ${ref(parentTree)} /ParentTreeNextKey ${nextKey} >>`,
  );
  return treeRoot;
}
