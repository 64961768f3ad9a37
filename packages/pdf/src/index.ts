/**
 * @ndb-kit/pdf — deterministic document-to-PDF renderer (own PDF writer; fontkit parses fonts,
 * HarfBuzz shapes complex scripts). Browser-safe: nothing here imports node: modules (fonts come
 * in as bytes or loaders; see node-fonts.ts).
 */
import { composePages } from './compose.ts';
import { pickDeflate } from './deflate.ts';
import { FontBook } from './fonts.ts';
import { digestInput } from './metadata.ts';
import type { Layout } from './ops.ts';
import type { Deflate } from './pdf-file.ts';
import { writePdf } from './render.ts';
import { cleanInline } from './sanitize.ts';
import { NEEDS_SHAPING, type ScriptName, scriptsIn } from './scripts.ts';
import { loadShaper } from './shaper.ts';
import type { FontSet, PdfInput, ScriptFonts } from './types.ts';

export type { Deflate } from './pdf-file.ts';
export type { ScriptName } from './scripts.ts';
export { SCRIPTS, scriptsIn } from './scripts.ts';
export type { Block, FontSet, Inline, PdfInput, ScriptFonts } from './types.ts';
export { REPLACEMENT } from './fonts.ts';
export { type LayoutProblem, layoutProblems } from './layout-check.ts';
export type { Layout } from './ops.ts';

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

/** The script fonts the text needs, loaded (loaders are called once per render, only if needed). */
async function scriptFonts(fonts: FontSet, text: string): Promise<Partial<Record<ScriptName, ScriptFonts>>> {
  const out: Partial<Record<ScriptName, ScriptFonts>> = {};
  for (const s of scriptsIn(text)) {
    const src = fonts.scripts?.[s];
    if (src) out[s] = typeof src === 'function' ? await src() : src;
  }
  return out;
}

async function prepare(input: unknown, fonts: FontSet): Promise<{ book: FontBook; docId: string }> {
  const { id, nonAscii } = digestInput(input);
  // Every character the document draws is in its strings, and the script fonts and the shaper
  // are only for non-ASCII text.
  const text = nonAscii.join('\n');
  const scripts = await scriptFonts(fonts, text);
  let book = new FontBook(fonts, scripts);
  // The fallback pair, when given as a loader, only for a document that reaches it.
  if (!fonts.cjk && fonts.loadCjk && book.needsFallback(text))
    book = new FontBook({ ...fonts, ...(await fonts.loadCjk()) }, scripts);
  if (NEEDS_SHAPING.test(text)) await loadShaper();
  return { book, docId: id };
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
  const { book, docId } = await prepare(input, fonts);
  const layout = composePages(input, book);
  const bytes = await writePdf(layout, book, input, docId, pickDeflate(options.compress));
  const usedCjk = layout.pages.some((p) =>
    p.fg.some((op) => op.kind === 'text' && op.role.startsWith('cjk')),
  );
  return { bytes, stats: { pages: layout.pages.length, missing: [...book.missing], usedCjk } };
}

/** The laid-out pages without writing the file, for checking layout rules (see layoutProblems). */
export async function layoutPdf(input: PdfInput, fonts: FontSet): Promise<Layout> {
  const { book } = await prepare(input, fonts);
  return composePages(input, book);
}

/** Render `input` to PDF bytes. Identical input and fonts give byte-identical output. */
export async function renderPdf(
  input: PdfInput,
  fonts: FontSet,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  return (await renderPdfWithStats(input, fonts, options)).bytes;
}

/**
 * Characters of `text` that no font in `fonts` can draw (each once, in order of appearance), so a
 * caller can warn "field X contains U+XXXX that the PDF cannot show" instead of printing U+FFFD.
 */
export async function unrenderableChars(text: string, fonts: FontSet): Promise<string[]> {
  const { book } = await prepare(text, fonts);
  const out = new Set<string>();
  for (const ch of cleanInline(text)) {
    if (ch === ' ' || out.has(ch)) continue;
    if (!book.canDraw(ch.codePointAt(0) as number)) out.add(ch);
  }
  return [...out];
}

/** "U+0041" for a character. */
export const codePointLabel = (ch: string): string =>
  `U+${(ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;
