/**
 * The page flow every block layout writes into: the pages, the pen (y), page breaks, boxes that
 * continue over a break (callouts, code), the structure element being filled and a list marker
 * waiting for its item's first baseline. Block layouts (layout.ts, layout-*.ts) move the pen and
 * push ops; this module knows nothing about blocks.
 */
import type { FontBook } from './fonts.ts';
import { emitLine } from './layout-line.ts';
import { type Anchor, type BoxOp, type Layout, newNode, type Page, type StructNode } from './ops.ts';
import type { Line } from './text-runs.ts';
import { PAGE } from './theme.ts';

interface OpenBox {
  op: BoxOp;
  padTop: number;
}

export class Flow {
  readonly pages: Page[] = [];
  readonly anchors: Anchor[] = [];
  /** The structure tree: what each drawn op belongs to, in reading order. */
  readonly root: StructNode = newNode('Document');
  /** The element new blocks go into (and, for text, the element it belongs to). */
  cur: StructNode = this.root;
  readonly book: FontBook;
  page: Page = { bg: [], fg: [], links: [] };
  /** Current pen position: top of the next thing to place. */
  y = 0;
  /** y right after the last page break, to know when we are at the top of a page. */
  topY = 0;
  private readonly boxes: OpenBox[] = [];
  /** A list marker waiting for the baseline of its item's first line. */
  marker: ((page: Page, baseline: number) => void) | null = null;
  private readonly ascent: number;
  private readonly descent: number;

  constructor(book: FontBook) {
    this.book = book;
    const regular = book.face('regular');
    this.ascent = regular.ascent;
    this.descent = regular.descent;
    this.pages.push(this.page);
    this.y = this.topY = PAGE.contentTop;
  }

  result(): Layout {
    return { pages: this.pages, anchors: this.anchors, root: this.root };
  }

  /** Lay out `fn`'s content inside a new structure element of `type`. */
  within(type: string, fn: () => void, attrs?: string): StructNode {
    const node = newNode(type, this.cur, attrs);
    const prev = this.cur;
    this.cur = node;
    try {
      fn();
    } finally {
      this.cur = prev;
    }
    return node;
  }

  atTop(): boolean {
    return this.y >= this.topY - 0.01;
  }

  newPage(): void {
    for (const box of this.boxes) box.op.bottom = Math.max(this.y - 4, PAGE.contentBottom - 6);
    this.page = { bg: [], fg: [], links: [] };
    this.pages.push(this.page);
    this.y = PAGE.contentTop;
    // Boxes still open continue on the new page, each with a little top padding.
    for (const box of this.boxes) {
      box.op = { ...box.op, top: this.y, bottom: this.y };
      this.page.bg.push(box.op);
      this.y -= box.padTop * 0.6;
    }
    this.topY = this.y;
  }

  /** Start a new page unless `h` points still fit (or we are already at the top). */
  ensure(h: number): void {
    if (this.y - h < PAGE.contentBottom && !this.atTop()) this.newPage();
  }

  gap(g: number): void {
    if (!this.atTop()) this.y -= g;
  }

  openBox(x: number, w: number, look: Omit<BoxOp, 'kind' | 'x' | 'w' | 'top' | 'bottom'>, pad: number) {
    const op: BoxOp = { kind: 'box', x, w, top: this.y, bottom: this.y, ...look };
    this.page.bg.push(op);
    this.boxes.push({ op, padTop: pad });
    this.y -= pad;
  }

  closeBox(pad: number): void {
    const box = this.boxes.pop();
    if (!box) return;
    this.y -= pad;
    box.op.bottom = this.y;
  }

  baselineIn(lineHeight: number, size: number): number {
    return this.y - ((lineHeight - (this.ascent + this.descent) * size) / 2 + this.ascent * size);
  }

  markerPending(): boolean {
    return this.marker !== null;
  }

  fireMarker(baseline: number): void {
    const m = this.marker;
    this.marker = null;
    m?.(this.page, baseline);
  }

  /** Draw one wrapped line at a baseline (see layout-line.ts); `tag` null: an artifact. */
  emitLine(line: Line, x: number, baseline: number, tag: StructNode | null = this.cur): void {
    emitLine(this.page, line, x, baseline, tag);
  }

  /** Place wrapped lines, breaking pages between lines; avoids a lone first line at a page bottom. */
  placeLines(lines: Line[], x: number, size: number, lineHeight: number): void {
    lines.forEach((line, i) => {
      this.ensure(i === 0 && lines.length >= 2 ? 2 * lineHeight : lineHeight);
      const baseline = this.baselineIn(lineHeight, size);
      this.emitLine(line, x, baseline);
      if (i === 0) this.fireMarker(baseline);
      this.y -= lineHeight;
    });
  }

  /** A horizontal line across the column with `pad` points of space above and below it. */
  hrule(x: number, w: number, pad: number, width: number, color: BoxOp['fill']): void {
    this.y -= pad;
    this.page.fg.push({ kind: 'line', x1: x, y1: this.y, x2: x + w, y2: this.y, width, color });
    this.y -= pad;
  }
}
