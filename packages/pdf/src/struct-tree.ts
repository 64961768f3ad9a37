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
  // Where each op was painted (page and MCID) is on the op itself: paintOps set it.
  const ownContent = (node: StructNode): boolean => {
    for (const k of node.kids) {
      if (!('kind' in k)) continue;
      if (k.kind === 'annot' ? annots.has(k.link) : k.ops.some((o) => o.mcid !== undefined)) return true;
    }
    return false;
  };

  /** Page of the element's first own marked content, or -1. */
  const firstPage = (node: StructNode): number => {
    for (const k of node.kids) {
      if (!('kind' in k) || k.kind !== 'mc') continue;
      for (const op of k.ops) if (op.mcPage !== undefined) return op.mcPage;
    }
    return -1;
  };

  // The elements with content, in pre-order (the order their object numbers were always given
  // in), with each one's parent (index in `order`, -1: the tree root) and how many elements its
  // subtree holds: so each dictionary is written in one go, as bytes, its kids' numbers known.
  // Building the tree as strings (a string per kid, joined, a template per element) and a map
  // per question (has content? which number?) was ~0.6 MB of garbage a render.
  const order: StructNode[] = [];
  const parentIdx: number[] = [];
  const size: number[] = [];
  const collect = (node: StructNode, parent: number): boolean => {
    const i = order.length;
    order.push(node);
    parentIdx.push(parent);
    size.push(1);
    let has = false;
    for (const k of node.kids) if (!('kind' in k) && collect(k, i)) has = true;
    // An element without content has no kept descendants either: it is the last one pushed.
    // The root (Document) is written even when empty.
    if (parent >= 0 && !has && !ownContent(node)) {
      order.pop();
      parentIdx.pop();
      size.pop();
      return false;
    }
    size[i] = order.length - i;
    return true;
  };
  collect(root, -1);
  const treeRoot = pdf.alloc();
  const first = treeRoot + 1;
  for (let i = 0; i < order.length; i++) pdf.alloc();

  const out = pdf.sink;
  for (let i = 0; i < order.length; i++) {
    const node = order[i] as StructNode;
    const start = out.length;
    const pg = firstPage(node);
    const p = parentIdx[i] as number;
    out.ascii('<</S/');
    out.ascii(node.type);
    out.ascii('/P ');
    out.ref(p < 0 ? treeRoot : first + p);
    if (pg >= 0) {
      out.ascii('/Pg ');
      out.ref(pageNums[pg] as number);
    }
    // The kids in brackets, or a single kid after a space: the bracket is written first and
    // becomes the space when no second kid follows. /Type /StructElem is optional (ISO 32000-1
    // Table 323) and left out: the tree is most of the document's objects, so its bytes count.
    out.ascii('/K');
    const open = out.length;
    out.byte(91);
    let count = 0;
    // The next kept element in pre-order: this element's next kept child, when it is one.
    let next = i + 1;
    // (page, MCID) pairs already referenced: most elements have one, so the set is made on the second.
    let firstKey = -1;
    let seen: Set<number> | null = null;
    for (const k of node.kids) {
      if (!('kind' in k)) {
        if (order[next] === k) {
          if (count++) out.byte(32);
          out.ref(first + next);
          next += size[next] as number;
        }
      } else if (k.kind === 'annot') {
        const a = annots.get(k.link);
        if (a) {
          if (count++) out.byte(32);
          out.ascii('<</Type/OBJR/Obj ');
          out.ref(a.num);
          out.ascii('/Pg ');
          out.ref(pageNums[a.page] as number);
          out.ascii('>>');
        }
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
          if (count++) out.byte(32);
          // Content on the element's own page (/Pg) is referenced by bare MCID, elsewhere by an MCR.
          if (page === pg) out.int(mcid);
          else {
            out.ascii('<</Type/MCR/Pg ');
            out.ref(pageNums[page] as number);
            out.ascii('/MCID ');
            out.int(mcid);
            out.ascii('>>');
          }
          lastPage = page;
          lastMcid = mcid;
        }
      }
    }
    if (count === 1) out.reserve(0)[open] = 32;
    else out.byte(93);
    if (node.attrs) out.ascii(node.attrs);
    out.ascii('>>');
    pdf.endBytes(first + i, start);
  }

  // The parent tree: each page's MCIDs, then each link annotation, to their element's number.
  const nums = new Map<StructNode, number>();
  for (const [i, node] of order.entries()) nums.set(node, first + i);
  const parentTree = pdf.alloc();
  const start = out.length;
  out.ascii('<</Nums[');
  let entries = 0;
  marks.forEach((m, page) => {
    if (entries++) out.byte(32);
    out.int(page);
    out.byte(91);
    m.parents.forEach((n, i) => {
      if (i) out.byte(32);
      out.ref(nums.get(n) as number);
    });
    out.byte(93);
  });
  let key = marks.length;
  for (const link of annots.keys()) {
    const n = link.tag && nums.get(link.tag);
    if (n !== undefined) {
      if (entries++) out.byte(32);
      out.int(key);
      out.byte(32);
      out.ref(n);
    }
    key++;
  }
  out.ascii(']>>');
  pdf.endBytes(parentTree, start);
  pdf.set(
    treeRoot,
    `<< /Type /StructTreeRoot /K ${ref(first)} /ParentTree ${ref(parentTree)} /ParentTreeNextKey ${nextKey} >>`,
  );
  return treeRoot;
}
