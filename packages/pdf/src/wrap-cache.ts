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

// By value, each colour's text made once (colours are theme constants; String() of a fraction is slow).
const colorKeys = new WeakMap<Color, string>();
function colorKey(c: Color | undefined): string {
  if (!c) return '';
  let key = colorKeys.get(c);
  if (key === undefined) {
    key = `${c[0]},${c[1]},${c[2]}`;
    colorKeys.set(c, key);
  }
  return key;
}

/** The text style, width and fonts: the part of the key shared by many paragraphs (short). */
function styleKey(book: FontBook, ts: TextStyle, max: number): string {
  return (
    `${fontsKey(book)}|${ts.size}|${colorKey(ts.color)}|${ts.bold ? 1 : 0}${ts.italic ? 1 : 0}|` +
    `${colorKey(ts.linkColor)}|${colorKey(ts.codeColor)}|${ts.codeScale ?? ''}|${max}`
  );
}

// What tokenize reads of an inline: whether it is used at all, its flags (by truthiness), link, text.
const USED = 1;
const HREF = 16;
const flagsOf = (i: Inline): number =>
  !i || typeof i.text !== 'string'
    ? 0
    : USED | (i.bold ? 2 : 0) | (i.italic ? 4 : 0) | (i.code ? 8 : 0) | (typeof i.href === 'string' ? HREF : 0);

/** FNV-1a step over up to 16 characters at each end of `s` and its length. */
function mixEnds(h: number, s: string): number {
  const n = s.length;
  if (n <= 32) for (let i = 0; i < n; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  else {
    for (let i = 0; i < 16; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    for (let i = n - 16; i < n; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  }
  return Math.imul(h ^ (n | 0x10000), 0x01000193);
}

/**
 * A bucket index from the style key and the runs: their lengths and ends only (hashing every
 * character cost more than it saved; entries are compared in full, so a collision costs a compare).
 */
function hashOf(style: string, inlines: readonly Inline[]): number {
  let h = mixEnds(0x811c9dc5, style);
  for (const inline of inlines) {
    const flags = flagsOf(inline);
    h = Math.imul(h ^ (flags | 0x20000), 0x01000193);
    if (flags & HREF) h = mixEnds(h, inline.href as string);
    if (flags & USED) h = mixEnds(h, inline.text);
  }
  return h;
}

interface Entry<V> {
  style: string;
  /** Per inline: flags, link ('' if none), text ('' if unused). */
  runs: (number | string)[];
  value: V;
}

/**
 * Values keyed by style key and runs. Hashed rather than keyed by one string joining all the
 * texts: building that string per paragraph was a tenth of a render's allocations. A hit
 * compares the style key and every run in full, so a hash collision can only cost a miss.
 */
class RunsCache<V> {
  private readonly buckets = new Map<number, Entry<V>[]>();
  private size = 0;

  get(style: string, inlines: readonly Inline[], hash: number): V | undefined {
    for (const e of this.buckets.get(hash) ?? []) {
      if (e.style !== style || e.runs.length !== 3 * inlines.length) continue;
      let same = true;
      for (let k = 0, j = 0; same && k < inlines.length; k++, j += 3) {
        const inline = inlines[k] as Inline;
        const flags = flagsOf(inline);
        same =
          e.runs[j] === flags &&
          e.runs[j + 1] === (flags & HREF ? inline.href : '') &&
          e.runs[j + 2] === (flags & USED ? inline.text : '');
      }
      if (same) return e.value;
    }
    return undefined;
  }

  set(style: string, inlines: readonly Inline[], hash: number, value: V): void {
    if (this.size >= MAX_ENTRIES) {
      this.buckets.clear();
      this.size = 0;
    }
    const runs: (number | string)[] = [];
    for (const inline of inlines) {
      const flags = flagsOf(inline);
      runs.push(flags, flags & HREF ? (inline.href as string) : '', flags & USED ? inline.text : '');
    }
    const bucket = this.buckets.get(hash);
    if (bucket) bucket.push({ style, runs, value });
    else this.buckets.set(hash, [{ style, runs, value }]);
    this.size++;
  }
}

const wraps = new RunsCache<Line[]>();
const measures = new RunsCache<CellMeasure>();

/** The value `make()` gives for these runs and style key, made once, then shared. */
function cached<V>(
  cache: RunsCache<V>,
  book: FontBook,
  inlines: readonly Inline[],
  style: string,
  make: () => V,
): V {
  const hash = hashOf(style, inlines);
  let value = cache.get(style, inlines, hash);
  if (value === undefined) {
    const missingBefore = book.missing.size;
    value = make();
    // Stored only when the book has met no undrawable character at all (see the top of the file).
    if (missingBefore === 0 && book.missing.size === 0) cache.set(style, inlines, hash, value);
  }
  return value;
}

/** The lines `wrap()` makes for these runs, style, width and fonts; made once, then shared. */
export function cachedWrap(
  book: FontBook,
  inlines: readonly Inline[],
  ts: TextStyle,
  max: number,
  wrap: () => Line[],
): Line[] {
  return cached(wraps, book, inlines, styleKey(book, ts, max), wrap);
}

/** A table cell's measure (for the column widths) as `measure()` finds it; found once, then shared. */
export function cachedMeasure(
  book: FontBook,
  inlines: readonly Inline[],
  ts: TextStyle,
  measure: () => CellMeasure,
): CellMeasure {
  return cached(measures, book, inlines, styleKey(book, ts, -1), measure);
}
