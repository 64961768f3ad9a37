/**
 * @ndb-kit/pdf — deterministic document-to-PDF renderer (own PDF writer; fontkit parses fonts).
 * Browser-safe: nothing here imports node: modules (fonts come in as bytes; see node-fonts.ts).
 */
import { composePages } from './compose.ts';
import { pickDeflate } from './deflate.ts';
import { FontBook } from './fonts.ts';
import { stableId } from './metadata.ts';
import type { Deflate } from './pdf-file.ts';
import { writePdf } from './render.ts';
import type { FontSet, PdfInput } from './types.ts';

export type { Deflate } from './pdf-file.ts';
export type { Block, FontSet, Inline, PdfInput } from './types.ts';
export { REPLACEMENT } from './fonts.ts';

export interface RenderOptions {
  /**
   * zlib (RFC 1950) compressor for the PDF's streams, e.g. Node's `zlib.deflateSync`. Defaults to
   * Node's zlib when available, else CompressionStream. Output is deterministic per compressor.
   */
  compress?: Deflate;
}

export interface RenderStats {
  pages: number;
  /** Characters no font could draw; each was drawn as U+FFFD (or '?' if the font lacks it). */
  missing: string[];
  /** Whether the CJK fallback font was embedded. */
  usedCjk: boolean;
}

/** Render and also report page count and font fallbacks. */
export async function renderPdfWithStats(
  input: PdfInput,
  fonts: FontSet,
  options: RenderOptions = {},
): Promise<{ bytes: Uint8Array; stats: RenderStats }> {
  if (!(input?.date instanceof Date) || Number.isNaN(input.date.getTime())) {
    throw new TypeError('renderPdf: input.date must be a valid Date');
  }
  const book = new FontBook(fonts);
  const layout = composePages(input, book);
  const docId = stableId(JSON.stringify(input));
  const bytes = await writePdf(layout, book, input, docId, pickDeflate(options.compress));
  const usedCjk = layout.pages.some((p) =>
    p.fg.some((op) => op.kind === 'text' && op.role.startsWith('cjk')),
  );
  return { bytes, stats: { pages: layout.pages.length, missing: [...book.missing], usedCjk } };
}

/** Render `input` to PDF bytes. Identical input and fonts give byte-identical output. */
export async function renderPdf(
  input: PdfInput,
  fonts: FontSet,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  return (await renderPdfWithStats(input, fonts, options)).bytes;
}
