/**
 * Tables: column widths shared by content, cells wrapped once per table and width, rows never
 * split unless taller than a page, the header repeated (as an artifact) on continuation pages.
 */
import type { FontBook } from './fonts.ts';
import type { Flow } from './layout-flow.ts';
import { BODY } from './layout-styles.ts';
import { newNode, type StructNode } from './ops.ts';
import { type Line, measureWords, type TextStyle, tokenize, type Word, wrapWords } from './text-runs.ts';
import { COLOR, type Color, PAGE, TYPE } from './theme.ts';
import type { Block, Inline } from './types.ts';

export type TableBlock = Extract<Block, { type: 'table' }>;

export interface TableGeometry {
  w: number;
  widths: number[];
  headLines: Line[][] | null;
  rowLines: Line[][][];
  rowHeight: (cells: Line[][]) => number;
  headH: number;
  /** What table() needs on the page before it starts (it moves to a new page otherwise). */
  start: number;
}

/**
 * Column widths and wrapped lines of a table at width `w`, computed once per table and width (in
 * `cache`, one per layout): a heading before the table asks for its first rows' height
 * (keep-with-next), then layTable() draws.
 */
export function tableGeometry(
  book: FontBook,
  cache: WeakMap<TableBlock, TableGeometry>,
  b: TableBlock,
  w: number,
): TableGeometry | null {
  const cached = cache.get(b);
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
  const widths = columnWidths(book, headWords, rowWords, w, cellStyle, headStyle, padX);
  const wrapRow = (cells: Word[][], style: TextStyle): Line[][] =>
    widths.map((cw, c) => wrapWords(book, cells[c] ?? [], style, cw - 2 * padX));
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
    start: headH + Math.min(firstRow, 4 * lh + 2 * padY),
  };
  cache.set(b, geo);
  return geo;
}

export function layTable(flow: Flow, geo: TableGeometry, x: number): void {
  const { size, leading, padX, padY } = TYPE.table;
  const lh = size * leading;
  const { widths, headLines, rowLines, rowHeight, headH } = geo;
  /** `tags`: the row's cell elements; none for a header repeated on a continuation page (an artifact). */
  const drawRow = (cells: Line[][], fill: Color | undefined, tags?: StructNode[]): void => {
    const h = rowHeight(cells);
    const top = flow.y;
    let cx = x;
    // The row's borders first, then its cells' text: one artifact for the borders instead of
    // one between every two cells (the text sits inside its cell, so nothing overlaps).
    for (const cw of widths) {
      if (fill) flow.page.bg.push({ kind: 'rect', x: cx, y: top - h, w: cw, h, fill });
      flow.page.fg.push({
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
        flow.y = top - padY - li * lh;
        flow.emitLine(line, cx + padX, flow.baselineIn(lh, size), tags?.[c] ?? null);
      });
      cx += cw;
    });
    flow.y = top - h;
  };
  const startPage = () => {
    flow.newPage();
    if (headLines) drawRow(headLines, COLOR.tableHeaderBg);
  };
  const rowTags = (cellType: 'TH' | 'TD'): StructNode[] => {
    const tr = newNode('TR', flow.cur);
    const attrs = cellType === 'TH' ? '/A<</O/Table/Scope/Column>>' : undefined;
    return widths.map(() => newNode(cellType, tr, attrs));
  };

  flow.ensure(geo.start);
  flow.fireMarker(flow.baselineIn(lh, size) - padY);
  if (headLines) drawRow(headLines, COLOR.tableHeaderBg, rowTags('TH'));

  rowLines.forEach((lines, ri) => {
    let cells = lines;
    const tags = rowTags('TD');
    const fill = ri % 2 === 1 ? COLOR.tableStripe : undefined;
    const fullPage = PAGE.contentTop - PAGE.contentBottom - headH;
    // A row that fits on a page is never split; move it to the next page with the header.
    if (flow.y - rowHeight(cells) < PAGE.contentBottom && rowHeight(cells) <= fullPage) startPage();
    // A row taller than a whole page is split between lines, the header repeated each time.
    while (flow.y - rowHeight(cells) < PAGE.contentBottom) {
      const fit = Math.floor((flow.y - PAGE.contentBottom - 2 * padY) / lh);
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
