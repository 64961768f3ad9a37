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
import { type FontBook, ROLES } from './fonts.ts';
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

// What tokenize reads of an inline: whether it is used at all, its flags (by truthiness), link, text.
const USED = 1;
const HREF = 16;
const flagsOf = (i: Inline): number =>
  !i || typeof i.text !== 'string'
    ? 0
    : USED |
      (i.bold ? 2 : 0) |
      (i.italic ? 4 : 0) |
      (i.code ? 8 : 0) |
      (typeof i.href === 'string' ? HREF : 0);

/** What besides the runs the value depends on: fonts, text style and width (-1: none). */
interface Key {
  book: FontBook;
  ts: TextStyle;
  max: number;
}

/** A trie node: one step per flags, link and text of each inline, in order. */
interface TrieNode<V> {
  next: Map<string | number, TrieNode<V>> | null;
  value: V | undefined;
}

/** A style's node in the trie and what it was found for (RunsCache.styles). */
interface StyleNode<V> extends TextStyle {
  root: TrieNode<V>;
  fonts: string;
  node: TrieNode<V>;
}

/**
 * Values by style key, then the runs, as a trie walked one inline at a time: its flags (a
 * number), its link and text (strings) when used. Nothing is built per lookup, and V8 keeps a
 * string's hash on the string, so a text seen before looks up in constant time (one key string
 * joining the texts cost a copy, a hash and a compare of the whole paragraph per lookup).
 */
class RunsCache<V> {
  private root: TrieNode<V> = { next: null, value: undefined };
  private size = 0;

  /**
   * The node after the style steps, remembered per TextStyle object and width (most are shared constants),
   * checked against its values, so a style object changed in place still finds its own node.
   */
  private styles = new WeakMap<TextStyle, Map<number, StyleNode<V>>>();

  /** The node for these runs; with `create`, made where missing (else null when absent). */
  private node(k: Key, inlines: readonly Inline[], create: boolean): TrieNode<V> | null {
    const ts = k.ts;
    const fonts = fontsKey(k.book);
    const memo = this.styles.get(ts)?.get(k.max);
    let node: TrieNode<V> | null =
      memo &&
      memo.root === this.root &&
      memo.fonts === fonts &&
      memo.size === ts.size &&
      memo.color === ts.color &&
      memo.bold === ts.bold &&
      memo.italic === ts.italic &&
      memo.linkColor === ts.linkColor &&
      memo.codeColor === ts.codeColor &&
      memo.codeScale === ts.codeScale
        ? memo.node
        : this.styleNode(k, fonts, create);
    for (const inline of inlines) {
      if (!node) return null;
      const flags = flagsOf(inline);
      node = this.step(node, flags, create);
      if (node && flags & HREF) node = this.step(node, inline.href as string, create);
      if (node && flags & USED) node = this.step(node, inline.text, create);
    }
    return node;
  }

  /** The style steps: fonts, text style and width (strings made once per book and colour). */
  private styleNode(k: Key, fonts: string, create: boolean): TrieNode<V> | null {
    const ts = k.ts;
    let node = this.step(this.root, fonts, create);
    if (node) node = this.step(node, ts.size, create);
    if (node) node = this.step(node, colorKey(ts.color), create);
    if (node) node = this.step(node, (ts.bold ? 1 : 0) | (ts.italic ? 2 : 0), create);
    if (node) node = this.step(node, colorKey(ts.linkColor), create);
    if (node) node = this.step(node, colorKey(ts.codeColor), create);
    if (node) node = this.step(node, ts.codeScale ?? -1, create);
    if (node) node = this.step(node, k.max, create);
    if (node) {
      const { size, color, bold, italic, linkColor, codeColor, codeScale } = ts;
      let byMax = this.styles.get(ts);
      if (!byMax) {
        byMax = new Map();
        this.styles.set(ts, byMax);
      }
      byMax.set(k.max, {
        root: this.root,
        fonts,
        node,
        size,
        color,
        bold,
        italic,
        linkColor,
        codeColor,
        codeScale,
      });
    }
    return node;
  }

  private step(node: TrieNode<V>, key: string | number, create: boolean): TrieNode<V> | null {
    let child = node.next?.get(key);
    if (child === undefined) {
      if (!create) return null;
      child = { next: null, value: undefined };
      node.next ??= new Map();
      node.next.set(key, child);
    }
    return child;
  }

  get(k: Key, inlines: readonly Inline[]): V | undefined {
    return this.node(k, inlines, false)?.value;
  }

  set(k: Key, inlines: readonly Inline[], value: V): void {
    if (this.size >= MAX_ENTRIES) {
      this.root = { next: null, value: undefined };
      this.size = 0;
    }
    (this.node(k, inlines, true) as TrieNode<V>).value = value;
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
  key: Key,
  make: () => V,
): V {
  let value = cache.get(key, inlines);
  if (value === undefined) {
    const missingBefore = book.missing.size;
    value = make();
    // Stored only when the book has met no undrawable character at all (see the top of the file).
    if (missingBefore === 0 && book.missing.size === 0) cache.set(key, inlines, value);
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
  return cached(wraps, book, inlines, { book, ts, max }, wrap);
}

/** A table cell's measure (for the column widths) as `measure()` finds it; found once, then shared. */
export function cachedMeasure(
  book: FontBook,
  inlines: readonly Inline[],
  ts: TextStyle,
  measure: () => CellMeasure,
): CellMeasure {
  return cached(measures, book, inlines, { book, ts, max: -1 }, measure);
}
