/**
 * Subsetted TrueType fonts as PDF Type0/CIDFontType2 objects (glyph ids as CIDs).
 *
 * Each used font gets a FontUse for the document: text is encoded as *subset* glyph ids (order of
 * first use, .notdef first), and the same ids drive the subset font program (font-subset.ts), the
 * /W widths and the ToUnicode map. A font that draws at most 256 glyphs (every Latin face of a
 * plan) writes each as one byte, through an embedded one-byte identity CMap (ONE_BYTE_CMAP); one
 * that draws more writes two (Identity-H). Half the text bytes to paint and compress: ~4 % off a
 * warm render of the GP plan and 7 % off its size (docs/pdf.md "Speed"). Which fonts need two bytes
 * is only known once the pages are painted, so a font that passes 256 glyphs on one byte is marked
 * `overflowed` and render.ts paints the document again with it on two (a face with hundreds of
 * distinct letters, as in render.test.ts; none of the example plans). Glyph ids come from the cached cmap of
 * Face.glyph(), the same lookup that measured the text, so no shaping: what layout measured is
 * exactly what is drawn.
 *
 * The BaseFont is `ABCDEF+PostScriptName`, the subset tag hashed from the document id (itself a
 * hash of the input) and the font: stable for identical input, different between documents.
 */
import type { ByteSink } from './byte-sink.ts';
import type { Face } from './fonts.ts';
import { latin1, type PdfFile, ref } from './pdf-file.ts';

/** FNV-1a of `seed`, mapped to six capital letters. */
export function subsetTag(seed: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (h % 26));
    h = Math.floor(h / 26);
  }
  return tag;
}

/** Glyph-id byte as it may appear inside a PDF literal string: delimiters and line ends escaped. */
function literalChar(b: number): string {
  if (b === 0x28 || b === 0x29 || b === 0x5c) return `\\${String.fromCharCode(b)}`;
  if (b === 0x0d) return '\\r';
  if (b === 0x0a) return '\\n';
  return String.fromCharCode(b);
}

/** Per byte: the character after a backslash that escapes it in a literal string, or 0. */
const ESCAPE = new Uint8Array(256);
ESCAPE[0x28] = 0x28;
ESCAPE[0x29] = 0x29;
ESCAPE[0x5c] = 0x5c;
ESCAPE[0x0d] = 0x72; // \r
ESCAPE[0x0a] = 0x6e; // \n

/** Code points below this get a typed lookup table (Latin, Greek, Cyrillic, punctuation); others a Map. */
const TABLE_SIZE = 0x3000;

/** Widths and metrics are written in 1/1000 em; three decimals is far below print resolution. */
const n3 = (v: number): string => String(Math.round(v * 1000) / 1000);

export class FontUse {
  readonly face: Face;
  /** Type0 font object number, reserved up front so pages can refer to it. */
  readonly num: number;
  private readonly baseFont: string;
  /** Original glyph ids in subset order; the subset id of order[i] is i. */
  private readonly order: number[] = [0];
  private readonly subsetId = new Map<number, number>([[0, 0]]);
  /** Per subset id: advance width (font units) and the text it stands for. */
  private readonly advances: number[];
  private readonly unicode: string[] = [''];
  /**
   * Per code point below TABLE_SIZE: its subset glyph id + 1 (0: not looked up yet). A typed
   * table: a plain array indexed by code points as far apart as "A" and "’" turned sparse (a
   * hash table), and CJK ones go to `idOfWide`.
   */
  private readonly idOf = new Uint16Array(TABLE_SIZE);
  private readonly idOfWide = new Map<number, number>();
  /** Two bytes per glyph (Identity-H); else one (ONE_BYTE_CMAP), for at most 256 glyphs. */
  readonly wide: boolean;
  /** A one-byte font was asked for a 257th glyph: its text is wrong, and the pages must be painted again with it wide. */
  overflowed = false;

  constructor(face: Face, num: number, baseFont: string, wide = false) {
    this.face = face;
    this.num = num;
    this.baseFont = baseFont;
    this.advances = [face.notdefAdvance];
    this.wide = wide;
  }

  /**
   * Text as a PDF literal string of subset glyph ids (one or two bytes each), written into a content stream.
   * Written byte by byte from a per-code-point table of subset ids: building the string glyph by
   * glyph was a tenth of a render's allocations.
   */
  encodeInto(text: string, out: ByteSink): void {
    // Room for the worst case: two escaped bytes (four) per UTF-16 unit, and the parentheses.
    const buf = out.reserve(4 * text.length + 2);
    let at = out.length;
    const wide = this.wide;
    buf[at++] = 0x28;
    for (let i = 0; i < text.length; i++) {
      let cp = text.charCodeAt(i);
      let id: number;
      if (cp < TABLE_SIZE) {
        id = (this.idOf[cp] as number) - 1;
        if (id < 0) {
          id = this.lookUp(cp);
          // Subset ids above 0xfffe do not fit the table (no font has that many glyphs in use).
          if (id < 0xffff) this.idOf[cp] = id + 1;
        }
      } else {
        if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < text.length) {
          cp = text.codePointAt(i) as number;
          if (cp > 0xffff) i++;
        }
        const known = this.idOfWide.get(cp);
        id = known ?? this.lookUp(cp);
        if (known === undefined) this.idOfWide.set(cp, id);
      }
      if (wide) {
        const hi = id >> 8;
        const eh = ESCAPE[hi] as number;
        if (eh) {
          buf[at++] = 0x5c;
          buf[at++] = eh;
        } else buf[at++] = hi;
      }
      const lo = id & 0xff;
      const e = ESCAPE[lo] as number;
      if (e) {
        buf[at++] = 0x5c;
        buf[at++] = e;
      } else buf[at++] = lo;
    }
    buf[at++] = 0x29;
    out.length = at;
  }

  /** The subset id of a code point's glyph (0 when the font has none), assigned on first use. */
  private lookUp(cp: number): number {
    const g = this.face.glyph(cp);
    if (!g) return 0;
    return this.subsetId.get(g.id) ?? this.assign(g.id, g.advanceWidth, String.fromCodePoint(cp));
  }

  /** The next subset id, for glyph `gid`: order of first use. */
  private assign(gid: number, advance: number, text: string): number {
    const id = this.order.length;
    if (id > 0xff && !this.wide) this.overflowed = true;
    this.order.push(gid);
    this.subsetId.set(gid, id);
    this.advances.push(advance);
    this.unicode.push(text);
    return id;
  }

  /** One glyph by its original id as its escaped subset-id byte(s); `text` feeds ToUnicode on first use. */
  glyph(gid: number, text: string): string {
    let id = this.subsetId.get(gid);
    if (id === undefined) id = this.assign(gid, this.face.advanceOfGlyph(gid), text);
    else if (!this.unicode[id] && text) this.unicode[id] = text;
    return this.wide ? literalChar(id >> 8) + literalChar(id & 0xff) : literalChar(id & 0xff);
  }

  /**
   * Write the font program, descriptor, CID font, ToUnicode map and the Type0 font itself.
   * `oneByteCMap` gives the document's ONE_BYTE_CMAP stream (written once, on first call).
   */
  write(pdf: PdfFile, oneByteCMap: () => number): void {
    const face = this.face;
    const d = face.descriptor;
    const scale = 1000 / face.unitsPerEm;
    const used = this.order.length; // before the subsetter appends composite components
    const program = face.sfnt.subset([...this.order]);
    const file = pdf.addStream(program, `/Length1 ${program.length}`);
    const descriptor = pdf.add(
      `<< /Type /FontDescriptor /FontName /${this.baseFont} /Flags ${d.flags} ` +
        `/FontBBox [ ${d.bbox.map(n3).join(' ')} ] /ItalicAngle ${n3(d.italicAngle)} ` +
        `/Ascent ${n3(d.ascent)} /Descent ${n3(d.descent)} /CapHeight ${n3(d.capHeight)} ` +
        `/XHeight ${n3(d.xHeight)} /StemV 0 /FontFile2 ${ref(file)} >>`,
    );
    const widths = this.advances.slice(0, used).map((w) => n3(w * scale));
    const cid = pdf.add(
      `<< /Type /Font /Subtype /CIDFontType2 /CIDToGIDMap /Identity /BaseFont /${this.baseFont} ` +
        '/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> ' +
        `/FontDescriptor ${ref(descriptor)} /W [ 0 [ ${widths.join(' ')} ] ] >>`,
    );
    const toUnicode = pdf.addStream(latin1(toUnicodeCMap(this.unicode, this.wide ? 2 : 1)));
    const encoding = this.wide ? '/Identity-H' : ref(oneByteCMap());
    pdf.set(
      this.num,
      `<< /Type /Font /Subtype /Type0 /BaseFont /${this.baseFont} /Encoding ${encoding} ` +
        `/DescendantFonts [ ${ref(cid)} ] /ToUnicode ${ref(toUnicode)} >>`,
    );
  }
}

const hex4 = (n: number): string => n.toString(16).padStart(4, '0');
const hex2 = (n: number): string => n.toString(16).padStart(2, '0');

/**
 * The CMap of a one-byte font (ISO 32000-1 §9.7.5.3): each byte is the CID, and so the subset
 * glyph id, of the same number. Embedded, as PDF/UA-1 (7.21.3.3) requires of any CMap that is
 * not predefined, with the same WMode in the stream and its dictionary, and the CIDFont's
 * Registry and Ordering (Adobe, Identity) in both CIDSystemInfo dictionaries (7.21.3.1).
 */
export const ONE_BYTE_CMAP = {
  dict: '/Type /CMap /CMapName /NDB-OneByte-Identity /WMode 0 /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>',
  body:
    '/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n' +
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> def\n' +
    '/CMapName /NDB-OneByte-Identity def\n/CMapType 1 def\n/WMode 0 def\n' +
    '1 begincodespacerange\n<00> <ff>\nendcodespacerange\n' +
    '1 begincidrange\n<00> <ff> 0\nendcidrange\n' +
    'endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend',
};

/** ToUnicode CMap: subset glyph id (as a code of `bytes` bytes) → UTF-16BE of the character it was drawn for. */
function toUnicodeCMap(unicode: string[], bytes: 1 | 2): string {
  const code = bytes === 1 ? hex2 : hex4;
  const entries: string[] = [];
  unicode.forEach((t, id) => {
    if (id === 0) return;
    // A glyph that only continues a shaped cluster (its text went to the cluster's first glyph)
    // maps to a zero-width space, so every glyph has a Unicode value; ActualText gives the words.
    const text = t || '\u200B';
    let u = '';
    for (let i = 0; i < text.length; i++) u += hex4(text.charCodeAt(i));
    entries.push(`<${code(id)}> <${u}>`);
  });
  // At most 100 entries per bfchar block (a limit of the CMap format).
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const part = entries.slice(i, i + 100);
    blocks.push(`${part.length} beginbfchar\n${part.join('\n')}\nendbfchar`);
  }
  return (
    '/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n' +
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n' +
    '/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n' +
    `1 begincodespacerange\n${bytes === 1 ? '<00> <ff>' : '<0000> <ffff>'}\nendcodespacerange\n` +
    `${blocks.join('\n')}\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend`
  );
}

/** PostScript name usable as a PDF name without escapes. */
export const pdfNameSafe = (s: string): string => s.replace(/[^\x21-\x7E]|[()<>[\]{}/%#]/g, '');
