/**
 * Wrapped paragraphs shared across renders. Plans repeat the same template paragraphs, headings
 * and list items within a document, across the practices of a batch and across renders, and
 * tokenising, measuring and filling them was about a seventh of a render's CPU (and most of its
 * allocations). The lines depend only on the inline runs (text, styles, link), the text style,
 * the width and the fonts, which is what the key is made of, and nothing downstream changes a
 * Line or Frag once made (emitLine and the flow only read them), so sharing them cannot change
 * the output.
 *
 * A wrap that met a character no font has is not stored: it records that character in the
 * book's `missing` set (renderPdfWithStats reports it), which a cache hit would skip.
 */
import type { FontBook, Role } from './fonts.ts';
import { SCRIPTS } from './scripts.ts';
import type { Line, TextStyle } from './text-runs.ts';
import type { Color } from './theme.ts';
import type { Inline } from './types.ts';

/** Bounded: cleared when full (a batch of practices reuses far fewer distinct paragraphs). */
const MAX_ENTRIES = 10_000;
const cache = new Map<string, Line[]>();
const measures = new Map<string, CellMeasure>();

/** A table cell's longest word and single-line width (see measureWords). */
export interface CellMeasure {
  min: number;
  max: number;
}

const ROLES: Role[] = [
  'regular',
  'bold',
  'italic',
  'boldItalic',
  'cjk',
  'cjkBold',
  ...SCRIPTS.flatMap((s): Role[] => [s, `${s}Bold`]),
];

// Font files by identity (the parsed-font cache is keyed the same way, see fonts.ts faceFor).
const fileIds = new WeakMap<Uint8Array, number>();
let nextFileId = 1;
const fontKeys = new WeakMap<FontBook, string>();

/** Which font file fills each role of the book (role order is fixed, so position names the role). */
function fontsKey(book: FontBook): string {
  let key = fontKeys.get(book);
  if (key === undefined) {
    key = '';
    for (const role of ROLES) {
      const bytes = book.bytesOf(role);
      let id = 0;
      if (bytes) {
        id = fileIds.get(bytes) ?? 0;
        if (!id) {
          id = nextFileId++;
          fileIds.set(bytes, id);
        }
      }
      key += `${id},`;
    }
    fontKeys.set(book, key);
  }
  return key;
}

const colorKey = (c: Color | undefined): string => (c ? `${c[0]},${c[1]},${c[2]}` : '');

/**
 * Everything the lines depend on. Inline texts and links are length-prefixed, so no text can
 * imitate a boundary; flags are by truthiness, as tokenize reads them.
 */
function wrapKey(book: FontBook, inlines: readonly Inline[], ts: TextStyle, max: number): string {
  let key =
    `${fontsKey(book)}|${ts.size}|${colorKey(ts.color)}|${ts.bold ? 1 : 0}${ts.italic ? 1 : 0}|` +
    `${colorKey(ts.linkColor)}|${colorKey(ts.codeColor)}|${ts.codeScale ?? ''}|${max}`;
  for (const inline of inlines) {
    if (!inline || typeof inline.text !== 'string') {
      key += '\u0000x';
      continue;
    }
    key += `\u0000${inline.bold ? 1 : 0}${inline.italic ? 1 : 0}${inline.code ? 1 : 0}`;
    key += typeof inline.href === 'string' ? `${inline.href.length}:${inline.href}` : '-';
    key += `${inline.text.length}:${inline.text}`;
  }
  return key;
}

/** Stores `value` under `key` unless the book met an undrawable character (see above). */
function store<V>(map: Map<string, V>, key: string, book: FontBook, missingBefore: number, value: V): void {
  if (missingBefore !== 0 || book.missing.size !== 0) return;
  if (map.size >= MAX_ENTRIES) map.clear();
  map.set(key, value);
}

/** The lines `wrap()` makes for these runs, style, width and fonts; made once, then shared. */
export function cachedWrap(
  book: FontBook,
  inlines: readonly Inline[],
  ts: TextStyle,
  max: number,
  wrap: () => Line[],
): Line[] {
  const key = wrapKey(book, inlines, ts, max);
  let lines = cache.get(key);
  if (lines === undefined) {
    const missingBefore = book.missing.size;
    lines = wrap();
    store(cache, key, book, missingBefore, lines);
  }
  return lines;
}

/** A table cell's measure (for the column widths) as `measure()` finds it; found once, then shared. */
export function cachedMeasure(
  book: FontBook,
  inlines: readonly Inline[],
  ts: TextStyle,
  measure: () => CellMeasure,
): CellMeasure {
  const key = wrapKey(book, inlines, ts, -1);
  let m = measures.get(key);
  if (m === undefined) {
    const missingBefore = book.missing.size;
    m = measure();
    store(measures, key, book, missingBefore, m);
  }
  return m;
}
