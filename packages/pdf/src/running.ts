/** Running header (every page but the first) and footer with "Page N of M" (every page). */
import type { FontBook } from './fonts.ts';
import { type Op, type Page, plainText, truncate } from './ops.ts';
import { cleanLine } from './sanitize.ts';
import { COLOR, CONTENT_WIDTH, PAGE, TYPE } from './theme.ts';

export function addRunningText(
  pages: Page[],
  book: FontBook,
  header: string,
  footer: string | undefined,
): void {
  const size = TYPE.running.size;
  const x = PAGE.marginX;
  const right = PAGE.marginX + CONTENT_WIDTH;
  const head = truncate(book, cleanLine(header ?? ''), false, size, CONTENT_WIDTH);
  const foot = cleanLine(footer ?? '');
  // Running text and rules are pagination artifacts: not part of the structure tree.
  const as = (pagination: 'Header' | 'Footer', ops: Op[]): Op[] => ops.map((o) => ({ ...o, pagination }));
  pages.forEach((page, i) => {
    if (i > 0 && head) {
      page.fg.push(...as('Header', plainText(book, head, x, PAGE.headerBaseline, size, COLOR.muted).ops));
      page.fg.push({
        kind: 'line',
        x1: x,
        y1: PAGE.headerRule,
        x2: right,
        y2: PAGE.headerRule,
        width: 0.5,
        color: COLOR.rule,
        pagination: 'Header',
      });
    }
    page.fg.push({
      kind: 'line',
      x1: x,
      y1: PAGE.footerRule,
      x2: right,
      y2: PAGE.footerRule,
      width: 0.5,
      color: COLOR.rule,
      pagination: 'Footer',
    });
    const label = `Page ${i + 1} of ${pages.length}`;
    const num = plainText(book, label, 0, 0, size, COLOR.muted);
    page.fg.push(
      ...as('Footer', plainText(book, label, right - num.width, PAGE.footerBaseline, size, COLOR.muted).ops),
    );
    if (foot) {
      const text = truncate(book, foot, false, size, CONTENT_WIDTH - num.width - 24);
      page.fg.push(...as('Footer', plainText(book, text, x, PAGE.footerBaseline, size, COLOR.muted).ops));
    }
  });
}
