/** Public input model for the renderer. Kept free of pdf-lib types so callers need not depend on it. */
import type { ScriptName } from './scripts.ts';

export type Inline = { text: string; bold?: boolean; italic?: boolean; code?: boolean; href?: string };

export type Block =
  /** Levels 1–2 appear in the contents page and the PDF outline. */
  | { type: 'heading'; level: 1 | 2 | 3 | 4; text: string; id?: string }
  | { type: 'paragraph'; inlines: Inline[] }
  | { type: 'list'; ordered: boolean; items: Block[][] }
  /** Each cell is an Inline[]; the header row repeats on continuation pages. */
  | { type: 'table'; header: Inline[][]; rows: Inline[][][] }
  | { type: 'callout'; tone: 'info' | 'warning'; blocks: Block[] }
  | { type: 'code'; text: string }
  | { type: 'rule' }
  | { type: 'pageBreak' };

export interface PdfInput {
  title: string;
  subject?: string;
  author?: string;
  keywords?: string[];
  /** BCP 47 tag, e.g. 'en-AU'. Ignored if it is not a plausible language tag. */
  language?: string;
  /** Running header on every page after the first. */
  header: string;
  /** Left side of the footer; "Page N of M" is always printed on the right. */
  footer?: string;
  /** CreationDate and ModDate. Identical input gives byte-identical output. */
  date: Date;
  /** Blocks on the first page, between the title block and the contents (e.g. a warning banner). */
  preface?: Block[];
  /** Contents page (after the title block) with links to level 1–2 headings. */
  toc?: boolean;
  blocks: Block[];
}

export interface FontSet {
  regular: Uint8Array;
  bold: Uint8Array;
  italic?: Uint8Array;
  /** Optional bold italic; falls back to bold. */
  boldItalic?: Uint8Array;
  /** Fallback for characters the Latin fonts lack (CJK). Parsed only when a character needs it. */
  cjk?: Uint8Array;
  cjkBold?: Uint8Array;
  /**
   * The fallback pair as a loader, when `cjk` is not given: renderPdf calls it only when the
   * document has a character that neither the regular nor the bold Latin face, nor a script font
   * of `scripts`, draws (FontBook.needsFallback), so a Latin-only plan never reads the ~21 MB of
   * Noto Sans SC. Return the same arrays each time (parsed fonts are cached by array identity).
   */
  loadCjk?: () => Promise<{ cjk: Uint8Array; cjkBold?: Uint8Array }>;
  /**
   * Fonts for scripts the Latin and CJK fonts lack (Arabic, Hebrew, Hangul, Thai, Tamil,
   * Gurmukhi, Sinhala; see scripts.ts), as bytes or as a loader that renderPdf calls only when
   * the document has text in that script (so a browser fetches only the fonts a document needs).
   */
  scripts?: Partial<Record<ScriptName, ScriptFonts | (() => Promise<ScriptFonts>)>>;
}

export interface ScriptFonts {
  regular: Uint8Array;
  bold?: Uint8Array;
}
