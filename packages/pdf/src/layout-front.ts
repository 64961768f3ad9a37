/** The front of the document: the title block (title, subject, author, rule) and the contents page. */
import type { Flow } from './layout-flow.ts';
import { markOp, newNode } from './ops.ts';
import { cleanLine } from './sanitize.ts';
import { wrapInlines } from './text-runs.ts';
import { COLOR, CONTENT_WIDTH, PAGE, TYPE } from './theme.ts';
import type { Block } from './types.ts';

export type HeadingBlock = Extract<Block, { type: 'heading' }>;

export interface TitleBlock {
  title: string;
  subject?: string;
  author?: string;
}

export function titleBlock(flow: Flow, t: TitleBlock): void {
  const { book } = flow;
  flow.y = PAGE.height - 64;
  const x = PAGE.marginX;
  const w = CONTENT_WIDTH;
  const title = wrapInlines(
    book,
    [{ text: cleanLine(t.title) || 'Untitled' }],
    { size: TYPE.title.size, color: COLOR.heading, bold: true },
    w,
  );
  flow.within('H1', () => flow.placeLines(title, x, TYPE.title.size, TYPE.title.size * TYPE.title.leading));
  if (t.subject) {
    flow.y -= 4;
    const sub = wrapInlines(
      book,
      [{ text: cleanLine(t.subject) }],
      { size: TYPE.subtitle.size, color: COLOR.muted },
      w,
    );
    flow.within('P', () =>
      flow.placeLines(sub, x, TYPE.subtitle.size, TYPE.subtitle.size * TYPE.subtitle.leading),
    );
  }
  if (t.author) {
    flow.y -= 2;
    const au = wrapInlines(
      book,
      [{ text: cleanLine(t.author) }],
      { size: TYPE.meta.size, color: COLOR.muted },
      w,
    );
    flow.within('P', () => flow.placeLines(au, x, TYPE.meta.size, TYPE.meta.size * TYPE.meta.leading));
  }
  flow.y -= 8;
  flow.page.fg.push({
    kind: 'line',
    x1: x,
    y1: flow.y,
    x2: x + w,
    y2: flow.y,
    width: 1.5,
    color: COLOR.accent,
  });
  flow.y -= 20;
  flow.topY = flow.y;
}

/** The contents: level 1 and 2 headings, dotted leaders, page numbers filled in later (toc.ts). */
export function contents(flow: Flow, headings: HeadingBlock[]): void {
  const { book } = flow;
  const x = PAGE.marginX;
  const w = CONTENT_WIDTH;
  const entries = headings.map((h, key) => ({ h, key })).filter(({ h }) => h.level <= 2);
  const hs = TYPE.heading[2];
  const label = wrapInlines(
    book,
    [{ text: 'Contents' }],
    { size: hs.size, color: COLOR.heading, bold: true },
    w,
  );
  flow.within('H2', () => flow.placeLines(label, x, hs.size, hs.size * hs.leading));
  flow.y -= hs.after + 2;
  const toc = newNode('TOC', flow.cur);
  const numW = 26;
  for (const { h, key } of entries) {
    const level1 = h.level === 1;
    const size = level1 ? TYPE.toc.size : TYPE.toc.size - 0.5;
    const indent = level1 ? 0 : 16;
    const lh = size * TYPE.toc.leading;
    if (level1) flow.gap(4);
    const lines = wrapInlines(
      book,
      [{ text: cleanLine(h.text) }],
      { size, color: COLOR.text, bold: level1 },
      w - indent - numW - 12,
    );
    if (lines.length === 0) continue;
    flow.ensure(lines.length * lh);
    const top = flow.y;
    let baseline = 0;
    let lastWidth = 0;
    const entry = newNode('Link', newNode('TOCI', toc));
    for (const line of lines) {
      baseline = flow.baselineIn(lh, size);
      flow.emitLine(line, x + indent, baseline, entry);
      lastWidth = line.width;
      flow.y -= lh;
    }
    const leaderStart = x + indent + lastWidth + 6;
    const leaderEnd = x + w - numW + 2;
    if (leaderEnd > leaderStart) {
      flow.page.fg.push({
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
    flow.page.fg.push(
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
    const link = { x, y: flow.y, w, h: top - flow.y, dest: key, tag: entry, label: cleanLine(h.text) };
    flow.page.links.push(link);
    entry.kids.push({ kind: 'annot', link });
  }
}
