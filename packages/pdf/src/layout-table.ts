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
import { type CellMeasure, cachedMeasure, cachedWrap } from './wrap-cache.ts';

// Cell and header styles per table text size, shared by every table of that size (the wrap
// cache remembers its trie node per style object).
const tableStyles = new Map<number, [TextStyle, TextStyle]>();
function stylesAt(size: number): [TextStyle, TextStyle] {
  let styles = tableStyles.get(size);
  if (!styles) {
    styles = [
      { ...BODY, size },
      { ...BODY, size, bold: true, color: COLOR.heading },
    ];
    tableStyles.set(size, styles);
  }
  return styles;
}

export type TableBlock = Extract<Block, { type: 'table' }>;

/** A cell's runs, and its words once tokenised (only when a cache misses). */
interface Cell {
  inlines: Inline[];
  words: Word[] | null;
}

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
  const [cellStyle, headStyle] = stylesAt(size);
  // A cell is tokenised at most once, and only if its measure or its lines at this width are
  // not already in wrap-cache.ts (templates repeat the same tables across practices and renders).
  const cellsOf = (cells: Inline[][]): Cell[] =>
    Array.from({ length: ncols }, (_, c) => ({
      inlines: Array.isArray(cells[c]) ? (cells[c] as Inline[]) : [],
      words: null,
    }));
  const wordsOf = (cell: Cell, style: TextStyle): Word[] => {
    cell.words ??= tokenize(cell.inlines, style);
    return cell.words;
  };
  const headCells = cellsOf(header);
  const rowCells = rows.map(cellsOf);
  const measure = (cell: Cell, style: TextStyle) =>
    cachedMeasure(book, cell.inlines, style, () => measureWords(book, wordsOf(cell, style), style));
  const widths = columnWidths(headCells, rowCells, w, cellStyle, headStyle, padX, measure);
  const wrapRow = (cells: Cell[], style: TextStyle): Line[][] =>
    widths.map((cw, c) => {
      const cell = cells[c] as Cell;
      const max = cw - 2 * padX;
      return cachedWrap(book, cell.inlines, style, Math.max(max, 1), () =>
        wrapWords(book, wordsOf(cell, style), style, max),
      );
    });
  const headLines = header.length ? wrapRow(headCells, headStyle) : null;
  const rowHeight = (cells: Line[][]) => Math.max(1, ...cells.map((l) => l.length)) * lh + 2 * padY;
  const headH = headLines ? rowHeight(headLines) : 0;
  const rowLines = rowCells.map((r) => wrapRow(r, cellStyle));
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
  header: Cell[],
  rows: Cell[][],
  w: number,
  cell: TextStyle,
  head: TextStyle,
  padX: number,
  measure: (cell: Cell, style: TextStyle) => CellMeasure,
): number[] {
  const ncols = header.length;
  const min = new Array<number>(ncols).fill(2 * padX + 12);
  const nat = new Array<number>(ncols).fill(2 * padX + 12);
  const cap = (w / ncols) * 1.3;
  const visit = (cells: Cell[], style: TextStyle) => {
    for (let c = 0; c < ncols; c++) {
      const m = measure(cells[c] as Cell, style);
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
