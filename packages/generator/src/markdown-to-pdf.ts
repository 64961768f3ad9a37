// markdown-it tokens → @ndb-kit/pdf blocks. The PDF is laid out from the same parse as the HTML,
// so escaping decisions are made once (in the Markdown source) and text arrives here already literal.
import type { Block, Inline } from '@ndb-kit/pdf';
import type Token from 'markdown-it/lib/token.mjs';
import { type InlineState, walkInlines } from './inline-walk.ts';
import type { CalloutTone } from './markdown.ts';

export interface PdfBlockOptions {
  /** Markdown heading level that becomes PDF level 1 (levels above it are dropped: the PDF title block shows the title). */
  topLevel: number;
}

/** Inline children → styled runs. Only web, mail and phone links survive: in-page anchors have no target in the PDF. */
export function toInlines(children: Token[] | null): Inline[] {
  const out: Inline[] = [];
  const push = (text: string, s: InlineState) => {
    if (!text) return;
    const href = s.href && /^(?:https?:|mailto:|tel:)/i.test(s.href) ? s.href : undefined;
    out.push({
      text,
      ...(s.bold ? { bold: true } : {}),
      ...(s.italic ? { italic: true } : {}),
      ...(href ? { href } : {}),
      ...(s.code ? { code: true } : {}),
    });
  };
  walkInlines(children, { text: push, lineBreak: (s) => push(' ', s) });
  return out;
}

/** Parses tokens[start..] up to the matching close token at the same nesting; returns blocks and the index after. */
function blocksUntil(
  tokens: Token[],
  start: number,
  close: string | null,
  opts: PdfBlockOptions,
): [Block[], number] {
  const blocks: Block[] = [];
  let i = start;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (close && t.type === close) return [blocks, i + 1];
    switch (t.type) {
      case 'heading_open': {
        const level = Number(t.tag.slice(1)) - opts.topLevel + 1;
        const text = (tokens[i + 1]?.children ?? [])
          .map((c) => (c.type === 'softbreak' ? ' ' : c.content))
          .join('');
        if (level >= 1) {
          blocks.push({
            type: 'heading',
            level: Math.min(level, 4) as 1 | 2 | 3 | 4,
            text,
            id: t.attrGet('id') ?? undefined,
          });
        }
        i += 3;
        break;
      }
      case 'paragraph_open': {
        const inlines = toInlines(tokens[i + 1]?.children ?? null);
        if (inlines.length > 0) blocks.push({ type: 'paragraph', inlines });
        i += 3;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const closeType = t.type.replace('_open', '_close');
        const items: Block[][] = [];
        i++;
        while (i < tokens.length && tokens[i]?.type !== closeType) {
          // list_item_open … list_item_close
          const [item, next] = blocksUntil(tokens, i + 1, 'list_item_close', opts);
          items.push(item);
          i = next;
        }
        blocks.push({ type: 'list', ordered: t.type === 'ordered_list_open', items });
        i++;
        break;
      }
      case 'blockquote_open': {
        const [inner, next] = blocksUntil(tokens, i + 1, 'blockquote_close', opts);
        const tone = ((t.meta as { tone?: CalloutTone } | null)?.tone ?? 'info') as CalloutTone;
        blocks.push({ type: 'callout', tone, blocks: inner });
        i = next;
        break;
      }
      case 'table_open': {
        const header: Inline[][] = [];
        const rows: Inline[][][] = [];
        let row: Inline[][] | null = null;
        let inHead = false;
        i++;
        for (; i < tokens.length && tokens[i]?.type !== 'table_close'; i++) {
          const c = tokens[i] as Token;
          if (c.type === 'thead_open') inHead = true;
          else if (c.type === 'thead_close') inHead = false;
          else if (c.type === 'tr_open') row = [];
          else if (c.type === 'tr_close' && row) {
            if (inHead) header.push(...row);
            else rows.push(row);
            row = null;
          } else if (c.type === 'inline' && row) row.push(toInlines(c.children));
        }
        // A header row of empty cells (a key/value table) prints no header.
        const emptyHeader = header.every((cell) => cell.every((r) => !r.text.trim()));
        blocks.push(emptyHeader ? { type: 'table', header: [], rows } : { type: 'table', header, rows });
        i++;
        break;
      }
      case 'fence':
      case 'code_block':
        blocks.push({ type: 'code', text: t.content });
        i++;
        break;
      case 'hr':
        blocks.push({ type: 'rule' });
        i++;
        break;
      default:
        i++; // html_block cannot occur (html: false)
    }
  }
  return [blocks, i];
}

export function markdownTokensToBlocks(tokens: Token[], opts: PdfBlockOptions = { topLevel: 1 }): Block[] {
  return blocksUntil(tokens, 0, null, opts)[0];
}
