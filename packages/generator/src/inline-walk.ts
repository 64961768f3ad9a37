// The one walk over markdown-it's inline tokens that the Word and PDF writers share: it keeps the
// bold/italic nesting and the open link, and hands each piece of text to the writer with that
// state. What a format does with a line break or a link is the writer's (markdown-to-docx.ts,
// markdown-to-pdf.ts).
import type Token from 'markdown-it/lib/token.mjs';

/** Where the walk is: read it during the callback (the walk updates one object in place). */
export interface InlineState {
  bold: boolean;
  italic: boolean;
  /** The text is inline code. */
  code: boolean;
  /** The open link's href, as written ('' outside a link). */
  href: string;
}

export interface InlineVisitor {
  /** Literal text (may be empty: writers skip it). */
  text(text: string, state: InlineState): void;
  /** A soft or hard line break. */
  lineBreak(state: InlineState): void;
  /** A link ends; `label` is the plain text it showed. */
  linkClose?(href: string, label: string, state: InlineState): void;
}

export function walkInlines(children: Token[] | null, visit: InlineVisitor, bold = false): void {
  let boldDepth = bold ? 1 : 0;
  let italicDepth = 0;
  let label = '';
  const state: InlineState = { bold, italic: false, code: false, href: '' };
  for (const t of children ?? []) {
    switch (t.type) {
      case 'text':
        label += t.content;
        visit.text(t.content, state);
        break;
      case 'code_inline':
        state.code = true;
        visit.text(t.content, state);
        state.code = false;
        break;
      case 'softbreak':
      case 'hardbreak':
        visit.lineBreak(state);
        break;
      case 'strong_open':
        state.bold = ++boldDepth > 0;
        break;
      case 'strong_close':
        state.bold = --boldDepth > 0;
        break;
      case 'em_open':
        state.italic = ++italicDepth > 0;
        break;
      case 'em_close':
        state.italic = --italicDepth > 0;
        break;
      case 'link_open':
        state.href = t.attrGet('href') ?? '';
        label = '';
        break;
      case 'link_close':
        visit.linkClose?.(state.href, label, state);
        state.href = '';
        break;
      default:
        // An image's alt text and any other token with content; html_inline cannot occur (html: false), s_open/s_close carry no text.
        if (t.content && !t.type.endsWith('_open') && !t.type.endsWith('_close'))
          visit.text(t.content, state);
    }
  }
}
