// The one Markdown parser behind plan.html, the site fragments and plan.pdf, so all three read
// the same document. Raw HTML is off (shown as text), links are limited to web, mail, phone and
// in-page anchors, headings get stable ids, and GitHub-style alerts (> [!WARNING]) become callouts.
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

export type CalloutTone = 'info' | 'warning';

const SAFE_LINK = /^(?:https?:|mailto:|tel:|#)/i;
// Matched on the raw source of the first line, where a user's "[" would be escaped as "\[".
const ALERT = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(?:\n|$)/;

/** A heading's anchor id ("4.3 Is serious harm likely?" → "4-3-is-serious-harm-likely"); never empty. */
export function headingId(text: string): string {
  const slug = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'section';
}

/** The visible text of an inline token (escapes already resolved by the parser). */
export function inlineText(token: Token | undefined): string {
  return (token?.children ?? [])
    .map((t) =>
      t.type === 'text' || t.type === 'code_inline' ? t.content : t.type === 'softbreak' ? ' ' : '',
    )
    .join('');
}

function alerts(md: MarkdownIt): void {
  // After block parsing, before inline parsing: strip the marker from the raw inline source.
  md.core.ruler.after('block', 'ndb_alerts', (state) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const open = tokens[i];
      const inline = tokens[i + 2];
      if (
        open?.type !== 'blockquote_open' ||
        tokens[i + 1]?.type !== 'paragraph_open' ||
        inline?.type !== 'inline'
      )
        continue;
      const m = ALERT.exec(inline.content);
      if (!m) continue;
      const kind = (m[1] as string).toLowerCase();
      const tone: CalloutTone = kind === 'note' || kind === 'tip' ? 'info' : 'warning';
      inline.content = inline.content.slice(m[0].length);
      open.meta = { ...open.meta, tone };
      open.attrSet('class', `callout callout-${tone}`);
      open.attrSet('role', tone === 'warning' ? 'alert' : 'note');
    }
  });
}

function headingIds(md: MarkdownIt): void {
  md.core.ruler.push('ndb_heading_ids', (state) => assignHeadingIds(state.tokens));
}

/** Each heading's id: its slug, "-2", "-3" … for a repeat within the document. */
function assignHeadingIds(tokens: Token[]): void {
  const seen = new Map<string, number>();
  tokens.forEach((token, i) => {
    if (token.type !== 'heading_open') return;
    const base = headingId(inlineText(tokens[i + 1]));
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    token.attrSet('id', n === 0 ? base : `${base}-${n + 1}`);
  });
}

/** A table whose header cells are all empty (a key/value table) renders without a header row. */
function blankTableHeads(md: MarkdownIt): void {
  md.core.ruler.push('ndb_blank_thead', (state) => {
    const tokens = state.tokens;
    tokens.forEach((token, i) => {
      if (token.type !== 'thead_open') return;
      let j = i + 1;
      let blank = true;
      for (; j < tokens.length && tokens[j]?.type !== 'thead_close'; j++) {
        if (tokens[j]?.type === 'inline' && tokens[j]?.content.trim()) blank = false;
      }
      if (blank) token.attrSet('hidden', '');
    });
  });
}

function createMarkdown(): MarkdownIt {
  const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false, breaks: false });
  md.validateLink = (url) => SAFE_LINK.test(url.trim());
  md.use(alerts).use(headingIds).use(blankTableHeads);
  // A wide table scrolls inside its own labelled, focusable region, so the page itself never
  // scrolls sideways on a phone (WCAG 1.4.10 reflow); the PDF reads the tokens, not this HTML.
  md.renderer.rules.table_open = () =>
    '<div class="table-scroll" role="region" tabindex="0" aria-label="Table: scroll sideways to see every column">\n<table>\n';
  md.renderer.rules.table_close = () => '</table>\n</div>\n';
  // An incident blank ("[[DATE]]") is marked, so it stands out on screen and on paper.
  md.renderer.rules.text = (tokens, idx) =>
    md.utils
      .escapeHtml((tokens[idx] as Token).content)
      .replace(/\[\[[^\]\n]*\]\]/g, (blank) => `<mark class="blank">${blank}</mark>`);
  // External links open in a new tab on the site; rel keeps the opener away from the page.
  const defaultLinkOpen = md.renderer.rules.link_open;
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx] as Token;
    if (/^https?:/i.test(token.attrGet('href') ?? '')) token.attrSet('rel', 'noopener noreferrer');
    return defaultLinkOpen
      ? defaultLinkOpen(tokens, idx, options, env, self)
      : self.renderToken(tokens, idx, options);
  };
  return md;
}

export const markdown = createMarkdown();
const NOTICE_OPTIONS = { ...markdown.options, breaks: true };

export function parseMarkdown(source: string): Token[] {
  return markdown.parse(source, {});
}

const LIST_OPEN = new Set(['bullet_list_open', 'ordered_list_open', 'list_item_open']);

/**
 * The tokens of `parts`' sources joined with "\n", made from the parts' own parses instead of a
 * second parse of the whole (the plan: its sections are parsed for the site's fragments, then the
 * plan for plan.html, .pdf and .docx). Line maps are shifted and heading ids re-counted over the
 * whole document, as one parse would give them (build.test.ts compares every token). Valid when
 * every source ends with "\n" and starts with a heading (no block runs on into the next part) and
 * none uses a reference link defined in another: true of the plan templates, whose user text
 * escapeMarkdown escapes. The parts' tokens are reused, not copied. Saves the plan's second
 * parse, ~3.5 ms of a ~50 ms build (measured).
 */
export function joinParses(parts: { source: string; tokens: Token[] }[]): Token[] {
  const joined: Token[] = [];
  let line = 0;
  for (const [k, { source, tokens }] of parts.entries()) {
    let lines = 0;
    for (let at = source.indexOf('\n'); at >= 0; at = source.indexOf('\n', at + 1)) lines++;
    // A list open at the end of a part takes in the empty line the join adds after it.
    const followed = k < parts.length - 1;
    for (const t of tokens) {
      if (t.map) {
        const end = followed && t.map[1] === lines && LIST_OPEN.has(t.type) ? 1 : 0;
        if (line > 0 || end > 0) t.map = [t.map[0] + line, t.map[1] + line + end];
      }
      joined.push(t);
    }
    line += lines + 1;
  }
  assignHeadingIds(joined);
  return joined;
}

/**
 * HTML of a notice: a line break in the source is kept (a letterhead, an address block, a
 * signature), as in the .docx and the .txt; the plan's paragraphs reflow as usual. `tokens`:
 * markdown-it's parse of `source` when the caller already has it (not parsed again).
 */
export function renderNoticeHtml(source: string, tokens: Token[] = parseMarkdown(source)): string {
  // `breaks` renders a soft break as a hard one (the same "<br>\n"), leaving the tokens as parsed
  // for the caller's other renderings of them (.txt, .docx, the output warnings).
  return markdown.renderer.render(tokens, NOTICE_OPTIONS, {});
}

export function renderHtmlFragment(source: string): string {
  return markdown.render(source);
}
