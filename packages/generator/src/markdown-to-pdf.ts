// markdown-it tokens → @ndb-kit/pdf blocks. The PDF is laid out from the same parse as the HTML,
// so escaping decisions are made once (in the Markdown source) and text arrives here already literal.
import type { Block, Inline } from '@ndb-kit/pdf';
import type Token from 'markdown-it/lib/token.mjs';
import type { CalloutTone } from './markdown.ts';

export interface PdfBlockOptions {
  /** Markdown heading level that becomes PDF level 1 (levels above it are dropped: the PDF title block shows the title). */
  topLevel: number;
}

/** Inline children → styled runs. Only web, mail and phone links survive: in-page anchors have no target in the PDF. */
export function toInlines(children: Token[] | null): Inline[] {
  const out: Inline[] = [];
  let bold = 0;
  let italic = 0;
  let href: string | undefined;
  const push = (text: string, extra: Partial<Inline> = {}) => {
    if (!text) return;
    out.push({
      text,
      ...(bold > 0 ? { bold: true } : {}),
      ...(italic > 0 ? { italic: true } : {}),
      ...(href ? { href } : {}),
      ...extra,
    });
  };
  for (const t of children ?? []) {
    switch (t.type) {
      case 'text':
        push(t.content);
        break;
      case 'code_inline':
        push(t.content, { code: true });
        break;
      case 'softbreak':
      case 'hardbreak':
        push(' ');
        break;
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'em_open':
        italic++;
        break;
      case 'em_close':
        italic--;
        break;
      case 'link_open': {
        const h = t.attrGet('href') ?? '';
        href = /^(?:https?:|mailto:|tel:)/i.test(h) ? h : undefined;
        break;
      }
      case 'link_close':
        href = undefined;
        break;
      case 'image':
        push(t.content);
        break;
      default:
        // html_inline cannot occur (html: false); s_open/s_close carry no text.
        if (t.content && !t.type.endsWith('_open') && !t.type.endsWith('_close')) push(t.content);
    }
  }
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
