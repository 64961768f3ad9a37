/**
 * A small TrueType reader with the slice of fontkit's API that fonts.ts uses (`create(bytes)` →
 * unitsPerEm, ascent/descent, bbox, names, OS/2 and post fields, cmap lookups, hmtx advances).
 *
 * What fonts.ts parses every font with, in Node and in the browser alike. It replaced fontkit,
 * whose import (restructure, unicode-properties' tries inflated at load, brotli, the AAT/OpenType
 * layout machinery) made the site's record-PDF chunk 173 KB gzip instead of 26 KB (docs/pdf.md,
 * "In the browser") and cost every cold `ndb build`: importing it and parsing the four Latin
 * fonts took 638 ms of CPU against 429 ms with this reader (a new process each, from the sources,
 * interleaved, 12 runs, on a loaded 2-core machine). fontkit stays a dev dependency, the oracle of
 * the tests. Everything the writer needs beyond this (glyph outlines for
 * subsetting) is read by font-subset.ts straight from the bytes, and HarfBuzz reads the font itself
 * for shaping.
 * font-source-sfnt.test.ts checks every value against fontkit on every bundled font.
 */

interface Table {
  offset: number;
  length: number;
}

export interface SfntGlyph {
  readonly id: number;
  readonly advanceWidth: number;
}

export class SfntFont {
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly italicAngle: number;
  readonly capHeight: number;
  readonly xHeight: number;
  readonly postscriptName: string | null;
  readonly bbox: { minX: number; minY: number; maxX: number; maxY: number };
  readonly head: { macStyle: { italic: boolean } };
  readonly post: { isFixedPitch: number };
  readonly 'OS/2'?: { sFamilyClass: number };
  private readonly v: DataView;
  private readonly hmtxAt: number;
  private readonly numHMetrics: number;
  private readonly lookup: (cp: number) => number;

  constructor(bytes: Uint8Array) {
    const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.v = v;
    const tag = v.getUint32(0);
    if (tag !== 0x00010000 && tag !== 0x74727565 /* 'true' */) {
      throw new TypeError(
        'renderPdf: font is not a single TrueType font (TTF outlines; no collections or CFF)',
      );
    }
    const tables = new Map<string, Table>();
    for (let i = 0, n = v.getUint16(4); i < n; i++) {
      const rec = 12 + 16 * i;
      const name = String.fromCharCode(bytes[rec]!, bytes[rec + 1]!, bytes[rec + 2]!, bytes[rec + 3]!);
      tables.set(name, { offset: v.getUint32(rec + 8), length: v.getUint32(rec + 12) });
    }
    const need = (name: string): number => {
      const t = tables.get(name);
      if (!t) throw new TypeError(`renderPdf: the font has no ${name.trim()} table`);
      return t.offset;
    };
    const head = need('head');
    const hhea = need('hhea');
    const post = need('post');
    this.unitsPerEm = v.getUint16(head + 18);
    this.bbox = {
      minX: v.getInt16(head + 36),
      minY: v.getInt16(head + 38),
      maxX: v.getInt16(head + 40),
      maxY: v.getInt16(head + 42),
    };
    this.head = { macStyle: { italic: (v.getUint16(head + 44) & 2) !== 0 } };
    this.ascent = v.getInt16(hhea + 4);
    this.descent = v.getInt16(hhea + 6);
    this.numHMetrics = v.getUint16(hhea + 34);
    this.hmtxAt = need('hmtx');
    this.italicAngle = v.getInt32(post + 4) / 65536;
    this.post = { isFixedPitch: v.getUint32(post + 12) };
    const os2 = tables.get('OS/2');
    // fontkit: capHeight falls back to the ascent and xHeight to 0 when OS/2 (v2+) lacks them.
    let cap = this.ascent;
    let x = 0;
    if (os2) {
      this['OS/2'] = { sFamilyClass: v.getInt16(os2.offset + 30) };
      if (v.getUint16(os2.offset) >= 2) {
        x = v.getInt16(os2.offset + 86);
        cap = v.getInt16(os2.offset + 88);
      }
    }
    this.capHeight = cap;
    this.xHeight = x;
    this.postscriptName = postscriptName(v, tables.get('name'));
    this.lookup = cmapLookup(v, need('cmap'));
  }

  private advance(gid: number): number {
    const i = Math.min(gid, this.numHMetrics - 1);
    return i < 0 ? 0 : this.v.getUint16(this.hmtxAt + 4 * i);
  }

  getGlyph(id: number): SfntGlyph {
    return { id, advanceWidth: this.advance(id) };
  }

  hasGlyphForCodePoint(cp: number): boolean {
    return this.lookup(cp) !== 0;
  }

  glyphForCodePoint(cp: number): SfntGlyph {
    return this.getGlyph(this.lookup(cp));
  }
}

/** The PostScript name (name ID 6) as fontkit picks it: Windows Unicode English over Mac Roman. */
function postscriptName(v: DataView, name: Table | undefined): string | null {
  if (!name) return null;
  const count = v.getUint16(name.offset + 2);
  const strings = name.offset + v.getUint16(name.offset + 4);
  let mac: string | null = null;
  let win: string | null = null;
  for (let i = 0; i < count; i++) {
    const r = name.offset + 6 + 12 * i;
    const [platform, encoding, language, id] = [0, 2, 4, 6].map((k) => v.getUint16(r + k)) as number[];
    if (id !== 6) continue;
    const len = v.getUint16(r + 8);
    const at = strings + v.getUint16(r + 10);
    let s = '';
    if (platform === 3 && (encoding === 1 || encoding === 10) && language === 0x409) {
      for (let k = 0; k + 1 < len; k += 2) s += String.fromCharCode(v.getUint16(at + k));
      win = s;
    } else if (platform === 1 && encoding === 0 && language === 0) {
      for (let k = 0; k < len; k++) s += String.fromCharCode(v.getUint8(at + k)); // PostScript names are ASCII
      mac = s;
    }
  }
  return win ?? mac;
}

/** fontkit's choice of Unicode subtable, in its order of preference. */
const PREFERRED = [
  [3, 10],
  [0, 6],
  [0, 4],
  [3, 1],
  [0, 3],
  [0, 2],
  [0, 1],
  [0, 0],
] as const;

function cmapLookup(v: DataView, cmap: number): (cp: number) => number {
  const n = v.getUint16(cmap + 2);
  let sub = -1;
  for (const [p, e] of PREFERRED) {
    for (let i = 0; i < n && sub < 0; i++) {
      const r = cmap + 4 + 8 * i;
      if (v.getUint16(r) === p && v.getUint16(r + 2) === e) sub = cmap + v.getUint32(r + 4);
    }
    if (sub >= 0) break;
  }
  if (sub < 0) throw new TypeError('renderPdf: the font has no Unicode cmap');
  const format = v.getUint16(sub);
  if (format === 4) {
    const segs = v.getUint16(sub + 6) / 2;
    const ends = sub + 14;
    const starts = ends + 2 * segs + 2;
    const deltas = starts + 2 * segs;
    const offsets = deltas + 2 * segs;
    return (cp) => {
      let lo = 0;
      let hi = segs - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const start = v.getUint16(starts + 2 * mid);
        if (cp < start) hi = mid - 1;
        else if (cp > v.getUint16(ends + 2 * mid)) lo = mid + 1;
        else {
          const delta = v.getInt16(deltas + 2 * mid);
          const ro = v.getUint16(offsets + 2 * mid);
          if (ro === 0) return (cp + delta) & 0xffff;
          const at = offsets + 2 * mid + ro + 2 * (cp - start);
          const gid = at + 2 <= v.byteLength ? v.getUint16(at) : 0;
          return gid === 0 ? 0 : (gid + delta) & 0xffff;
        }
      }
      return 0;
    };
  }
  if (format === 12) {
    const groups = v.getUint32(sub + 12);
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const g = sub + 16 + 12 * mid;
        if (cp < v.getUint32(g)) hi = mid - 1;
        else if (cp > v.getUint32(g + 4)) lo = mid + 1;
        else return v.getUint32(g + 8) + (cp - v.getUint32(g));
      }
      return 0;
    };
  }
  throw new TypeError(`renderPdf: cmap format ${format} is not read (formats 4 and 12 are)`);
}

/** fontkit's `create` for a single TrueType font. */
export function create(bytes: Uint8Array): SfntFont {
  return new SfntFont(bytes);
}
