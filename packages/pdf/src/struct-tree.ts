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
  // Where each op was painted (page and MCID) is on the op itself: paintOps set it. Memoised:
  // write() asks it of every element, and unmemoised each ask walked the element's whole subtree.
  const contentOf = new Map<StructNode, boolean>();
  const hasContent = (node: StructNode): boolean => {
    let has = contentOf.get(node);
    if (has === undefined) {
      has = node.kids.some((k) =>
        'kind' in k
          ? k.kind === 'annot'
            ? annots.has(k.link)
            : k.ops.some((o) => o.mcid !== undefined)
          : hasContent(k),
      );
      contentOf.set(node, has);
    }
    return has;
  };

  /** Page of the element's first own marked content, or -1. */
  const firstPage = (node: StructNode): number => {
    for (const k of node.kids) {
      if (!('kind' in k) || k.kind !== 'mc') continue;
      for (const op of k.ops) if (op.mcPage !== undefined) return op.mcPage;
    }
    return -1;
  };

  const treeRoot = pdf.alloc();
  const nums = new Map<StructNode, number>();
  const write = (node: StructNode, parent: number): number => {
    const num = pdf.alloc();
    nums.set(node, num);
    const kids: string[] = [];
    // (page, MCID) pairs already referenced: most elements have one, so the set is made on the second.
    let firstKey = -1;
    let seen: Set<number> | null = null;
    // Content on the element's own page (/Pg) is referenced by bare MCID, elsewhere by an MCR.
    const pg = firstPage(node);
    for (const k of node.kids) {
      if (!('kind' in k)) {
        if (hasContent(k)) kids.push(ref(write(k, num)));
      } else if (k.kind === 'annot') {
        const a = annots.get(k.link);
        if (a) kids.push(`<</Type/OBJR/Obj ${ref(a.num)}/Pg ${ref(pageNums[a.page] as number)}>>`);
      } else {
        // Ops of one marked-content sequence share its MCID: one reference per sequence.
        let lastPage = -1;
        let lastMcid = -1;
        for (const op of k.ops) {
          const page = op.mcPage;
          const mcid = op.mcid;
          if (page === undefined || mcid === undefined || (page === lastPage && mcid === lastMcid)) continue;
          const key = page * 1_000_000 + mcid;
          if (firstKey < 0) firstKey = key;
          else {
            if (key === firstKey || seen?.has(key)) continue;
            seen ??= new Set<number>();
            seen.add(key);
          }
          kids.push(
            page === pg ? String(mcid) : `<</Type/MCR/Pg ${ref(pageNums[page] as number)}/MCID ${mcid}>>`,
          );
          lastPage = page;
          lastMcid = mcid;
        }
      }
    }
    // /Type /StructElem is optional (ISO 32000-1 Table 323) and left out, as is the array
    // around a single kid: the tree is most of the document's objects, so its bytes count.
    pdf.set(
      num,
      `<</S/${node.type}/P ${ref(parent)}${pg >= 0 ? `/Pg ${ref(pageNums[pg] as number)}` : ''}` +
        `/K${kids.length === 1 ? ` ${kids[0]}` : `[${kids.join(' ')}]`}${node.attrs ?? ''}>>`,
    );
    return num;
  };
  const doc = write(root, treeRoot);

  const entries: string[] = [];
  marks.forEach((m, page) => {
    entries.push(`${page}[${m.parents.map((n) => ref(nums.get(n) as number)).join(' ')}]`);
  });
  const byKey = [...annots.entries()].map(([link]) => link);
  let key = marks.length;
  for (const link of byKey) {
    if (link.tag && nums.has(link.tag)) entries.push(`${key} ${ref(nums.get(link.tag) as number)}`);
    key++;
  }
  const parentTree = pdf.add(`<</Nums[${entries.join(' ')}]>>`);
  pdf.set(
    treeRoot,
    `<< /Type /StructTreeRoot /K ${ref(doc)} /ParentTree ${ref(parentTree)} /ParentTreeNextKey ${nextKey} >>`,
  );
  return treeRoot;
}
