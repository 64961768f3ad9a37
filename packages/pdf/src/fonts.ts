/**
 * Parsed-font cache and per-character font selection.
 *
 * Measuring goes straight to the cmap and hmtx (advance widths) of our own TrueType reader
 * (font-source-sfnt.ts, checked against fontkit on every bundled font); shaping is HarfBuzz's. The
 * PDF is drawn with the same unshaped advances (see font-embed.ts), so what we measure is exactly
 * what is painted.
 */
import { create as createFont, type SfntFont } from './font-source-sfnt.ts';
import { SfntTables } from './font-subset.ts';
import { NEEDS_SHAPING, SCRIPTS, type ScriptName, scriptOf } from './scripts.ts';
import { shape } from './shaper.ts';
import type { FontSet, ScriptFonts } from './types.ts';

/** A glyph as layout and the font embedder use it: id and advance width (font units). */
export interface GlyphInfo {
  readonly id: number;
  readonly advanceWidth: number;
}

/** FontDescriptor values, in 1/1000 em (PDF glyph space). */
export interface Descriptor {
  flags: number;
  bbox: [number, number, number, number];
  italicAngle: number;
  ascent: number;
  descent: number;
  capHeight: number;
  xHeight: number;
}

export class Face {
  readonly bytes: Uint8Array;
  readonly fk: SfntFont;
  readonly postscriptName: string;
  /** Metrics in units of the font size (1 = one em). */
  readonly ascent: number;
  readonly descent: number;
  readonly unitsPerEm: number;
  private readonly glyphs = new Map<number, GlyphInfo | null>();
  private readonly ascii = new Float64Array(128).fill(-1);
  private readonly words = new Map<string, number>();
  private tables?: SfntTables;
  private desc?: Descriptor;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.fk = createFont(bytes);
    this.unitsPerEm = this.fk.unitsPerEm;
    this.postscriptName = this.fk.postscriptName || 'Font';
    this.ascent = this.fk.ascent / this.unitsPerEm;
    this.descent = Math.abs(this.fk.descent) / this.unitsPerEm;
  }

  /** Table directory and glyph offsets for subsetting, read once per font (not per document). */
  get sfnt(): SfntTables {
    this.tables ??= new SfntTables(this.bytes);
    return this.tables;
  }

  get notdefAdvance(): number {
    return this.fk.getGlyph(0).advanceWidth;
  }

  /** Font flags as pdf-lib derived them (symbolic; serif/script from the OS/2 family class). */
  get descriptor(): Descriptor {
    if (!this.desc) {
      const fk = this.fk;
      const os2 = fk['OS/2'];
      const head = fk.head;
      const s = 1000 / this.unitsPerEm;
      const family = os2?.sFamilyClass ?? 0;
      let flags = 1 << 2; // symbolic
      if (fk.post.isFixedPitch) flags |= 1 << 0;
      if (family >= 1 && family <= 7) flags |= 1 << 1;
      if (family === 10) flags |= 1 << 3;
      if (head.macStyle.italic) flags |= 1 << 6;
      const b = fk.bbox;
      this.desc = {
        flags,
        bbox: [b.minX * s, b.minY * s, b.maxX * s, b.maxY * s],
        italicAngle: fk.italicAngle,
        ascent: fk.ascent * s,
        descent: fk.descent * s,
        capHeight: (fk.capHeight || fk.ascent) * s,
        xHeight: (fk.xHeight || 0) * s,
      };
    }
    return this.desc;
  }

  /** Default (hmtx) advance of a glyph id, for the PDF /W array of shaped glyphs. */
  advanceOfGlyph(gid: number): number {
    return this.fk.getGlyph(gid).advanceWidth;
  }

  /** Glyph for a code point, or null when the font has none (cmap maps it to .notdef). */
  glyph(cp: number): GlyphInfo | null {
    let g = this.glyphs.get(cp);
    if (g === undefined) {
      g = null;
      if (this.fk.hasGlyphForCodePoint(cp)) {
        const fg = this.fk.glyphForCodePoint(cp);
        if (fg.id !== 0) g = { id: fg.id, advanceWidth: fg.advanceWidth };
      }
      this.glyphs.set(cp, g);
    }
    return g;
  }

  has(cp: number): boolean {
    return this.glyph(cp) !== null;
  }

  /** True if every character has a glyph here (the common all-Latin case takes one pass). */
  coversAll(text: string): boolean {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (this.advance(c) === 0 && !this.has(c)) return false;
      } else if (c >= 0xd800 && c <= 0xdfff) {
        return false; // astral: take the careful path
      } else if (!this.has(c)) return false;
    }
    return true;
  }

  /** Advance width in ems. Missing glyphs measure as 0 (callers substitute them first). */
  advance(cp: number): number {
    if (cp < 128) {
      const cached = this.ascii[cp] as number;
      if (cached >= 0) return cached;
      const w = (this.glyph(cp)?.advanceWidth ?? 0) / this.unitsPerEm;
      this.ascii[cp] = w;
      return w;
    }
    return (this.glyph(cp)?.advanceWidth ?? 0) / this.unitsPerEm;
  }

  widthOf(text: string, size: number): number {
    const em = this.measure(text);
    return (em >= 0 ? em : this.sumAdvances(text)) * size;
  }

  private sumAdvances(text: string): number {
    let w = 0;
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i) as number;
      if (cp > 0xffff) i++;
      w += this.advance(cp);
    }
    return w;
  }

  /**
   * Width in ems of text this font fully covers, or -1 when some character needs another font.
   * Cached per string on the font, across renders: words repeat within a plan and between plans,
   * and one hash lookup replaces two per-character passes (coverage, then advances). Widths depend
   * only on the font and the text, so the cache cannot change output; it is capped to bound memory.
   */
  /** Width in ems of text the shaper lays out (joining, conjuncts, marks). */
  shaped(text: string): number {
    return shape(this.bytes, text).width / this.unitsPerEm;
  }

  measure(text: string): number {
    let em = this.words.get(text);
    if (em === undefined) {
      em = !this.coversAll(text) ? -1 : NEEDS_SHAPING.test(text) ? this.shaped(text) : this.sumAdvances(text);
      if (text.length <= MAX_CACHED_TEXT) {
        if (this.words.size >= MAX_CACHED_WORDS) this.words.clear();
        this.words.set(text, em);
      }
    }
    return em;
  }
}

const MAX_CACHED_TEXT = 64;
const MAX_CACHED_WORDS = 50_000;

// Parsed fonts are shared across renders, keyed by the caller's byte array (identity).
const faceCache = new WeakMap<Uint8Array, Face>();

export function faceFor(bytes: Uint8Array): Face {
  let face = faceCache.get(bytes);
  if (!face) {
    face = new Face(bytes);
    faceCache.set(bytes, face);
  }
  return face;
}

export type Role =
  | 'regular'
  | 'bold'
  | 'italic'
  | 'boldItalic'
  | 'cjk'
  | 'cjkBold'
  | ScriptName
  | `${ScriptName}Bold`;

/** Every role, in the order the writer numbers fonts (F0, F1, …) and the wrap cache keys them. */
export const ROLES: readonly Role[] = [
  'regular',
  'bold',
  'italic',
  'boldItalic',
  'cjk',
  'cjkBold',
  ...SCRIPTS.flatMap((s): Role[] => [s, `${s}Bold`]),
];

export interface Run {
  role: Role;
  text: string;
  /** Width in ems when runs() already measured it (the common one-font case), so callers skip a second lookup. */
  em?: number;
}

const STICKY = /^[\p{M}\u200C\u200D]$/u;

/** The replacement used for characters no font can draw: U+FFFD if the font has it, else '?'. */
export const REPLACEMENT = '\uFFFD';

/** Per-render font selection. The CJK face is only parsed when a character actually needs it. */
export class FontBook {
  private readonly set: FontSet;
  private readonly scripts: Partial<Record<ScriptName, ScriptFonts>>;
  private readonly faces = new Map<Role, Face>();
  /** Characters replaced because no font had them (for diagnostics/tests). */
  readonly missing = new Set<string>();

  /** `scripts`: the script fonts already loaded (renderPdf resolves FontSet.scripts' loaders). */
  constructor(set: FontSet, scripts: Partial<Record<ScriptName, ScriptFonts>> = {}) {
    this.scripts = scripts;
    if (!(set?.regular instanceof Uint8Array) || !(set.bold instanceof Uint8Array)) {
      throw new TypeError('renderPdf: fonts.regular and fonts.bold must be Uint8Array font files');
    }
    this.set = set;
  }

  bytesOf(role: Role): Uint8Array | undefined {
    const s = this.set;
    switch (role) {
      case 'regular':
        return s.regular;
      case 'bold':
        return s.bold;
      case 'italic':
        return s.italic;
      case 'boldItalic':
        return s.boldItalic;
      case 'cjk':
        return s.cjk;
      case 'cjkBold':
        return s.cjkBold;
    }
    const bold = role.endsWith('Bold');
    const fonts = this.scripts[(bold ? role.slice(0, -4) : role) as ScriptName];
    return bold ? fonts?.bold : fonts?.regular;
  }

  face(role: Role): Face {
    let f = this.faces.get(role);
    if (!f) {
      const bytes = this.bytesOf(role);
      if (!bytes) throw new Error(`no font for ${role}`);
      f = faceFor(bytes);
      this.faces.set(role, f);
    }
    return f;
  }

  /** Font role for styled text, after falling back for missing style variants. */
  primary(bold: boolean, italic: boolean): Role {
    if (bold && italic && this.set.boldItalic) return 'boldItalic';
    if (bold) return 'bold';
    if (italic && this.set.italic) return 'italic';
    return 'regular';
  }

  private fallback(bold: boolean): Role | undefined {
    if (bold && this.set.cjkBold) return 'cjkBold';
    return this.set.cjk ? 'cjk' : undefined;
  }

  /** The role of the loaded script font that draws `cp` in this weight, if there is one. */
  private scriptRole(cp: number, bold: boolean): Role | undefined {
    const script = scriptOf(cp);
    const fonts = script ? this.scripts[script] : undefined;
    if (!script || !fonts) return undefined;
    const role: Role = bold && fonts.bold ? `${script}Bold` : script;
    return this.face(role).has(cp) ? role : undefined;
  }

  private roleForChar(cp: number, primary: Role, bold: boolean): Role | undefined {
    if (this.face(primary).has(cp)) return primary;
    if (primary !== 'regular' && primary !== 'bold' && this.face(bold ? 'bold' : 'regular').has(cp)) {
      return bold ? 'bold' : 'regular';
    }
    const own = this.scriptRole(cp, bold);
    if (own) return own;
    const fb = this.fallback(bold);
    if (fb && this.face(fb).has(cp)) return fb;
    return undefined;
  }

  /**
   * Whether some character of `text` would reach the fallback (CJK) face: one that the regular or
   * the bold face lacks and no loaded script font draws (italic falls back to those two, so they
   * decide). Read on the text as given and in NFC, as sanitize draws it. Whatever this says no to
   * never reaches roleForChar's fallback, so loading the fallback only when it says yes gives the
   * same file as loading it always.
   */
  needsFallback(text: string): boolean {
    const check = (t: string) => {
      for (const ch of t) {
        const cp = ch.codePointAt(0) as number;
        if (cp < 0x80) continue;
        for (const bold of [false, true])
          if (!this.face(bold ? 'bold' : 'regular').has(cp) && !this.scriptRole(cp, bold)) return true;
      }
      return false;
    };
    return check(text) || check(text.normalize('NFC'));
  }

  /** Whether some font in the set can draw `cp` (for the unrenderable-characters report). */
  canDraw(cp: number): boolean {
    return this.roleForChar(cp, 'regular', false) !== undefined;
  }

  /** Width in ems of text the primary font for the style fully covers, else -1 (then see runs()). */
  primaryEm(text: string, bold: boolean, italic: boolean): number {
    return this.face(this.primary(bold, italic)).measure(text);
  }

  /** Split text into runs that each use one font; replace characters no font has. */
  runs(text: string, bold: boolean, italic: boolean): Run[] {
    const primary = this.primary(bold, italic);
    const em = this.face(primary).measure(text);
    if (em >= 0) return text ? [{ role: primary, text, em }] : [];
    const out: Run[] = [];
    let role: Role | undefined;
    let buf = '';
    for (const ch of text) {
      const cp = ch.codePointAt(0) as number;
      // Marks and joiners stay in the font of the letter they belong to (shaping needs them together).
      let r = role && STICKY.test(ch) && this.face(role).has(cp) ? role : this.roleForChar(cp, primary, bold);
      let c = ch;
      if (!r) {
        this.missing.add(ch);
        c = this.face(primary).has(0xfffd) ? REPLACEMENT : '?';
        r = primary;
      }
      if (r !== role) {
        if (role && buf) out.push({ role, text: buf });
        role = r;
        buf = '';
      }
      buf += c;
    }
    if (role && buf) out.push({ role, text: buf });
    return out;
  }

  width(text: string, role: Role, size: number): number {
    return this.face(role).widthOf(text, size);
  }
}
