/** Running header (every page but the first) and footer with "Page N of M" (every page). */
import type { FontBook } from './fonts.ts';
import { type Page, plainText, truncate } from './ops.ts';
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
  pages.forEach((page, i) => {
    if (i > 0 && head) {
      page.fg.push(...plainText(book, head, x, PAGE.headerBaseline, size, COLOR.muted).ops);
      page.fg.push({
        kind: 'line',
        x1: x,
        y1: PAGE.headerRule,
        x2: right,
        y2: PAGE.headerRule,
        width: 0.5,
        color: COLOR.rule,
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
    });
    const label = `Page ${i + 1} of ${pages.length}`;
    const num = plainText(book, label, 0, 0, size, COLOR.muted);
    page.fg.push(...plainText(book, label, right - num.width, PAGE.footerBaseline, size, COLOR.muted).ops);
    if (foot) {
      const text = truncate(book, foot, false, size, CONTENT_WIDTH - num.width - 24);
      page.fg.push(...plainText(book, text, x, PAGE.footerBaseline, size, COLOR.muted).ops);
    }
  });
}
