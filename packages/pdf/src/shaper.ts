/**
 * HarfBuzz shaping (the WebAssembly build, npm `harfbuzzjs`) for the scripts in scripts.ts
 * NEEDS_SHAPING: Arabic joining, Indic conjuncts and vowel reordering, Thai/Sinhala/Tamil mark
 * placement. Loaded by dynamic import only when a document has such text, so Latin-only renders
 * (and the browser's wizard record) never fetch the wasm. Results are cached per font and text.
 */
import { HAS_RTL } from './scripts.ts';

type Hb = typeof import('harfbuzzjs');
type HbFont = InstanceType<Hb['Font']>;

let hb: Hb | undefined;
let loading: Promise<Hb> | undefined;

/** Load the shaper once; later renders reuse it. */
export async function loadShaper(): Promise<void> {
  loading ??= import('harfbuzzjs');
  hb = await loading;
}

export const shaperLoaded = (): boolean => hb !== undefined;

/** One shaped run in visual (left-to-right drawing) order; all values in font units. */
export interface Shaped {
  ids: number[];
  advances: number[];
  dx: number[];
  dy: number[];
  /** For each glyph, the logical text it stands for ('' for a glyph continuing a cluster). */
  text: string[];
  /** Per glyph: its cluster's first UTF-16 index (glyphs of one cluster are adjacent). */
  clusters: number[];
  width: number;
  rtl: boolean;
}

const fonts = new WeakMap<Uint8Array, HbFont>();
const cache = new WeakMap<Uint8Array, Map<string, Shaped>>();
const MAX_CACHED = 20_000;

function fontFor(bytes: Uint8Array): HbFont {
  if (!hb) throw new Error('pdf: text needs shaping but the shaper was not loaded (bug)');
  let f = fonts.get(bytes);
  if (!f) {
    f = new hb.Font(new hb.Face(new hb.Blob(bytes)));
    fonts.set(bytes, f);
  }
  return f;
}

/**
 * Shape `text` with the font in `bytes`. Direction and script come from the text itself
 * (HarfBuzz's guessSegmentProperties), so an Arabic word shapes right to left, and the glyphs
 * come back in drawing order. Each cluster's text goes to its first glyph in logical order.
 */
export function shape(bytes: Uint8Array, text: string): Shaped {
  let perFont = cache.get(bytes);
  if (!perFont) {
    perFont = new Map();
    cache.set(bytes, perFont);
  }
  const hit = perFont.get(text);
  if (hit) return hit;
  const font = fontFor(bytes);
  const h = hb as Hb;
  const buf = new h.Buffer();
  buf.addText(text);
  buf.guessSegmentProperties();
  h.shape(font, buf);
  const glyphs = buf.getGlyphInfosAndPositions();
  const rtl =
    HAS_RTL.test(text) && glyphs.length > 1 && glyphs[0]!.cluster > glyphs[glyphs.length - 1]!.cluster;
  // Cluster boundaries in logical order give each cluster's text.
  let endOf: Map<number, number>;
  const starts = [...new Set(glyphs.map((g) => g.cluster))].sort((a, b) => a - b);
  endOf = new Map(starts.map((s, i) => [s, starts[i + 1] ?? text.length]));
  const out: Shaped = { ids: [], advances: [], dx: [], dy: [], text: [], clusters: [], width: 0, rtl };
  const seen = new Set<number>();
  // Logical order is reversed for right-to-left runs: walk them from the end.
  const order = rtl ? glyphs.map((_, i) => glyphs.length - 1 - i) : glyphs.map((_, i) => i);
  const textOf = new Array<string>(glyphs.length).fill('');
  for (const i of order) {
    const c = glyphs[i]!.cluster;
    if (!seen.has(c)) {
      seen.add(c);
      textOf[i] = text.slice(c, endOf.get(c));
    }
  }
  glyphs.forEach((g, i) => {
    out.ids.push(g.codepoint);
    out.advances.push(g.xAdvance ?? 0);
    out.dx.push(g.xOffset ?? 0);
    out.dy.push(g.yOffset ?? 0);
    out.text.push(textOf[i] as string);
    out.clusters.push(g.cluster);
    out.width += g.xAdvance ?? 0;
  });
  if (perFont.size >= MAX_CACHED) perFont.clear();
  perFont.set(text, out);
  return out;
}
