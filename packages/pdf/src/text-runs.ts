/**
 * Styled text → measured lines. Tokenises inline runs into unbreakable words (which may mix styles
 * and fonts, e.g. "**bold**," or "Nguyễn王"), then fills lines greedily by measured width.
 * Break opportunities: spaces, between CJK characters, after a hyphen between letters, and inside
 * over-long words (URLs prefer to break after / - ? & = _ .).
 */
import type { FontBook, Role } from './fonts.ts';
import { visualOrder } from './bidi-order.ts';
import { cleanInline, safeHref } from './sanitize.ts';
import type { Color } from './theme.ts';
import type { Inline } from './types.ts';
import { cachedWrap } from './wrap-cache.ts';

export interface Frag {
  text: string;
  role: Role;
  size: number;
  color: Color;
  width: number;
  href?: string;
  code: boolean;
}

export interface Line {
  frags: Frag[];
  width: number;
}

/** Every field here must be part of wrap-cache.ts's key (wrapped lines are shared by it). */
export interface TextStyle {
  size: number;
  color: Color;
  bold?: boolean;
  italic?: boolean;
  linkColor?: Color;
  codeColor?: Color;
  codeScale?: number;
}

interface PieceStyle {
  bold: boolean;
  italic: boolean;
  code: boolean;
  href?: string;
}

interface Piece {
  text: string;
  style: PieceStyle;
}

/**
 * An unbreakable word. Its first piece of text is on the word itself and further pieces (another
 * style inside the word, e.g. "**bold**,") in `more`: nearly every word has one piece, and a
 * render makes tens of thousands of words, so each one is a single object.
 */
export interface Word {
  text: string;
  style: PieceStyle;
  more: Piece[] | null;
  /** Style of the space before this word, or null for a zero-width break (CJK, after hyphen). */
  glue: PieceStyle | null;
  /** Width for the TextStyle `widthFor` (see wordWidth): tables measure a cell, then wrap it. */
  width: number;
  widthFor: TextStyle | null;
  /** Width in ems when the word is one piece in one font (-1 otherwise), found with the width. */
  em: number;
}

// Scripts written without spaces: a line may break before any of their characters.
const isCjk = (cp: number): boolean =>
  (cp >= 0x2e80 && cp <= 0x9fff) ||
  (cp >= 0xac00 && cp <= 0xd7af) ||
  (cp >= 0xf900 && cp <= 0xfaff) ||
  (cp >= 0xff00 && cp <= 0xffef) ||
  (cp >= 0x20000 && cp <= 0x3ffff);
// Closing punctuation must not start a line (basic kinsoku).
const NO_BREAK_BEFORE = new Set([...'、。，．：；！？）］｝」』】〉》〕〗〙〛ー々・…!?),.:;]}']);
const isLetter = (ch: string): boolean => /\p{L}/u.test(ch);
const CODE = /\d|\p{Lu}{2}[-\u2010]/u;
const URL_BREAK_AFTER = new Set([...'/-?&=_.,;:']);

// Chunks containing these need the per-character path (CJK break rules, hyphen breaks, astral chars).
const COMPLEX = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF\uD800-\uDFFF\-\u2010]/;

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/**
 * Spaces that must not break a line: inside digit groups (phone numbers "0491 570 157",
 * "+61 2 9999 0000"), dates ("20 November 2026", "November 2026"), times ("9:30 am"), a number
 * and its unit ("30 days", "72 hours") and short references ("s 26WE", "Part IIIC", "APP 11").
 */
const KEEP_TOGETHER = new RegExp(
  [
    '(?<=\\d) (?=\\+?\\d)',
    `(?<=\\b\\d{1,2}) (?=${MONTH}\\b)`,
    `(?<=\\b${MONTH}) (?=\\d{1,4}\\b)`,
    '(?<=\\d) (?=(?:am|pm|a\\.m\\.|p\\.m\\.|%|days?|business days?|hours?|minutes?|weeks?|months?|years?)(?![\\p{L}]))',
    '(?<=\\b(?:s|ss|Part|APP|No\\.|Item|Schedule|Act|version|v)) (?=\\d|[IVXLC]+\\b)',
    '(?<=\\+\\d{1,3}) (?=\\d)',
  ].join('|'),
  'gu',
);
const HAS_DIGIT = /\d|Part I/;

/** `text` with the spaces of KEEP_TOGETHER as U+00A0 (only text with a digit can have any). */
export function keepTogether(text: string): string {
  return HAS_DIGIT.test(text) ? text.replace(KEEP_TOGETHER, '\u00A0') : text;
}

// Cleaned text with its no-break spaces, per source string. The KEEP_TOGETHER pass (six
// look-behind alternatives over every inline) was ~5% of a render; plans repeat the same template
// sentences within a document and across practices and renders, so a bounded cache pays. The
// value depends only on the string, so the cache cannot change output.
const prepared = new Map<string, string>();
const MAX_PREPARED = 20_000;
function preparedText(raw: string): string {
  let t = prepared.get(raw);
  if (t === undefined) {
    t = keepTogether(cleanInline(raw));
    if (prepared.size >= MAX_PREPARED) prepared.clear();
    prepared.set(raw, t);
  }
  return t;
}

export function tokenize(inlines: readonly Inline[], base: { bold?: boolean; italic?: boolean }): Word[] {
  const words: Word[] = [];
  let cur: Word | null = null;
  let pendingGlue: PieceStyle | null = null;
  let last: 'cjk' | 'hyphen' | 'other' = 'other';
  let prevCh = '';

  const append = (text: string, style: PieceStyle): void => {
    // A no-break space is drawn as a plain space (so copied text has ordinary spaces).
    const t = text.includes('\u00A0') ? text.replaceAll('\u00A0', ' ') : text;
    if (!cur) {
      cur = {
        text: t,
        style,
        more: null,
        glue: words.length > 0 ? pendingGlue : null,
        width: 0,
        widthFor: null,
        em: -1,
      };
      pendingGlue = null;
      words.push(cur);
      return;
    }
    const more: Piece[] | null = cur.more;
    if (more) {
      const lastPiece = more[more.length - 1] as Piece;
      if (lastPiece.style === style) lastPiece.text += t;
      else more.push({ text: t, style });
    } else if (cur.style === style) cur.text += t;
    else cur.more = [{ text: t, style }];
  };

  for (const inline of inlines) {
    if (!inline || typeof inline.text !== 'string') continue;
    const style: PieceStyle = {
      bold: !!(inline.bold || base.bold),
      italic: !!(inline.italic || base.italic),
      code: !!inline.code,
      href: safeHref(inline.href),
    };
    const text = preparedText(inline.text);
    // Most inlines are plain: test once here rather than once per word.
    const complex = COMPLEX.test(text);
    let i = 0;
    while (i < text.length) {
      if (text.charCodeAt(i) === 32) {
        // Any run of spaces is one break opportunity; leading spaces are dropped.
        if (cur) pendingGlue = style;
        else if (words.length > 0 && !pendingGlue) pendingGlue = style;
        cur = null;
        prevCh = ' ';
        i++;
        continue;
      }
      let j = text.indexOf(' ', i);
      if (j < 0) j = text.length;
      const chunk = text.slice(i, j);
      i = j;
      if (!complex || !COMPLEX.test(chunk)) {
        // Plain chunk: only its first character can be a break opportunity (after CJK).
        if (cur && last === 'cjk' && !NO_BREAK_BEFORE.has(chunk[0] as string)) cur = null;
        append(chunk, style);
        last = 'other';
        prevCh = chunk[chunk.length - 1] as string;
        continue;
      }
      // Codes like "HITP-MSA-0117" or "CYB-204518" do not break at their hyphens; words do.
      const code = CODE.test(chunk);
      for (const ch of chunk) {
        const cjk = isCjk(ch.codePointAt(0) as number);
        if (
          cur &&
          !NO_BREAK_BEFORE.has(ch) &&
          (cjk || last === 'cjk' || (last === 'hyphen' && isLetter(ch)))
        ) {
          cur = null;
        }
        append(ch, style);
        last = cjk
          ? 'cjk'
          : !code && (ch === '-' || ch === '\u2010') && isLetter(prevCh)
            ? 'hyphen'
            : 'other';
        prevCh = ch;
      }
    }
  }
  return words;
}

const sizeOf = (style: PieceStyle, ts: TextStyle): number =>
  style.code ? ts.size * (ts.codeScale ?? 1) : ts.size;
const colorOf = (style: PieceStyle, ts: TextStyle): Color =>
  style.href ? (ts.linkColor ?? ts.color) : style.code ? (ts.codeColor ?? ts.color) : ts.color;

function fragsOf(book: FontBook, text: string, style: PieceStyle, ts: TextStyle): Frag[] {
  const size = sizeOf(style, ts);
  const color = colorOf(style, ts);
  return book.runs(text, style.bold, style.italic).map((run) => {
    const frag: Frag = { text: run.text, role: run.role, size, color, width: 0, code: style.code };
    if (style.href) frag.href = style.href;
    frag.width = run.em !== undefined ? run.em * size : book.width(run.text, run.role, size);
    return frag;
  });
}

const sameLook = (a: Frag, b: Frag): boolean =>
  a.role === b.role && a.size === b.size && a.color === b.color && a.href === b.href && a.code === b.code;

/**
 * Merge adjacent fragments that look the same into one draw call. Fragments may be shared, so a
 * merged group gets a new object.
 */
function mergeLine(frags: readonly Frag[]): Line {
  const out: Frag[] = [];
  let width = 0;
  for (let i = 0; i < frags.length; ) {
    const first = frags[i] as Frag;
    let j = i + 1;
    let text = first.text;
    let w = first.width;
    width += first.width;
    for (; j < frags.length && sameLook(first, frags[j] as Frag); j++) {
      const f = frags[j] as Frag;
      text += f.text;
      w += f.width;
      width += f.width;
    }
    out.push(j === i + 1 ? first : { ...first, text, width: w });
    i = j;
  }
  return { frags: out, width };
}

/** A word's pieces as fragments, one per piece and font (the slow path: words wider than a line). */
function wordFrags(book: FontBook, word: Word, ts: TextStyle): Frag[] {
  const frags = fragsOf(book, word.text, word.style, ts);
  for (const p of word.more ?? []) for (const f of fragsOf(book, p.text, p.style, ts)) frags.push(f);
  return frags;
}

/** `acc` plus the widths of `text`'s runs, added one by one (the order fixes the float result). */
function addWidths(book: FontBook, acc: number, text: string, style: PieceStyle, ts: TextStyle): number {
  const size = sizeOf(style, ts);
  for (const run of book.runs(text, style.bold, style.italic))
    acc += run.em !== undefined ? run.em * size : book.width(run.text, run.role, size);
  return acc;
}

/**
 * A word's width for a style, cached on the word (a table cell's words are measured for the
 * column widths, then wrapped). The common word, one piece in one font, is measured without
 * building runs or fragments, and its width in ems is kept for drawing (see LineBuilder.word).
 */
function wordWidth(book: FontBook, word: Word, ts: TextStyle): number {
  if (word.widthFor === ts) return word.width;
  let width: number;
  const em = word.more ? -1 : book.primaryEm(word.text, word.style.bold, word.style.italic);
  if (em >= 0) width = em * sizeOf(word.style, ts);
  else {
    width = addWidths(book, 0, word.text, word.style, ts);
    for (const p of word.more ?? []) width = addWidths(book, width, p.text, p.style, ts);
  }
  word.em = em;
  word.width = width;
  word.widthFor = ts;
  return width;
}

/**
 * The line being filled, built as merged fragments directly: adjacent text that looks the same
 * is one fragment (one draw call), and nothing is allocated per word but its text. Widths are
 * added one run at a time in reading order, as measuring each word and then merging them did,
 * so positions are the same to the last bit.
 */
class LineBuilder {
  frags: Frag[] = [];
  /** Sum of every run's width in order: the line's width. */
  width = 0;

  private add(
    text: string,
    role: Role,
    size: number,
    color: Color,
    href: string | undefined,
    code: boolean,
    w: number,
  ): void {
    this.width += w;
    const last = this.frags[this.frags.length - 1];
    if (
      last &&
      last.role === role &&
      last.size === size &&
      last.color === color &&
      last.href === href &&
      last.code === code
    ) {
      last.text += text;
      last.width += w;
      return;
    }
    const frag: Frag = { text, role, size, color, width: w, code };
    if (href) frag.href = href;
    this.frags.push(frag);
  }

  frag(f: Frag): void {
    this.add(f.text, f.role, f.size, f.color, f.href, f.code, f.width);
  }

  private piece(book: FontBook, text: string, style: PieceStyle, ts: TextStyle): void {
    const size = sizeOf(style, ts);
    const color = colorOf(style, ts);
    for (const run of book.runs(text, style.bold, style.italic)) {
      const w = run.em !== undefined ? run.em * size : book.width(run.text, run.role, size);
      this.add(run.text, run.role, size, color, style.href, style.code, w);
    }
  }

  /** A word measured by wordWidth for `ts`. */
  word(book: FontBook, word: Word, ts: TextStyle): void {
    const s = word.style;
    if (word.em >= 0) {
      this.add(
        word.text,
        book.primary(s.bold, s.italic),
        sizeOf(s, ts),
        colorOf(s, ts),
        s.href,
        s.code,
        word.width,
      );
      return;
    }
    this.piece(book, word.text, s, ts);
    for (const p of word.more ?? []) this.piece(book, p.text, p.style, ts);
  }

  /** The space before a word in `style` (the primary font has a space: it is in every font here). */
  space(book: FontBook, style: PieceStyle, ts: TextStyle): void {
    const em = book.primaryEm(' ', style.bold, style.italic);
    if (em < 0) this.piece(book, ' ', style, ts);
    else {
      const size = sizeOf(style, ts);
      this.add(
        ' ',
        book.primary(style.bold, style.italic),
        size,
        colorOf(style, ts),
        style.href,
        style.code,
        em * size,
      );
    }
  }

  take(): Line {
    const line = { frags: this.frags, width: this.width };
    this.frags = [];
    this.width = 0;
    return line;
  }
}

/** Cut a word wider than `max` into chunks that fit, preferring URL-ish break points. */
function splitWide(frags: readonly Frag[], book: FontBook, max: number): Frag[][] {
  const chars: { ch: string; w: number; src: Frag }[] = [];
  for (const f of frags) {
    for (const ch of f.text) chars.push({ ch, w: book.width(ch, f.role, f.size), src: f });
  }
  const chunks: Frag[][] = [];
  let start = 0;
  while (start < chars.length) {
    let w = 0;
    let end = start;
    let preferred = -1;
    while (end < chars.length && (end === start || w + (chars[end]?.w ?? 0) <= max)) {
      w += chars[end]?.w ?? 0;
      if (URL_BREAK_AFTER.has(chars[end]?.ch ?? '') && w >= max * 0.4) preferred = end + 1;
      end++;
    }
    if (end < chars.length) {
      if (preferred > start) end = preferred;
      // Never separate a combining mark from its base.
      while (end - 1 > start && /\p{M}/u.test(chars[end]?.ch ?? '')) end--;
    }
    const chunk: Frag[] = [];
    for (let i = start; i < end; i++) {
      const c = chars[i] as (typeof chars)[number];
      const prev = chunk[chunk.length - 1];
      if (prev && sameLook(prev, c.src)) {
        prev.text += c.ch;
        prev.width += c.w;
      } else chunk.push({ ...c.src, text: c.ch, width: c.w });
    }
    chunks.push(chunk);
    start = end;
  }
  return chunks;
}

function fill(book: FontBook, words: readonly Word[], ts: TextStyle, max: number): Line[] {
  const lines: Line[] = [];
  const line = new LineBuilder();
  /** Width of the current line as the fit test adds it: word by word, each with its space. */
  let curW = 0;
  // Space width per style, measured once per call.
  const glues = new Map<PieceStyle, number>();
  for (const word of words) {
    const w = wordWidth(book, word, ts);
    const open = line.frags.length > 0;
    let gw = 0;
    if (open && word.glue) {
      const g = glues.get(word.glue);
      gw = g ?? addWidths(book, 0, ' ', word.glue, ts);
      if (g === undefined) glues.set(word.glue, gw);
    }
    if (open && curW + gw + w <= max + 1e-6) {
      if (word.glue) line.space(book, word.glue, ts);
      line.word(book, word, ts);
      curW += gw + w;
      continue;
    }
    if (open) lines.push(line.take());
    curW = 0;
    if (w <= max + 1e-6) {
      line.word(book, word, ts);
      curW = w;
    } else {
      const chunks = splitWide(wordFrags(book, word, ts), book, max);
      for (let i = 0; i < chunks.length - 1; i++) lines.push(mergeLine(chunks[i] as Frag[]));
      for (const f of chunks[chunks.length - 1] ?? []) {
        line.frag(f);
        curW += f.width;
      }
    }
  }
  if (line.frags.length > 0) lines.push(line.take());
  for (let i = 0; i < lines.length; i++) lines[i] = visualOrder(book, lines[i] as Line);
  return lines;
}

/** Wrap inline runs to `max` points wide. */
export function wrapInlines(book: FontBook, inlines: readonly Inline[], ts: TextStyle, max: number): Line[] {
  const width = Math.max(max, 1);
  return cachedWrap(book, inlines, ts, width, () => fill(book, tokenize(inlines, ts), ts, width));
}

/** Wrap already tokenised words (see tokenize; tables tokenise each cell once, then measure and wrap). */
export function wrapWords(book: FontBook, words: readonly Word[], ts: TextStyle, max: number): Line[] {
  return fill(book, words, ts, Math.max(max, 1));
}

/** Preformatted lines (code): spaces are kept, lines only wrap when wider than `max`. */
export function wrapPre(book: FontBook, lines: readonly string[], ts: TextStyle, max: number): Line[] {
  const style: PieceStyle = { bold: false, italic: false, code: false };
  const out: Line[] = [];
  for (const text of lines) {
    if (text === '') {
      out.push({ frags: [], width: 0 });
      continue;
    }
    const frags = fragsOf(book, text, style, ts);
    const w = frags.reduce((s, f) => s + f.width, 0);
    if (w <= max) out.push(visualOrder(book, mergeLine(frags)));
    else
      for (const chunk of splitWide(frags, book, Math.max(max, 1)))
        out.push(visualOrder(book, mergeLine(chunk)));
  }
  return out;
}

/** Width of plain single-style text (used for markers, page numbers, truncation). */
export function measurePlain(book: FontBook, text: string, bold: boolean, size: number): number {
  return book.runs(text, bold, false).reduce((s, r) => s + book.width(r.text, r.role, size), 0);
}

/** Longest unbreakable word and single-line width of tokenised words, for sizing table columns. */
export function measureWords(
  book: FontBook,
  words: readonly Word[],
  ts: TextStyle,
): { min: number; max: number } {
  let min = 0;
  let max = 0;
  const glues = new Map<PieceStyle, number>();
  for (const word of words) {
    const w = wordWidth(book, word, ts);
    min = Math.max(min, w);
    let gw = 0;
    if (word.glue && max > 0) {
      gw = glues.get(word.glue) ?? addWidths(book, 0, ' ', word.glue, ts);
      glues.set(word.glue, gw);
    }
    max += w + gw;
  }
  return { min, max };
}
