/**
 * One wrapped line drawn at a baseline: its text ops, link annotations (one Link element per
 * link, even when the link wraps onto the next line), link underlines and inline-code shading.
 */
import { markOp, newNode, type Page, type StructNode } from './ops.ts';
import type { Line } from './text-runs.ts';
import { COLOR } from './theme.ts';

/**
 * Text belongs to `tag` (null: an artifact, e.g. a repeated table header); linked text to a Link
 * element inside it.
 */
export function emitLine(page: Page, line: Line, x: number, baseline: number, tag: StructNode | null): void {
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
