/**
 * Embedding fonts into a pdf-lib document without its two costly/non-deterministic defaults:
 *
 * - pdf-lib's `embedFont` calls `fontkit.create(bytes)` (re-parsing the file) and encodes text via
 *   fontkit's shaping `layout()` (~1 ms per call). We register a tiny "fontkit" whose `create`
 *   returns a view of our cached parsed font with a cmap-only `layout`. No shaping means no
 *   ligatures or kerning, matching how fonts.ts measures text.
 * - Without `customName`, pdf-lib names the font `<PostScriptName>-<rng digits>`, which is not a
 *   PDF subset tag (so tools do not recognise the subset). We pass `ABCDEF+PostScriptName` with the
 *   tag hashed from the document id (itself a hash of the input) and the font: stable for identical
 *   input, different between documents, and cheaper than hashing every drawn character.
 */
import type { PDFDocument, PDFFont } from 'pdf-lib';
import type { Face, GlyphInfo } from './fonts.ts';

type FkFont = Face['fk'];

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

/**
 * fontkit's TrueType subsetter copies glyphs unpadded but writes a *short* loca table (offsets / 2)
 * whenever the subset is under 128 KB. Noto Sans has many odd-length glyphs, so every glyph after
 * one of them is misaddressed and renders blank (the cause of pdf-lib issue #1232). Pinning the
 * loca version to 1 (32-bit offsets) before fontkit picks one keeps every offset exact.
 */
function longLocaSubset<T extends object>(subset: T): T {
  let loca: { version?: number } | undefined;
  Object.defineProperty(subset, 'loca', {
    configurable: true,
    get: () => loca,
    set: (value: { version?: number }) => {
      if (value && typeof value === 'object') value.version = 1;
      loca = value;
    },
  });
  return subset;
}

/** A view of the cached font whose `layout` maps code points straight to glyphs. */
function fastLayoutView(face: Face): FkFont {
  const view = Object.create(face.fk) as {
    layout: (text: string) => { glyphs: GlyphInfo[] };
    createSubset: () => object;
  };
  const notdef: GlyphInfo = { id: 0, advanceWidth: 0, codePoints: [] };
  view.layout = (text: string) => {
    const glyphs: GlyphInfo[] = [];
    for (const ch of text) glyphs.push(face.glyph(ch.codePointAt(0) as number) ?? notdef);
    return { glyphs };
  };
  view.createSubset = () => longLocaSubset(face.fk.createSubset.call(view as unknown as FkFont));
  return view as unknown as FkFont;
}

/** Embed `faces` (subsetted) into `doc`; `docId` seeds the subset tags. Returns fonts in the same order. */
export async function embedFaces(doc: PDFDocument, faces: Face[], docId: string): Promise<PDFFont[]> {
  const views = new Map<Uint8Array, FkFont>();
  doc.registerFontkit({
    create: (bytes: Uint8Array) => {
      const view = views.get(bytes);
      if (!view) throw new Error('font-embed: unexpected font bytes');
      return view;
    },
  });
  const fonts: PDFFont[] = [];
  for (const [i, face] of faces.entries()) {
    views.set(face.bytes, fastLayoutView(face));
    const psName = face.postscriptName.replace(/[^\x21-\x7E]|[()<>[\]{}/%#]/g, '');
    const name = `${subsetTag(`${docId}/${i}/${psName}`)}+${psName}`;
    fonts.push(await doc.embedFont(face.bytes, { subset: true, customName: name }));
  }
  return fonts;
}
