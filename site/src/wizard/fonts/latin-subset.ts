/**
 * The browser record PDF's Latin fonts, cut down at build time (node site/src/wizard/fonts/latin-subset.ts
 * writes them; latin-subset.test.ts checks the committed files are what this makes).
 *
 * Most records are in Latin letters, and the full Noto Sans pair is 1.26 MB (~600 KB gzip) because it
 * also covers Greek, Cyrillic, Devanagari and its OpenType layout tables. The subset keeps only the
 * glyphs of LATIN_SUBSET's code points (each glyph's bytes and metrics as they were; head and OS/2
 * byte for byte). The PDF writer subsets again, numbering glyphs in order of first use, so a record
 * drawn with these fonts is byte-identical to one drawn with the full fonts, as long as its text
 * has no character that only the full fonts have
 * (FULL_ONLY_RANGES, which pdf-fonts.ts checks before choosing). Each file is gzip-compressed here
 * (served as is: fetched bytes are decompressed with DecompressionStream), so no server setting is
 * needed for them to travel compressed.
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Code point ranges (inclusive) the subset keeps: Latin names and the punctuation records use. */
export const LATIN_SUBSET: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], // ASCII
  [0xa0, 0x17f], // Latin-1 and Latin Extended-A
  [0x1cd, 0x1dc], // pinyin tone letters (ǎ ǐ ǒ ǔ ǖ …)
  [0x218, 0x21b], // Ș ș Ț ț
  [0x2bb, 0x2bc], // ʻokina, apostrophe letter
  [0x2c6, 0x2c7],
  [0x2d8, 0x2dd],
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese)
  [0x2000, 0x206f], // general punctuation (– — ‘ ’ “ ” • … and the layout's own marks)
  [0x20ac, 0x20ac], // €
  [0x2116, 0x2116], // №
  [0x2122, 0x2122], // ™
  [0x2190, 0x2193], // arrows (→)
  [0x2212, 0x2212], // minus
  [0xfffd, 0xfffd], // replacement character (drawn for characters no font has)
];

const inSubset = (cp: number) => LATIN_SUBSET.some(([a, b]) => cp >= a && cp <= b);

interface Tables {
  v: DataView;
  bytes: Uint8Array;
  at: Map<string, { offset: number; length: number }>;
}

function readTables(bytes: Uint8Array): Tables {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = new Map<string, { offset: number; length: number }>();
  for (let i = 0, n = v.getUint16(4); i < n; i++) {
    const r = 12 + 16 * i;
    const tag = String.fromCharCode(...bytes.subarray(r, r + 4));
    at.set(tag, { offset: v.getUint32(r + 8), length: v.getUint32(r + 12) });
  }
  return { v, bytes, at };
}

const table = (t: Tables, tag: string): Uint8Array => {
  const e = t.at.get(tag);
  if (!e) throw new Error(`latin-subset: the font has no ${tag} table`);
  return t.bytes.slice(e.offset, e.offset + e.length);
};

/** Every code point the font maps to a glyph, with its glyph id (from its format 4 or 12 cmap). */
export function cmapOf(bytes: Uint8Array): Map<number, number> {
  const { create } = fontReader;
  const font = create(bytes);
  const out = new Map<number, number>();
  for (let cp = 0; cp <= 0x2ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const g = font.glyphForCodePoint(cp).id;
    if (g) out.set(cp, g);
  }
  return out;
}

// The browser reader (the same one the wizard uses), imported lazily so this module stays light.
const fontReader = await import('../../../../packages/pdf/src/font-source-sfnt.ts');
// The sfnt writer the PDF's own subsetter uses (one implementation of the table directory).
const { assemble: assembleSfnt } = await import('../../../../packages/pdf/src/font-subset.ts');

function glyphRanges(t: Tables): { loca: number[]; long: boolean } {
  const head = t.at.get('head')!.offset;
  const long = t.v.getInt16(head + 50) === 1;
  const n = t.v.getUint16(t.at.get('maxp')!.offset + 4);
  const locaAt = t.at.get('loca')!.offset;
  const loca: number[] = [];
  for (let i = 0; i <= n; i++)
    loca.push(long ? t.v.getUint32(locaAt + 4 * i) : 2 * t.v.getUint16(locaAt + 2 * i));
  return { loca, long };
}

/** Component glyph ids of a composite glyph (TrueType glyf), with where each id is written. */
function components(glyph: Uint8Array): { gid: number; at: number }[] {
  if (glyph.length < 10) return [];
  const v = new DataView(glyph.buffer, glyph.byteOffset, glyph.byteLength);
  if (v.getInt16(0) >= 0) return [];
  const out: { gid: number; at: number }[] = [];
  for (let p = 10; p + 4 <= glyph.length; ) {
    const flags = v.getUint16(p);
    out.push({ gid: v.getUint16(p + 2), at: p + 2 });
    // ARG_1_AND_2_ARE_WORDS 0x1, WE_HAVE_A_SCALE 0x8, X_AND_Y_SCALE 0x40, TWO_BY_TWO 0x80, MORE 0x20.
    p += 4 + (flags & 0x0001 ? 4 : 2);
    p += flags & 0x0008 ? 2 : flags & 0x0040 ? 4 : flags & 0x0080 ? 8 : 0;
    if (!(flags & 0x0020)) break;
  }
  return out;
}

/** A format 4 cmap (platform 3, encoding 1) for BMP code points → glyph ids. */
function cmap4(map: [number, number][]): Uint8Array {
  // One segment per run of consecutive code points with consecutive glyph ids (idDelta only).
  const segs: { start: number; end: number; delta: number }[] = [];
  for (const [cp, gid] of map) {
    const last = segs[segs.length - 1];
    if (last && cp === last.end + 1 && ((gid - cp) & 0xffff) === last.delta) last.end = cp;
    else segs.push({ start: cp, end: cp, delta: (gid - cp) & 0xffff });
  }
  segs.push({ start: 0xffff, end: 0xffff, delta: 1 });
  const n = segs.length;
  const sub = new Uint8Array(16 + 8 * n);
  const v = new DataView(sub.buffer);
  const pow = 2 ** Math.floor(Math.log2(n));
  v.setUint16(0, 4);
  v.setUint16(2, sub.length);
  v.setUint16(6, 2 * n);
  v.setUint16(8, 2 * pow);
  v.setUint16(10, Math.log2(pow));
  v.setUint16(12, 2 * n - 2 * pow);
  segs.forEach((s, i) => {
    v.setUint16(14 + 2 * i, s.end);
    v.setUint16(16 + 2 * n + 2 * i, s.start);
    v.setUint16(16 + 4 * n + 2 * i, s.delta);
    v.setUint16(16 + 6 * n + 2 * i, 0);
  });
  const out = new Uint8Array(12 + sub.length);
  const ov = new DataView(out.buffer);
  ov.setUint16(2, 1); // one subtable
  ov.setUint16(4, 3);
  ov.setUint16(6, 1);
  ov.setUint32(8, 12);
  out.set(sub, 12);
  return out;
}

/** A name table with only the PostScript name (ID 6), Windows Unicode English: all the PDF needs. */
function nameTable(postscriptName: string): Uint8Array {
  const out = new Uint8Array(6 + 12 + 2 * postscriptName.length);
  const v = new DataView(out.buffer);
  v.setUint16(2, 1);
  v.setUint16(4, 18);
  const record = [3, 1, 0x409, 6, 2 * postscriptName.length, 0];
  for (let i = 0; i < record.length; i++) v.setUint16(6 + 2 * i, record[i] as number);
  for (let i = 0; i < postscriptName.length; i++) v.setUint16(18 + 2 * i, postscriptName.charCodeAt(i));
  return out;
}

/** The Latin subset of one TrueType font (uncompressed). */
export function latinSubset(bytes: Uint8Array): Uint8Array {
  const t = readTables(bytes);
  const map = [...cmapOf(bytes)].filter(([cp]) => inSubset(cp));
  const { loca, long } = glyphRanges(t);
  const glyfAt = t.at.get('glyf')!.offset;
  const glyph = (g: number) => bytes.subarray(glyfAt + loca[g]!, glyfAt + loca[g + 1]!);
  // Kept glyphs in their original order (.notdef first), with every composite's components.
  const keep = new Set<number>([0, ...map.map(([, g]) => g)]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const g of [...keep])
      for (const c of components(glyph(g)).map((x) => x.gid))
        if (!keep.has(c)) {
          keep.add(c);
          grew = true;
        }
  }
  const order = [...keep].sort((x, y) => x - y);
  const newId = new Map(order.map((g, i) => [g, i]));
  const n = order.length;
  // glyf: each glyph's original bytes (padding included, so the writer copies exactly the same),
  // composite components renumbered; loca in the original format.
  const parts = order.map((g) => {
    const comps = components(glyph(g));
    if (!comps.length) return glyph(g);
    const copy = glyph(g).slice();
    const cv = new DataView(copy.buffer);
    for (const c of comps) cv.setUint16(c.at, newId.get(c.gid)!);
    return copy;
  });
  const newLoca = new Uint8Array(long ? 4 * (n + 1) : 2 * (n + 1));
  const lv = new DataView(newLoca.buffer);
  const glyf = new Uint8Array(parts.reduce((sum, d) => sum + d.length, 0));
  let at = 0;
  parts.forEach((d, i) => {
    if (long) lv.setUint32(4 * i, at);
    else lv.setUint16(2 * i, at / 2);
    glyf.set(d, at);
    at += d.length;
  });
  if (long) lv.setUint32(4 * n, at);
  else lv.setUint16(2 * n, at / 2);
  // hmtx: one long metric per kept glyph, as the full font gives it.
  const hAt = t.at.get('hmtx')!.offset;
  const numH = t.v.getUint16(t.at.get('hhea')!.offset + 34);
  const hmtx = new Uint8Array(4 * n);
  const hv = new DataView(hmtx.buffer);
  order.forEach((g, i) => {
    hv.setUint16(4 * i, t.v.getUint16(hAt + 4 * Math.min(g, numH - 1)));
    hv.setInt16(
      4 * i + 2,
      g < numH ? t.v.getInt16(hAt + 4 * g + 2) : t.v.getInt16(hAt + 4 * numH + 2 * (g - numH)),
    );
  });
  const hhea = table(t, 'hhea');
  new DataView(hhea.buffer).setUint16(34, n);
  const maxp = table(t, 'maxp');
  new DataView(maxp.buffer).setUint16(4, n);
  // post: version 3 (no glyph names); italicAngle and isFixedPitch are all the PDF reads.
  const post = table(t, 'post').slice(0, 32);
  new DataView(post.buffer).setUint32(0, 0x00030000);
  const psName = fontReader.create(bytes).postscriptName ?? 'Font';
  const tables: [string, Uint8Array][] = [
    ['OS/2', table(t, 'OS/2')],
    ['cmap', cmap4(map.map(([cp, g]) => [cp, newId.get(g)!]))],
    ['glyf', glyf],
    ['head', table(t, 'head')],
    ['hhea', hhea],
    ['hmtx', hmtx],
    ['loca', newLoca],
    ['maxp', maxp],
    ['name', nameTable(psName)],
    ['post', post],
  ];
  for (const tag of ['cvt ', 'fpgm', 'prep']) if (t.at.has(tag)) tables.push([tag, table(t, tag)]);
  tables.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return assembleSfnt(tables);
}

/** Code point ranges the full fonts draw that the subset does not (merged over all `fonts`). */
export function fullOnlyRanges(fonts: Uint8Array[]): [number, number][] {
  const cps = new Set<number>();
  for (const f of fonts) for (const cp of cmapOf(f).keys()) if (!inSubset(cp)) cps.add(cp);
  const sorted = [...cps].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const cp of sorted) {
    const last = out[out.length - 1];
    if (last && cp === last[1] + 1) last[1] = cp;
    else out.push([cp, cp]);
  }
  return out;
}

/** The files this module writes beside itself: two gzip'd fonts and the coverage module. */
export async function latinFiles(): Promise<Record<string, Uint8Array | string>> {
  const { createRequire } = await import('node:module');
  const { readFile } = await import('node:fs/promises');
  const require = createRequire(new URL('../../../../packages/pdf/package.json', import.meta.url));
  const read = async (weight: string) =>
    new Uint8Array(
      await readFile(require.resolve(`@expo-google-fonts/noto-sans/${weight}/NotoSans_${weight}.ttf`)),
    );
  const regular = await read('400Regular');
  const bold = await read('700Bold');
  const ranges = fullOnlyRanges([regular, bold]);
  const coverage = `// Generated by latin-subset.ts from @expo-google-fonts/noto-sans: do not edit.
// Code point ranges the full Noto Sans pair draws and the Latin subset does not: a record whose
// text has one of these is drawn with the full fonts (pdf-fonts.ts).
export const FULL_ONLY_RANGES: readonly (readonly [number, number])[] = ${JSON.stringify(ranges)};
`;
  return {
    'noto-sans-latin-400.bin': gzipSync(latinSubset(regular), { level: 9 }),
    'noto-sans-latin-700.bin': gzipSync(latinSubset(bold), { level: 9 }),
    'full-only-ranges.ts': coverage,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { writeFile } = await import('node:fs/promises');
  for (const [name, data] of Object.entries(await latinFiles())) {
    await writeFile(new URL(name, import.meta.url), data);
    console.log(
      `wrote site/src/wizard/fonts/${name} (${typeof data === 'string' ? data.length : data.byteLength} bytes)`,
    );
  }
}
