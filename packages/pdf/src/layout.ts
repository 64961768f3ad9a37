/**
 * Block flow: turns blocks into positioned drawing operations on A4 pages (PDF coordinates,
 * y grows upwards). Nothing here touches pdf-lib, so layout can be tested and reasoned about alone.
 */
import type { FontBook } from './fonts.ts';
import { type Anchor, type BoxOp, type Layout, markOp, newNode, type Page, type StructNode } from './ops.ts';
import { cleanCodeLines, cleanLine } from './sanitize.ts';
import {
  type Line,
  measurePlain,
  measureWords,
  type TextStyle,
  tokenize,
  type Word,
  wrapInlines,
  wrapPre,
  wrapWords,
} from './text-runs.ts';
import { COLOR, type Color, CONTENT_WIDTH, GAP, PAGE, TYPE } from './theme.ts';
import type { Block, Inline } from './types.ts';

type HeadingBlock = Extract<Block, { type: 'heading' }>;
type TableBlock = Extract<Block, { type: 'table' }>;

interface TableGeometry {
  w: number;
  widths: number[];
  headLines: Line[][] | null;
  rowLines: Line[][][];
  rowHeight: (cells: Line[][]) => number;
  headH: number;
  start: number;
}

/** Headings in document order (including nested ones), with their keys. */
export function collectHeadings(blocks: readonly Block[]): HeadingBlock[] {
  const out: HeadingBlock[] = [];
  const walk = (bs: readonly Block[] | undefined): void => {
    for (const b of bs ?? []) {
      if (!b) continue;
      if (b.type === 'heading') out.push(b);
      else if (b.type === 'list') for (const item of b.items ?? []) walk(item);
      else if (b.type === 'callout') walk(b.blocks);
    }
  };
  walk(blocks);
  return out;
}

const BODY: TextStyle = {
  size: TYPE.body.size,
  color: COLOR.text,
  linkColor: COLOR.link,
  codeColor: COLOR.codeText,
  codeScale: TYPE.inlineCodeScale,
};

interface OpenBox {
  op: BoxOp;
  padTop: number;
}

export interface TitleBlock {
  title: string;
  subject?: string;
  author?: string;
}

export class Layouter {
  readonly pages: Page[] = [];
  readonly anchors: Anchor[] = [];
  /** The structure tree: what each drawn op belongs to, in reading order. */
  readonly root: StructNode = newNode('Document');
  /** The element new blocks go into (and, for text, the element it belongs to). */
  private cur: StructNode = this.root;
  private readonly book: FontBook;
  private readonly headingKeys: Map<HeadingBlock, number>;
  private page: Page = { bg: [], fg: [], links: [] };
  /** Current pen position: top of the next thing to place. */
  private y = 0;
  /** y right after the last page break, to know when we are at the top of a page. */
  private topY = 0;
  private readonly boxes: OpenBox[] = [];
  private readonly tables = new WeakMap<TableBlock, TableGeometry>();
  /** A list marker waiting for the baseline of its item's first line. */
  private marker: ((page: Page, baseline: number) => void) | null = null;
  private readonly ascent: number;
  private readonly descent: number;

  constructor(book: FontBook, headings: HeadingBlock[]) {
    this.book = book;
    this.headingKeys = new Map(headings.map((h, i) => [h, i]));
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
  private within(type: string, fn: () => void, attrs?: string): StructNode {
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

  // ---------------------------------------------------------------- flow primitives

  private atTop(): boolean {
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
  private ensure(h: number): void {
    if (this.y - h < PAGE.contentBottom && !this.atTop()) this.newPage();
  }

  private gap(g: number): void {
    if (!this.atTop()) this.y -= g;
  }

  private openBox(
    x: number,
    w: number,
    look: Omit<BoxOp, 'kind' | 'x' | 'w' | 'top' | 'bottom'>,
    pad: number,
  ) {
    const op: BoxOp = { kind: 'box', x, w, top: this.y, bottom: this.y, ...look };
    this.page.bg.push(op);
    this.boxes.push({ op, padTop: pad });
    this.y -= pad;
  }

  private closeBox(pad: number): void {
    const box = this.boxes.pop();
    if (!box) return;
    this.y -= pad;
    box.op.bottom = this.y;
  }

  private baselineIn(lineHeight: number, size: number): number {
    return this.y - ((lineHeight - (this.ascent + this.descent) * size) / 2 + this.ascent * size);
  }

  private markerPending(): boolean {
    return this.marker !== null;
  }

  private fireMarker(baseline: number): void {
    const m = this.marker;
    this.marker = null;
    m?.(this.page, baseline);
  }

  /**
   * Draw one wrapped line at a baseline, with link annotations, underlines and code shading.
   * Text belongs to `tag` (null: an artifact, e.g. a repeated table header); linked text to a
   * Link element inside it, one per link even when the link wraps onto the next line.
   */
  private emitLine(line: Line, x: number, baseline: number, tag: StructNode | null = this.cur): void {
    const page = this.page;
    let cx = x;
    let link: { href: string; x0: number; x1: number; size: number; node?: StructNode; text: string } | null =
      null;
    const linkNode = (href: string): StructNode | undefined => {
      if (!tag) return undefined;
      const last = tag.kids[tag.kids.length - 1];
      if (last && !('kind' in last) && last.type === 'Link' && last.href === href) return last;
      const node = newNode('Link', tag);
      node.href = href;
      return node;
    };
    const flushLink = () => {
      if (!link) return;
      const l = {
        x: link.x0,
        y: baseline - link.size * 0.3,
        w: link.x1 - link.x0,
        h: link.size * 1.25,
        uri: link.href,
        label: link.text.trim() || link.href,
        ...(link.node ? { tag: link.node } : {}),
      };
      page.links.push(l);
      link.node?.kids.push({ kind: 'annot', link: l });
      link = null;
    };
    for (const f of line.frags) {
      if (f.code && f.text.trim()) {
        page.bg.push({
          kind: 'rect',
          x: cx - 1.5,
          y: baseline - f.size * 0.26,
          w: f.width + 3,
          h: f.size * 1.18,
          fill: COLOR.codeBg,
        });
      }
      let owner: StructNode | undefined = tag ?? undefined;
      if (f.href) {
        if (!link || link.href !== f.href) {
          flushLink();
          link = { href: f.href, x0: cx, x1: cx, size: f.size, node: linkNode(f.href), text: '' };
        }
        owner = link.node;
      }
      page.fg.push(
        markOp(owner, {
          kind: 'text',
          x: cx,
          y: baseline,
          text: f.text,
          role: f.role,
          size: f.size,
          color: f.color,
        }),
      );
      if (f.href && link) {
        page.fg.push({
          kind: 'line',
          x1: cx,
          y1: baseline - f.size * 0.14,
          x2: cx + f.width,
          y2: baseline - f.size * 0.14,
          width: 0.5,
          color: f.color,
        });
        link.x1 = cx + f.width;
        link.text += f.text;
      } else flushLink();
      cx += f.width;
    }
    flushLink();
  }

  /** Place wrapped lines, breaking pages between lines; avoids a lone first line at a page bottom. */
  private placeLines(lines: Line[], x: number, size: number, lineHeight: number): void {
    lines.forEach((line, i) => {
      this.ensure(i === 0 && lines.length >= 2 ? 2 * lineHeight : lineHeight);
      const baseline = this.baselineIn(lineHeight, size);
      this.emitLine(line, x, baseline);
      if (i === 0) this.fireMarker(baseline);
      this.y -= lineHeight;
    });
  }

  // ---------------------------------------------------------------- title block and contents

  titleBlock(t: TitleBlock): void {
    this.y = PAGE.height - 64;
    const x = PAGE.marginX;
    const w = CONTENT_WIDTH;
    const title = wrapInlines(
      this.book,
      [{ text: cleanLine(t.title) || 'Untitled' }],
      { size: TYPE.title.size, color: COLOR.heading, bold: true },
      w,
    );
    this.within('H1', () => this.placeLines(title, x, TYPE.title.size, TYPE.title.size * TYPE.title.leading));
    if (t.subject) {
      this.y -= 4;
      const sub = wrapInlines(
        this.book,
        [{ text: cleanLine(t.subject) }],
        { size: TYPE.subtitle.size, color: COLOR.muted },
        w,
      );
      this.within('P', () =>
        this.placeLines(sub, x, TYPE.subtitle.size, TYPE.subtitle.size * TYPE.subtitle.leading),
      );
    }
    if (t.author) {
      this.y -= 2;
      const au = wrapInlines(
        this.book,
        [{ text: cleanLine(t.author) }],
        { size: TYPE.meta.size, color: COLOR.muted },
        w,
      );
      this.within('P', () => this.placeLines(au, x, TYPE.meta.size, TYPE.meta.size * TYPE.meta.leading));
    }
    this.y -= 8;
    this.page.fg.push({
      kind: 'line',
      x1: x,
      y1: this.y,
      x2: x + w,
      y2: this.y,
      width: 1.5,
      color: COLOR.accent,
    });
    this.y -= 20;
    this.topY = this.y;
  }

  contents(headings: HeadingBlock[]): void {
    const x = PAGE.marginX;
    const w = CONTENT_WIDTH;
    const entries = headings.map((h, key) => ({ h, key })).filter(({ h }) => h.level <= 2);
    const hs = TYPE.heading[2];
    const label = wrapInlines(
      this.book,
      [{ text: 'Contents' }],
      { size: hs.size, color: COLOR.heading, bold: true },
      w,
    );
    this.within('H2', () => this.placeLines(label, x, hs.size, hs.size * hs.leading));
    this.y -= hs.after + 2;
    const toc = newNode('TOC', this.cur);
    const numW = 26;
    for (const { h, key } of entries) {
      const level1 = h.level === 1;
      const size = level1 ? TYPE.toc.size : TYPE.toc.size - 0.5;
      const indent = level1 ? 0 : 16;
      const lh = size * TYPE.toc.leading;
      if (level1) this.gap(4);
      const lines = wrapInlines(
        this.book,
        [{ text: cleanLine(h.text) }],
        { size, color: COLOR.text, bold: level1 },
        w - indent - numW - 12,
      );
      if (lines.length === 0) continue;
      this.ensure(lines.length * lh);
      const top = this.y;
      let baseline = 0;
      let lastWidth = 0;
      const entry = newNode('Link', newNode('TOCI', toc));
      for (const line of lines) {
        baseline = this.baselineIn(lh, size);
        this.emitLine(line, x + indent, baseline, entry);
        lastWidth = line.width;
        this.y -= lh;
      }
      const leaderStart = x + indent + lastWidth + 6;
      const leaderEnd = x + w - numW + 2;
      if (leaderEnd > leaderStart) {
        this.page.fg.push({
          kind: 'line',
          x1: leaderStart,
          y1: baseline + 1,
          x2: leaderEnd,
          y2: baseline + 1,
          width: 0.9,
          color: COLOR.muted,
          dots: true,
        });
      }
      this.page.fg.push(
        markOp(entry, {
          kind: 'pageref',
          key,
          xRight: x + w,
          y: baseline,
          bold: level1,
          size,
          color: COLOR.text,
        }),
      );
      const link = { x, y: this.y, w, h: top - this.y, dest: key, tag: entry, label: cleanLine(h.text) };
      this.page.links.push(link);
      entry.kids.push({ kind: 'annot', link });
    }
  }

  // ---------------------------------------------------------------- blocks

  /** `tight`: inside list items, where paragraph spacing would make items look disconnected. */
  blocks(
    blocks: readonly Block[],
    x: number = PAGE.marginX,
    w: number = CONTENT_WIDTH,
    listDepth = 0,
    tight = false,
  ): void {
    let prevGap = 0;
    blocks.forEach((block, i) => {
      if (!block || typeof block !== 'object') return;
      if (i > 0)
        this.gap(Math.max(prevGap, block.type === 'heading' ? (TYPE.heading[block.level]?.before ?? 0) : 0));
      const after = this.block(block, x, w, listDepth, blocks.slice(i + 1, i + 3));
      prevGap = tight ? Math.min(after, 4) : after;
    });
  }

  /** Lays out one block and returns the gap wanted after it. */
  /** `rest`: the next blocks (two are enough: a heading keeps with a heading and its text). */
  private block(b: Block, x: number, w: number, listDepth: number, rest: Block[]): number {
    switch (b.type) {
      case 'heading':
        return this.heading(b, x, w, rest);
      case 'paragraph': {
        const lines = wrapInlines(this.book, b.inlines ?? [], BODY, w);
        this.within('P', () => this.placeLines(lines, x, BODY.size, BODY.size * TYPE.body.leading));
        return GAP.paragraph;
      }
      case 'list':
        this.within('L', () => this.list(b, x, w, listDepth));
        return GAP.list;
      case 'table':
        this.within('Table', () => this.table(b, x, w));
        return GAP.table;
      case 'callout':
        this.within('Div', () => this.callout(b, x, w, listDepth));
        return GAP.callout;
      case 'code':
        this.within('P', () => this.code(b.text, x, w));
        return GAP.code;
      case 'rule':
        this.ensure(2);
        this.hrule(x, w, 4, 0.75, COLOR.rule);
        return GAP.rule;
      case 'pageBreak':
        if (!this.atTop()) this.newPage();
        return 0;
      default:
        return 0;
    }
  }

  /**
   * Height the start of `b` needs on the page (what its own layout would move to a new page for),
   * so a heading before it is never left alone at a page foot. `rest`: the blocks after `b`.
   */
  private minHeight(b: Block | undefined, w: number, rest: Block[] = []): number {
    const body = BODY.size * TYPE.body.leading;
    switch (b?.type) {
      case 'paragraph':
      case 'list':
        return 2 * body;
      case 'table':
        return this.tableGeometry(b, w)?.start ?? 0;
      case 'callout':
        return 2 * body + 20;
      case 'code':
        return 2 * TYPE.code.size * TYPE.code.leading + 2 * TYPE.code.pad;
      case 'heading': {
        const t = TYPE.heading[b.level] ?? TYPE.heading[4];
        // Its space before, its lines (one or two) and whatever it keeps with in turn.
        return t.before + t.size * t.leading * 1.1 + t.after + this.minHeight(rest[0], w, rest.slice(1));
      }
      default:
        return 0;
    }
  }

  private heading(b: HeadingBlock, x: number, w: number, rest: Block[]): number {
    const t = TYPE.heading[b.level] ?? TYPE.heading[4];
    const lh = t.size * t.leading;
    const lines = wrapInlines(
      this.book,
      [{ text: cleanLine(b.text) }],
      { size: t.size, color: COLOR.heading, bold: true },
      w,
    );
    const ruleSpace = b.level === 1 ? 6 : 0;
    this.ensure(lines.length * lh + ruleSpace + t.after + this.minHeight(rest[0], w, rest.slice(1)));
    const key = this.headingKeys.get(b);
    if (key !== undefined) {
      this.anchors.push({
        key,
        level: b.level,
        title: cleanLine(b.text),
        page: this.pages.length - 1,
        y: Math.min(this.y + 8, PAGE.height),
      });
    }
    // The title is H1, so plan level n is H(n+1): heading levels never skip.
    this.within(`H${Math.min(b.level + 1, 6)}`, () => this.placeLines(lines, x, t.size, lh));
    if (b.level === 1) this.hrule(x, w, 3, 0.8, COLOR.accent);
    return t.after;
  }

  /** A horizontal line across the column with `pad` points of space above and below it. */
  private hrule(
    x: number,
    w: number,
    pad: number,
    width: number,
    color: (typeof COLOR)[keyof typeof COLOR],
  ): void {
    this.y -= pad;
    this.page.fg.push({ kind: 'line', x1: x, y1: this.y, x2: x + w, y2: this.y, width, color });
    this.y -= pad;
  }

  private list(b: Extract<Block, { type: 'list' }>, x: number, w: number, depth: number): void {
    const items = Array.isArray(b.items) ? b.items : [];
    const size = BODY.size;
    const labels = items.map((_, i) => (b.ordered ? `${listLabel(i + 1, depth)}.` : ''));
    const labelW = Math.max(0, ...labels.map((l) => measurePlain(this.book, l, false, size)));
    const indent = b.ordered ? Math.max(18, labelW + 7) : 15;
    items.forEach((item, i) => {
      if (i > 0) this.gap(GAP.listItem);
      const label = labels[i] ?? '';
      const li = newNode('LI', this.cur);
      const lbl = newNode('Lbl', li);
      this.marker = (page, baseline) => {
        if (b.ordered) {
          const lw = measurePlain(this.book, label, false, size);
          for (const run of this.book.runs(label, false, false)) {
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
      const prev = this.cur;
      this.cur = newNode('LBody', li);
      try {
        this.blocks(Array.isArray(item) ? item : [], x + indent, w - indent, depth + 1, true);
      } finally {
        this.cur = prev;
      }
      if (this.markerPending()) {
        // Empty item, or one that starts with a block without text lines: mark the current position.
        this.ensure(BODY.size * TYPE.body.leading);
        this.fireMarker(this.baselineIn(BODY.size * TYPE.body.leading, size));
        if (!item?.length) this.y -= BODY.size * TYPE.body.leading;
      }
    });
  }

  private callout(b: Extract<Block, { type: 'callout' }>, x: number, w: number, listDepth: number): void {
    const pad = 9;
    const bar = 3;
    const warning = b.tone === 'warning';
    this.ensure(2 * BODY.size * TYPE.body.leading + 2 * pad);
    this.openBox(
      x,
      w,
      { fill: warning ? COLOR.warningBg : COLOR.infoBg, bar: warning ? COLOR.warningBar : COLOR.infoBar },
      pad,
    );
    this.blocks(Array.isArray(b.blocks) ? b.blocks : [], x + bar + pad, w - bar - 2 * pad, listDepth);
    this.closeBox(pad);
  }

  private code(text: string, x: number, w: number): void {
    const { size, leading, pad } = TYPE.code;
    const lh = size * leading;
    const lines = wrapPre(
      this.book,
      cleanCodeLines(typeof text === 'string' ? text : ''),
      { size, color: COLOR.codeText },
      w - 2 * pad,
    );
    this.ensure(Math.min(lines.length, 2) * lh + 2 * pad);
    this.openBox(x, w, { fill: COLOR.codeBg, stroke: COLOR.codeBorder }, pad);
    lines.forEach((line, i) => {
      this.ensure(lh);
      const baseline = this.baselineIn(lh, size);
      this.emitLine(line, x + pad, baseline);
      if (i === 0) this.fireMarker(baseline);
      this.y -= lh;
    });
    this.closeBox(pad);
  }

  /**
   * Column widths and wrapped lines of a table at width `w`, computed once per table and width: a
   * heading before the table asks for its first rows' height (keep-with-next), then table() draws.
   */
  private tableGeometry(b: TableBlock, w: number): TableGeometry | null {
    const cached = this.tables.get(b);
    if (cached && cached.w === w) return cached;
    const header = Array.isArray(b.header) ? b.header : [];
    const rows = (Array.isArray(b.rows) ? b.rows : []).filter(Array.isArray);
    const ncols = Math.max(header.length, ...rows.map((r) => r.length));
    if (ncols === 0) return null;
    const { size, leading, padX, padY } = TYPE.table;
    const lh = size * leading;
    const cellStyle: TextStyle = { ...BODY, size };
    const headStyle: TextStyle = { ...BODY, size, bold: true, color: COLOR.heading };
    // Each cell is tokenised once and its words measured once: for the column widths and the wrapping.
    const cellWords = (cells: Inline[][], style: TextStyle): Word[][] =>
      Array.from({ length: ncols }, (_, c) =>
        tokenize(Array.isArray(cells[c]) ? (cells[c] as Inline[]) : [], style),
      );
    const headWords = cellWords(header, headStyle);
    const rowWords = rows.map((r) => cellWords(r, cellStyle));
    const widths = columnWidths(this.book, headWords, rowWords, w, cellStyle, headStyle, padX);
    const wrapRow = (cells: Word[][], style: TextStyle): Line[][] =>
      widths.map((cw, c) => wrapWords(this.book, cells[c] ?? [], style, cw - 2 * padX));
    const headLines = header.length ? wrapRow(headWords, headStyle) : null;
    const rowHeight = (cells: Line[][]) => Math.max(1, ...cells.map((l) => l.length)) * lh + 2 * padY;
    const headH = headLines ? rowHeight(headLines) : 0;
    const rowLines = rowWords.map((r) => wrapRow(r, cellStyle));
    const firstRow = rowLines[0] ? rowHeight(rowLines[0]) : 0;
    const geo: TableGeometry = {
      w,
      widths,
      headLines,
      rowLines,
      rowHeight,
      headH,
      // What table() needs on the page before it starts (it moves to a new page otherwise).
      start: headH + Math.min(firstRow, 4 * lh + 2 * padY),
    };
    this.tables.set(b, geo);
    return geo;
  }

  private table(b: TableBlock, x: number, w: number): void {
    const geo = this.tableGeometry(b, w);
    if (!geo) return;
    const { size, leading, padX, padY } = TYPE.table;
    const lh = size * leading;
    const { widths, headLines, rowLines, rowHeight, headH } = geo;
    /** `tags`: the row's cell elements; none for a header repeated on a continuation page (an artifact). */
    const drawRow = (cells: Line[][], fill: Color | undefined, tags?: StructNode[]): void => {
      const h = rowHeight(cells);
      const top = this.y;
      let cx = x;
      // The row's borders first, then its cells' text: one artifact for the borders instead of
      // one between every two cells (the text sits inside its cell, so nothing overlaps).
      for (const cw of widths) {
        if (fill) this.page.bg.push({ kind: 'rect', x: cx, y: top - h, w: cw, h, fill });
        this.page.fg.push({
          kind: 'rect',
          x: cx,
          y: top - h,
          w: cw,
          h,
          stroke: COLOR.tableBorder,
          lineWidth: 0.6,
        });
        cx += cw;
      }
      cx = x;
      widths.forEach((cw, c) => {
        (cells[c] ?? []).forEach((line, li) => {
          this.y = top - padY - li * lh;
          this.emitLine(line, cx + padX, this.baselineIn(lh, size), tags?.[c] ?? null);
        });
        cx += cw;
      });
      this.y = top - h;
    };
    const startPage = () => {
      this.newPage();
      if (headLines) drawRow(headLines, COLOR.tableHeaderBg);
    };
    const rowTags = (cellType: 'TH' | 'TD'): StructNode[] => {
      const tr = newNode('TR', this.cur);
      const attrs = cellType === 'TH' ? '/A<</O/Table/Scope/Column>>' : undefined;
      return widths.map(() => newNode(cellType, tr, attrs));
    };

    this.ensure(geo.start);
    this.fireMarker(this.baselineIn(lh, size) - padY);
    if (headLines) drawRow(headLines, COLOR.tableHeaderBg, rowTags('TH'));

    rowLines.forEach((lines, ri) => {
      let cells = lines;
      const tags = rowTags('TD');
      const fill = ri % 2 === 1 ? COLOR.tableStripe : undefined;
      const fullPage = PAGE.contentTop - PAGE.contentBottom - headH;
      // A row that fits on a page is never split; move it to the next page with the header.
      if (this.y - rowHeight(cells) < PAGE.contentBottom && rowHeight(cells) <= fullPage) startPage();
      // A row taller than a whole page is split between lines, the header repeated each time.
      while (this.y - rowHeight(cells) < PAGE.contentBottom) {
        const fit = Math.floor((this.y - PAGE.contentBottom - 2 * padY) / lh);
        if (fit < 2) {
          startPage();
          continue;
        }
        drawRow(
          cells.map((l) => l.slice(0, fit)),
          fill,
          tags,
        );
        cells = cells.map((l) => l.slice(fit));
        startPage();
      }
      drawRow(cells, fill, tags);
    });
  }
}

/** Share the width between columns by content: each gets its longest word, the rest by natural width. */
function columnWidths(
  book: FontBook,
  header: Word[][],
  rows: Word[][][],
  w: number,
  cell: TextStyle,
  head: TextStyle,
  padX: number,
): number[] {
  const ncols = header.length;
  const min = new Array<number>(ncols).fill(2 * padX + 12);
  const nat = new Array<number>(ncols).fill(2 * padX + 12);
  const cap = (w / ncols) * 1.3;
  const visit = (cells: Word[][], style: TextStyle) => {
    for (let c = 0; c < ncols; c++) {
      const m = measureWords(book, cells[c] ?? [], style);
      min[c] = Math.max(min[c] as number, Math.min(m.min, cap) + 2 * padX);
      nat[c] = Math.max(nat[c] as number, m.max + 2 * padX);
    }
  };
  visit(header, head);
  for (const r of rows) visit(r, cell);
  const sum = (a: number[]) => a.reduce((s, v) => s + v, 0);
  const sMin = sum(min);
  const sNat = sum(nat);
  if (sNat <= w) return nat.map((n) => (n * w) / sNat);
  if (sMin >= w) return min.map((m) => (m * w) / sMin);
  const extra = w - sMin;
  const flex = sNat - sMin;
  return min.map((m, c) => m + (((nat[c] as number) - m) * extra) / flex);
}

function listLabel(n: number, depth: number): string {
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

function roman(n: number): string {
  const table: [number, string][] = [
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
  let s = '';
  let v = n;
  for (const [k, r] of table) {
    while (v >= k) {
      s += r;
      v -= k;
    }
  }
  return s;
}
