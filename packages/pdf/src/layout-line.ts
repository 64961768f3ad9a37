/**
 * One wrapped line drawn at a baseline: its text ops, link annotations (one Link element per
 * link, even when the link wraps onto the next line), link underlines and inline-code shading.
 */
import { type Link, markOp, newNode, type Page, type StructNode } from './ops.ts';
import type { Frag, Line } from './text-runs.ts';
import { COLOR } from './theme.ts';

/** A link being drawn: its extent so far on this line and its text (the annotation's label). */
interface OpenLink {
  href: string;
  x0: number;
  x1: number;
  size: number;
  node: StructNode | undefined;
  text: string;
}

/** The Link element for `href` in `tag`: the last kid when it is the same link (wrapped), else new. */
function linkNode(tag: StructNode | null, href: string): StructNode | undefined {
  if (!tag) return undefined;
  const last = tag.kids[tag.kids.length - 1];
  if (last && !('kind' in last) && last.type === 'Link' && last.href === href) return last;
  const node = newNode('Link', tag);
  node.href = href;
  return node;
}

function closeLink(page: Page, link: OpenLink, baseline: number): void {
  const l: Link = {
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
}

function codeShade(page: Page, f: Frag, cx: number, baseline: number): void {
  page.bg.push({
    kind: 'rect',
    x: cx - 1.5,
    y: baseline - f.size * 0.26,
    w: f.width + 3,
    h: f.size * 1.18,
    fill: COLOR.codeBg,
  });
}

/**
 * Text belongs to `tag` (null: an artifact, e.g. a repeated table header); linked text to a Link
 * element inside it.
 */
export function emitLine(page: Page, line: Line, x: number, baseline: number, tag: StructNode | null): void {
  let cx = x;
  let link: OpenLink | null = null;
  for (const f of line.frags) {
    if (f.code && f.text.trim()) codeShade(page, f, cx, baseline);
    let owner: StructNode | undefined = tag ?? undefined;
    if (f.href) {
      if (!link || link.href !== f.href) {
        if (link) closeLink(page, link, baseline);
        link = { href: f.href, x0: cx, x1: cx, size: f.size, node: linkNode(tag, f.href), text: '' };
      }
      owner = link.node;
    }
    // Every field the op will have, painted included, from the start: one shape for all text
    // ops of lines (fields added later each cost a transition and a property array).
    page.fg.push(
      markOp(owner, {
        kind: 'text',
        x: cx,
        y: baseline,
        text: f.text,
        role: f.role,
        size: f.size,
        color: f.color,
        tag: owner,
        mcPage: undefined,
        mcid: undefined,
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
    } else if (link) {
      closeLink(page, link, baseline);
      link = null;
    }
    cx += f.width;
  }
  if (link) closeLink(page, link, baseline);
}
