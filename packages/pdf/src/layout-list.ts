/** Lists: LI/Lbl/LBody structure, numbered (1. a. i. by depth) or bulleted (drawn dots and squares). */
import type { Layouter } from './layout.ts';
import { markOp, newNode } from './ops.ts';
import { measurePlain } from './text-runs.ts';
import { BODY } from './layout-styles.ts';
import { COLOR, GAP, TYPE } from './theme.ts';
import type { Block } from './types.ts';

export function list(
  lay: Layouter,
  b: Extract<Block, { type: 'list' }>,
  x: number,
  w: number,
  depth: number,
): void {
  const { book } = lay;
  const items = Array.isArray(b.items) ? b.items : [];
  const size = BODY.size;
  const labels = items.map((_, i) => (b.ordered ? `${listLabel(i + 1, depth)}.` : ''));
  const labelW = Math.max(0, ...labels.map((l) => measurePlain(book, l, false, size)));
  const indent = b.ordered ? Math.max(18, labelW + 7) : 15;
  items.forEach((item, i) => {
    if (i > 0) lay.gap(GAP.listItem);
    const label = labels[i] ?? '';
    const li = newNode('LI', lay.cur);
    const lbl = newNode('Lbl', li);
    lay.marker = (page, baseline) => {
      if (b.ordered) {
        const lw = measurePlain(book, label, false, size);
        for (const run of book.runs(label, false, false)) {
          page.fg.push(
            markOp(lbl, {
              kind: 'text',
              x: x + indent - 5 - lw,
              y: baseline,
              text: run.text,
              role: run.role,
              size,
              color: COLOR.text,
            }),
          );
        }
      } else {
        // The bullet is a drawn path: the Lbl's content (it has no text to read out).
        const cx = x + 5;
        const cy = baseline + size * 0.32;
        const style = depth % 3;
        if (style === 0)
          page.fg.push(markOp(lbl, { kind: 'circle', x: cx, y: cy, r: 1.9, fill: COLOR.text }));
        else if (style === 1)
          page.fg.push(markOp(lbl, { kind: 'circle', x: cx, y: cy, r: 1.8, stroke: COLOR.text }));
        else
          page.fg.push(
            markOp(lbl, { kind: 'rect', x: cx - 1.6, y: cy - 1.6, w: 3.2, h: 3.2, fill: COLOR.text }),
          );
      }
    };
    const prev = lay.cur;
    lay.cur = newNode('LBody', li);
    try {
      lay.blocks(Array.isArray(item) ? item : [], x + indent, w - indent, depth + 1, true);
    } finally {
      lay.cur = prev;
    }
    if (lay.markerPending()) {
      // Empty item, or one that starts with a block without text lines: mark the current position.
      lay.ensure(BODY.size * TYPE.body.leading);
      lay.fireMarker(lay.baselineIn(BODY.size * TYPE.body.leading, size));
      if (!item?.length) lay.y -= BODY.size * TYPE.body.leading;
    }
  });
}

export function listLabel(n: number, depth: number): string {
  const style = depth % 3;
  if (style === 1) return alpha(n);
  if (style === 2) return roman(n);
  return String(n);
}

function alpha(n: number): string {
  let s = '';
  for (let v = n; v > 0; v = Math.floor((v - 1) / 26)) s = String.fromCharCode(97 + ((v - 1) % 26)) + s;
  return s;
}

const ROMAN: [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

function roman(n: number): string {
  let s = '';
  let v = n;
  for (const [k, r] of ROMAN) {
    while (v >= k) {
      s += r;
      v -= k;
    }
  }
  return s;
}
