/**
 * Layout rules checked on a laid-out document (used by tests here and in the generator):
 * - no heading is the last thing on a page (keep-with-next);
 * - no page uses less than a quarter of its content height, unless the next page begins a
 *   chapter (a level 1 section starts on a new page by design) or it is the last page.
 */
import type { Layout, Op } from './ops.ts';
import { PAGE } from './theme.ts';

const isHeading = (op: Op): boolean => !!op.tag && /^H\d$/.test(op.tag.type);

/** Lowest point of the page's content (running header/footer excluded), in PDF points. */
function lowest(ops: Op[]): number | undefined {
  let min: number | undefined;
  for (const op of ops) {
    if (op.pagination) continue;
    const y =
      op.kind === 'text'
        ? op.y - op.size * 0.3
        : op.kind === 'rect'
          ? op.y
          : op.kind === 'box'
            ? op.bottom
            : op.kind === 'line'
              ? Math.min(op.y1, op.y2)
              : op.kind === 'circle'
                ? op.y - op.r
                : undefined;
    if (y !== undefined && (min === undefined || y < min)) min = y;
  }
  return min;
}

export interface LayoutProblem {
  page: number;
  problem: string;
}

export function layoutProblems(layout: Layout): LayoutProblem[] {
  const out: LayoutProblem[] = [];
  const pages = layout.pages;
  const height = PAGE.contentTop - PAGE.contentBottom;
  pages.forEach((page, i) => {
    const ops = [...page.bg, ...page.fg];
    const texts = page.fg.filter(
      (o): o is Extract<Op, { kind: 'text' }> => o.kind === 'text' && !o.pagination && !!o.tag,
    );
    if (texts.length) {
      const last = texts.reduce((a, b) => (b.y < a.y ? b : a));
      if (isHeading(last) && i < pages.length - 1)
        out.push({ page: i + 1, problem: `heading "${last.text}" is the last line on the page` });
    }
    const low = lowest(ops);
    const used = low === undefined ? 0 : (PAGE.contentTop - low) / height;
    const next = pages[i + 1];
    const nextStartsChapter = next?.fg.some(
      (o) => o.kind === 'text' && o.tag?.type === 'H2' && o.y > PAGE.contentTop - 40,
    );
    if (i > 0 && used < 0.25 && next && !nextStartsChapter)
      out.push({ page: i + 1, problem: `only ${Math.round(used * 100)}% of the page is used` });
  });
  return out;
}
