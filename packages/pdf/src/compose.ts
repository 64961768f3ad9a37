/** The layout half of rendering: blocks → positioned pages, contents page numbers, running text. */
import type { FontBook } from './fonts.ts';
import { collectHeadings, Layouter } from './layout.ts';
import type { Layout } from './ops.ts';
import { addRunningText } from './running.ts';
import { resolvePageRefs } from './toc.ts';
import type { Block, PdfInput } from './types.ts';

export function composePages(input: PdfInput, book: FontBook): Layout {
  const blocks: Block[] = Array.isArray(input.blocks) ? input.blocks : [];
  const headings = collectHeadings(blocks);
  const layouter = new Layouter(book, headings);
  layouter.titleBlock({ title: input.title, subject: input.subject, author: input.author });
  if (Array.isArray(input.preface) && input.preface.length) layouter.blocks(input.preface);
  if (input.toc && headings.some((h) => h.level <= 2)) {
    layouter.contents(headings);
    if (blocks.length) layouter.newPage();
  }
  layouter.blocks(blocks);
  const layout = layouter.result();
  resolvePageRefs(layout, book);
  addRunningText(layout.pages, book, input.header, input.footer);
  return layout;
}
