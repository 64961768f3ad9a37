/**
 * TrueType subsetting straight from the font's glyf/loca bytes.
 *
 * fontkit's subsetter re-decodes every glyph through its struct machinery and streams the result
 * through an async encoder; for a 10 MB CJK font and a few hundred glyphs that cost more than laying
 * out the whole plan. Here the table directory and loca offsets are read once per font (SfntTables,
 * cached on the Face) and a subset is plain byte copying: each used glyph's outline is copied as is,
 * composite glyphs get their component ids renumbered. Output keeps what a PDF TrueType font
 * program needs (head, hhea, maxp, hmtx, loca, glyf and the hinting tables cvt/fpgm/prep) and
 * always uses 32-bit loca offsets, so glyph lengths never need padding to even sizes to be exact.
 */

const KEEP = ['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep'] as const;

/** Table offsets and the glyph index of one TrueType font: document-independent, built once. */
export class SfntTables {
  private readonly bytes: Uint8Array;
  private readonly view: DataView;
  private readonly tables = new Map<string, { offset: number; length: number }>();
  /** Byte offset of glyph i inside the font file is glyfStart + loca[i]; glyph i ends at loca[i + 1]. */
  private readonly loca: Uint32Array;
  private readonly glyfStart: number;
  private readonly numHMetrics: number;
  readonly numGlyphs: number;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const v = this.view;
    const count = v.getUint16(4);
    for (let i = 0; i < count; i++) {
      const rec = 12 + 16 * i;
      const tag = String.fromCharCode(
        bytes[rec] ?? 0,
        bytes[rec + 1] ?? 0,
        bytes[rec + 2] ?? 0,
        bytes[rec + 3] ?? 0,
      );
      this.tables.set(tag, { offset: v.getUint32(rec + 8), length: v.getUint32(rec + 12) });
    }
    const head = this.table('head');
    const maxp = this.table('maxp');
    const loca = this.table('loca');
    const hhea = this.table('hhea');
    this.glyfStart = this.table('glyf').offset;
    this.numGlyphs = v.getUint16(maxp.offset + 4);
    this.numHMetrics = v.getUint16(hhea.offset + 34);
    const long = v.getInt16(head.offset + 50) === 1;
    this.loca = new Uint32Array(this.numGlyphs + 1);
    for (let i = 0; i <= this.numGlyphs; i++) {
      this.loca[i] = long ? v.getUint32(loca.offset + 4 * i) : v.getUint16(loca.offset + 2 * i) * 2;
    }
  }

  private table(tag: string): { offset: number; length: number } {
    const t = this.tables.get(tag);
    if (!t) throw new Error(`font-subset: the font has no ${tag.trim()} table (not a TrueType font?)`);
    return t;
  }

  private glyphBytes(gid: number): Uint8Array {
    const start = this.glyfStart + (this.loca[gid] ?? 0);
    const end = this.glyfStart + (this.loca[gid + 1] ?? 0);
    return this.bytes.subarray(start, Math.max(start, end));
  }

  /** Component glyph ids of a composite glyph, with the byte positions of their ids. */
  private components(glyph: Uint8Array): { gid: number; at: number }[] {
    const out: { gid: number; at: number }[] = [];
    if (glyph.length < 10) return out;
    const v = new DataView(glyph.buffer, glyph.byteOffset, glyph.byteLength);
    if (v.getInt16(0) >= 0) return out; // simple glyph
    let p = 10;
    for (;;) {
      if (p + 4 > glyph.length) break;
      const flags = v.getUint16(p);
      out.push({ gid: v.getUint16(p + 2), at: p + 2 });
      // Flags: ARG_1_AND_2_ARE_WORDS 0x1, WE_HAVE_A_SCALE 0x8, WE_HAVE_AN_X_AND_Y_SCALE 0x40,
      // WE_HAVE_A_TWO_BY_TWO 0x80, MORE_COMPONENTS 0x20.
      p += 4 + (flags & 0x0001 ? 4 : 2);
      p += flags & 0x0008 ? 2 : flags & 0x0040 ? 4 : flags & 0x0080 ? 8 : 0;
      if (!(flags & 0x0020)) break;
    }
    return out;
  }

  /**
   * A font program with the glyphs `order` (original ids; the new id of order[i] is i, and order[0]
   * must be 0, .notdef). Components of composite glyphs are appended to `order` as they are found.
   */
  subset(order: number[]): Uint8Array {
    const v = this.view;
    const newId = new Map<number, number>(order.map((g, i) => [g, i]));
    const glyphs: Uint8Array[] = [];
    for (let i = 0; i < order.length; i++) {
      const gid = order[i] as number;
      let glyph = gid < this.numGlyphs ? this.glyphBytes(gid) : new Uint8Array(0);
      const comps = this.components(glyph);
      if (comps.length) {
        glyph = glyph.slice(); // renumber components in a copy
        const gv = new DataView(glyph.buffer, glyph.byteOffset, glyph.byteLength);
        for (const c of comps) {
          let id = newId.get(c.gid);
          if (id === undefined) {
            id = order.length;
            order.push(c.gid);
            newId.set(c.gid, id);
          }
          gv.setUint16(c.at, id);
        }
      }
      glyphs.push(glyph);
    }
    const n = order.length;

    // glyf (each glyph padded to 4 bytes) and long loca.
    const glyfLen = glyphs.reduce((s, g) => s + ((g.length + 3) & ~3), 0);
    const glyf = new Uint8Array(glyfLen);
    const loca = new Uint8Array(4 * (n + 1));
    const lv = new DataView(loca.buffer);
    let at = 0;
    glyphs.forEach((g, i) => {
      lv.setUint32(4 * i, at);
      glyf.set(g, at);
      at += (g.length + 3) & ~3;
    });
    lv.setUint32(4 * n, at);

    // hmtx: one full metric per glyph (advance, left side bearing).
    const hmtxAt = this.table('hmtx').offset;
    const hmtx = new Uint8Array(4 * n);
    const hv = new DataView(hmtx.buffer);
    const last = this.numHMetrics - 1;
    order.forEach((g, i) => {
      const adv = v.getUint16(hmtxAt + 4 * Math.min(g, last));
      const lsb =
        g < this.numHMetrics
          ? v.getInt16(hmtxAt + 4 * g + 2)
          : v.getInt16(hmtxAt + 4 * this.numHMetrics + 2 * (g - this.numHMetrics));
      hv.setUint16(4 * i, adv);
      hv.setInt16(4 * i + 2, lsb);
    });

    const copy = (tag: string): Uint8Array => {
      const t = this.table(tag);
      return this.bytes.slice(t.offset, t.offset + t.length);
    };
    const head = copy('head');
    const hd = new DataView(head.buffer);
    hd.setUint32(8, 0); // checkSumAdjustment, set below
    hd.setInt16(50, 1); // indexToLocFormat: long
    const hhea = copy('hhea');
    new DataView(hhea.buffer).setUint16(34, n);
    const maxp = copy('maxp');
    new DataView(maxp.buffer).setUint16(4, n);

    const out = new Map<string, Uint8Array>([
      ['glyf', glyf],
      ['head', head],
      ['hhea', hhea],
      ['hmtx', hmtx],
      ['loca', loca],
      ['maxp', maxp],
    ]);
    for (const tag of ['cvt ', 'fpgm', 'prep']) if (this.tables.has(tag)) out.set(tag, copy(tag));
    return assemble(KEEP.filter((t) => out.has(t)).map((t) => [t, out.get(t) as Uint8Array]));
  }
}

function checksum(data: Uint8Array): number {
  let sum = 0;
  const full = data.length & ~3;
  const v = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let i = 0; i < full; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  if (full < data.length) {
    let lastWord = 0;
    for (let i = full; i < full + 4; i++) lastWord = (lastWord << 8) | (data[i] ?? 0);
    sum = (sum + (lastWord >>> 0)) >>> 0;
  }
  return sum;
}

/**
 * An sfnt file from tables already sorted by tag, with head's checkSumAdjustment set. Also used by
 * the wizard's Latin subset generator (site/src/wizard/fonts/latin-subset.ts).
 */
export function assemble(tables: [string, Uint8Array][]): Uint8Array {
  const count = tables.length;
  let size = 12 + 16 * count;
  for (const [, t] of tables) size += (t.length + 3) & ~3;
  const out = new Uint8Array(size);
  const v = new DataView(out.buffer);
  const pow = 2 ** Math.floor(Math.log2(count));
  v.setUint32(0, 0x00010000);
  v.setUint16(4, count);
  v.setUint16(6, pow * 16);
  v.setUint16(8, Math.log2(pow));
  v.setUint16(10, count * 16 - pow * 16);
  let at = 12 + 16 * count;
  let headAt = -1;
  tables.forEach(([tag, data], i) => {
    const rec = 12 + 16 * i;
    for (let k = 0; k < 4; k++) out[rec + k] = tag.charCodeAt(k);
    v.setUint32(rec + 4, checksum(data));
    v.setUint32(rec + 8, at);
    v.setUint32(rec + 12, data.length);
    out.set(data, at);
    if (tag === 'head') headAt = at;
    at += (data.length + 3) & ~3;
  });
  if (headAt >= 0) v.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
