/**
 * @ndb-kit/pdf — deterministic document-to-PDF renderer (pdf-lib + fontkit).
 * Browser-safe: nothing here imports node: modules (fonts come in as bytes; see node-fonts.ts).
 */
import { PDFDocument } from 'pdf-lib';
import { FontBook } from './fonts.ts';
import { collectHeadings, Layouter } from './layout.ts';
import { applyMetadata, stableId } from './metadata.ts';
import { paintPages } from './render.ts';
import { addRunningText } from './running.ts';
import { addOutline, resolvePageRefs } from './toc.ts';
import type { Block, FontSet, PdfInput } from './types.ts';

export type { Block, FontSet, Inline, PdfInput } from './types.ts';
export { REPLACEMENT } from './fonts.ts';

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
): Promise<{ bytes: Uint8Array; stats: RenderStats }> {
  if (!(input?.date instanceof Date) || Number.isNaN(input.date.getTime())) {
    throw new TypeError('renderPdf: input.date must be a valid Date');
  }
  const book = new FontBook(fonts);
  const blocks: Block[] = Array.isArray(input.blocks) ? input.blocks : [];
  const headings = collectHeadings(blocks);

  const layouter = new Layouter(book, headings);
  layouter.titleBlock({ title: input.title, subject: input.subject, author: input.author });
  if (input.toc && headings.some((h) => h.level <= 2)) {
    layouter.contents(headings);
    if (blocks.length) layouter.newPage();
  }
  layouter.blocks(blocks);
  const layout = layouter.result();
  resolvePageRefs(layout, book);
  addRunningText(layout.pages, book, input.header, input.footer);

  const docId = stableId(JSON.stringify(input));
  const doc = await PDFDocument.create({ updateMetadata: false });
  const pages = await paintPages(doc, layout, book, docId);
  addOutline(
    doc,
    pages.map((p) => p.ref),
    layout.anchors,
  );
  applyMetadata(doc, input, docId);
  const bytes = await doc.save({
    useObjectStreams: true,
    addDefaultPage: false,
    objectsPerTick: Number.POSITIVE_INFINITY,
  });
  const usedCjk = layout.pages.some((p) =>
    p.fg.some((op) => op.kind === 'text' && op.role.startsWith('cjk')),
  );
  return { bytes, stats: { pages: layout.pages.length, missing: [...book.missing], usedCjk } };
}

/** Render `input` to PDF bytes. Identical input and fonts give byte-identical output. */
export async function renderPdf(input: PdfInput, fonts: FontSet): Promise<Uint8Array> {
  return (await renderPdfWithStats(input, fonts)).bytes;
}
