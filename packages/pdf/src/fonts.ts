/**
 * Parsed-font cache and per-character font selection.
 *
 * Measuring goes straight to the cmap and hmtx (advance widths) instead of fontkit's shaping
 * `layout()`, which costs ~1 ms per call and would dominate render time. The PDF is drawn with the
 * same unshaped advances (see font-embed.ts), so what we measure is exactly what is painted.
 */
import fontkit from '@pdf-lib/fontkit';
import type { FontSet } from './types.ts';

type FkFont = ReturnType<typeof fontkit.create>;

/** Minimal glyph record handed to pdf-lib's subset embedder (it reads id, advanceWidth, codePoints). */
export interface GlyphInfo {
  readonly id: number;
  readonly advanceWidth: number;
  readonly codePoints: readonly number[];
}

export class Face {
  readonly bytes: Uint8Array;
  readonly fk: FkFont;
  readonly postscriptName: string;
  /** Metrics in units of the font size (1 = one em). */
  readonly ascent: number;
  readonly descent: number;
  private readonly unitsPerEm: number;
  private readonly glyphs = new Map<number, GlyphInfo | null>();
  private readonly ascii = new Float64Array(128).fill(-1);

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.fk = fontkit.create(bytes);
    this.unitsPerEm = this.fk.unitsPerEm;
    this.postscriptName = this.fk.postscriptName || 'Font';
    this.ascent = this.fk.ascent / this.unitsPerEm;
    this.descent = Math.abs(this.fk.descent) / this.unitsPerEm;
  }

  /** Glyph for a code point, or null when the font has none (cmap maps it to .notdef). */
  glyph(cp: number): GlyphInfo | null {
    let g = this.glyphs.get(cp);
    if (g === undefined) {
      g = null;
      if (this.fk.hasGlyphForCodePoint(cp)) {
        const fg = this.fk.glyphForCodePoint(cp);
        // Our own record: fontkit caches glyph objects and may have created this one without
        // code points (e.g. as a composite component), which would break the ToUnicode map.
        if (fg.id !== 0) g = { id: fg.id, advanceWidth: fg.advanceWidth, codePoints: [cp] };
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
    let w = 0;
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i) as number;
      if (cp > 0xffff) i++;
      w += this.advance(cp);
    }
    return w * size;
  }
}

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

export type Role = 'regular' | 'bold' | 'italic' | 'boldItalic' | 'cjk' | 'cjkBold';

export interface Run {
  role: Role;
  text: string;
}

/** The replacement used for characters no font can draw: U+FFFD if the font has it, else '?'. */
export const REPLACEMENT = '\uFFFD';

/** Per-render font selection. The CJK face is only parsed when a character actually needs it. */
export class FontBook {
  private readonly set: FontSet;
  private readonly faces = new Map<Role, Face>();
  /** Characters replaced because no font had them (for diagnostics/tests). */
  readonly missing = new Set<string>();

  constructor(set: FontSet) {
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

  private roleForChar(cp: number, primary: Role, bold: boolean): Role | undefined {
    if (this.face(primary).has(cp)) return primary;
    if (primary !== 'regular' && primary !== 'bold' && this.face(bold ? 'bold' : 'regular').has(cp)) {
      return bold ? 'bold' : 'regular';
    }
    const fb = this.fallback(bold);
    if (fb && this.face(fb).has(cp)) return fb;
    return undefined;
  }

  /** Split text into runs that each use one font; replace characters no font has. */
  runs(text: string, bold: boolean, italic: boolean): Run[] {
    const primary = this.primary(bold, italic);
    if (this.face(primary).coversAll(text)) return text ? [{ role: primary, text }] : [];
    const out: Run[] = [];
    let role: Role | undefined;
    let buf = '';
    for (const ch of text) {
      const cp = ch.codePointAt(0) as number;
      let r = this.roleForChar(cp, primary, bold);
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
