/**
 * Block flow: turns blocks into positioned drawing operations on A4 pages (PDF coordinates,
 * y grows upwards). Nothing here touches the PDF file, so layout can be tested and reasoned about
 * alone. This module dispatches blocks and lays out headings, paragraphs, callouts and code; the
 * page flow is layout-flow.ts, one drawn line layout-line.ts, the front matter layout-front.ts,
 * lists layout-list.ts and tables layout-table.ts.
 */
import type { FontBook } from './fonts.ts';
import { Flow } from './layout-flow.ts';
import { contents, type HeadingBlock, type TitleBlock, titleBlock } from './layout-front.ts';
import { list } from './layout-list.ts';
import { BODY } from './layout-styles.ts';
import { layTable, type TableBlock, type TableGeometry, tableGeometry } from './layout-table.ts';
import { cleanCodeLines, cleanLine } from './sanitize.ts';
import { type TextStyle, wrapInlines, wrapPre } from './text-runs.ts';
import { COLOR, CONTENT_WIDTH, GAP, PAGE, TYPE } from './theme.ts';
import type { Block } from './types.ts';

// One style object per heading size, shared by every heading (the wrap cache remembers its trie
// node per style object).
const headingStyles = new Map<number, TextStyle>();
function headingStyle(size: number): TextStyle {
  let ts = headingStyles.get(size);
  if (!ts) {
    ts = { size, color: COLOR.heading, bold: true };
    headingStyles.set(size, ts);
  }
  return ts;
}

export type { TitleBlock } from './layout-front.ts';

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

export class Layouter extends Flow {
  private readonly headingKeys: Map<HeadingBlock, number>;
  private readonly tables = new WeakMap<TableBlock, TableGeometry>();

  constructor(book: FontBook, headings: HeadingBlock[]) {
    super(book);
    this.headingKeys = new Map(headings.map((h, i) => [h, i]));
  }

  titleBlock(t: TitleBlock): void {
    titleBlock(this, t);
  }

  contents(headings: HeadingBlock[]): void {
    contents(this, headings);
  }

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
        this.within('L', () => list(this, b, x, w, listDepth));
        return GAP.list;
      case 'table':
        this.within('Table', () => {
          const geo = tableGeometry(this.book, this.tables, b, w);
          if (geo) layTable(this, geo, x);
        });
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
        return tableGeometry(this.book, this.tables, b, w)?.start ?? 0;
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
    const lines = wrapInlines(this.book, [{ text: cleanLine(b.text) }], headingStyle(t.size), w);
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
}
