// markdown-it tokens → plain text, for the .txt notices a practice pastes into an email or a letter
// template. Rendering the parse (not stripping characters from the source) means escapes are
// resolved once, emphasis and link syntax vanish, and a user's literal "**" or "[x](y)" in a
// policy field stays the text it was. Tables become "Heading: value" lines, callouts a labelled
// paragraph, links their visible text (with the address when the text does not already show it).
import type Token from 'markdown-it/lib/token.mjs';
import { parseMarkdown } from './markdown.ts';

const WRAP_NOTE: Record<string, string> = { info: 'NOTE', warning: 'IMPORTANT' };

function inline(children: Token[] | null): string {
  let out = '';
  let href = '';
  let linkText = '';
  let inLink = false;
  for (const t of children ?? []) {
    switch (t.type) {
      case 'text':
      case 'code_inline':
        if (inLink) linkText += t.content;
        out += t.content;
        break;
      case 'softbreak':
        out += '\n';
        break;
      case 'hardbreak':
        out += '\n';
        break;
      case 'link_open':
        href = t.attrGet('href') ?? '';
        linkText = '';
        inLink = true;
        break;
      case 'link_close': {
        inLink = false;
        // A web address whose text is not the address itself keeps it, so the reader can still go there.
        const web = /^https?:/i.test(href) ? href : '';
        if (web && linkText.trim() !== web && `${linkText.trim()}/` !== web) out += ` (${web})`;
        break;
      }
      case 'image':
        out += t.content;
        break;
      default:
        break;
    }
  }
  return out;
}

interface Ctx {
  lines: string[];
}

function blocks(tokens: Token[], start: number, close: string | null, indent: string, ctx: Ctx): number {
  let i = start;
  const para = (text: string, prefix = '') => {
    const body = text
      .split('\n')
      .map((l, n) => (n === 0 ? prefix + l : indent + ' '.repeat(prefix.length) + l))
      .join('\n');
    ctx.lines.push(indent + body, '');
  };
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (close && t.type === close) return i + 1;
    switch (t.type) {
      case 'heading_open': {
        const text = inline(tokens[i + 1]?.children ?? null);
        ctx.lines.push(indent + (t.tag === 'h1' || t.tag === 'h2' ? text.toUpperCase() : text), '');
        i += 3;
        break;
      }
      case 'paragraph_open': {
        para(inline(tokens[i + 1]?.children ?? null));
        i += 3;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = t.type === 'ordered_list_open';
        const closeType = t.type.replace('_open', '_close');
        let n = Number(t.attrGet('start') ?? 1);
        i++;
        while (i < tokens.length && tokens[i]?.type !== closeType) {
          const marker = ordered ? `${n++}. ` : '- ';
          const sub: Ctx = { lines: [] };
          i = blocks(tokens, i + 1, 'list_item_close', '', sub);
          const body = sub.lines.filter((l, k, a) => !(l === '' && (k === a.length - 1 || a[k + 1] === '')));
          const text = body.join('\n').replace(/\n+$/, '');
          para(text.replace(/\n/g, `\n${' '.repeat(marker.length)}`), marker);
          // Tight list items sit on consecutive lines.
          if (ctx.lines.at(-1) === '') ctx.lines.pop();
        }
        ctx.lines.push('');
        i++;
        break;
      }
      case 'blockquote_open': {
        const tone = (t.meta as { tone?: string } | null)?.tone;
        const sub: Ctx = { lines: [] };
        i = blocks(tokens, i + 1, 'blockquote_close', '', sub);
        const text = sub.lines.join('\n').trim();
        para(tone ? `${WRAP_NOTE[tone] ?? 'NOTE'}: ${text}` : text);
        break;
      }
      case 'table_open': {
        const rows: string[][] = [];
        let head: string[] = [];
        let row: string[] = [];
        let inHead = false;
        i++;
        while (i < tokens.length && tokens[i]?.type !== 'table_close') {
          const c = tokens[i] as Token;
          if (c.type === 'thead_open') inHead = true;
          else if (c.type === 'thead_close') inHead = false;
          else if (c.type === 'tr_open') row = [];
          else if (c.type === 'tr_close') {
            if (inHead) head = row;
            else rows.push(row);
          } else if (c.type === 'inline') row.push(inline(c.children).replace(/\n/g, ' '));
          i++;
        }
        i++;
        const headed = head.some((h) => h.trim());
        for (const r of rows) {
          if (headed && r.length > 2) {
            const cells = r.map((cell, k) => `${head[k] ?? ''}: ${cell}`.replace(/^: /, ''));
            ctx.lines.push(...cells.map((c, k) => indent + (k === 0 ? c : `  ${c}`)), '');
          } else {
            // Two columns read as "label: value" (the notices' field tables and key/value tables).
            const [key, ...rest] = r;
            ctx.lines.push(`${indent}${key ? `${key}: ` : ''}${rest.join('; ')}`);
          }
        }
        if (ctx.lines.at(-1) !== '') ctx.lines.push('');
        break;
      }
      case 'fence':
      case 'code_block':
        para(t.content.replace(/\n$/, ''));
        i++;
        break;
      case 'hr':
        ctx.lines.push(`${indent}----------`, '');
        i++;
        break;
      default:
        i++;
    }
  }
  return i;
}

/**
 * Plain text of a Markdown document: no Markdown syntax, paragraphs separated by one blank line.
 * `tokens`: markdown-it's parse of `source` when the caller already has it (not parsed again).
 */
export function markdownToText(source: string, tokens: Token[] = parseMarkdown(source)): string {
  const ctx: Ctx = { lines: [] };
  blocks(tokens, 0, null, '', ctx);
  return `${ctx.lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
