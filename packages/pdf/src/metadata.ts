/**
 * Document information, viewer preferences and trailer ID. pdf-lib would otherwise stamp the
 * current time and its own Producer, so everything here derives from the input alone.
 */
import { type PDFDocument, PDFHexString } from 'pdf-lib';
import { cleanLine, safeLanguage } from './sanitize.ts';
import type { PdfInput } from './types.ts';

/** Four differently seeded 32-bit FNV-1a lanes in one pass → a 128-bit hex id. Stable, not cryptographic. */
export function stableId(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01234567;
  let c = 0x89abcdef;
  let d = 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    a = Math.imul(a ^ ch, 0x01000193);
    b = Math.imul(b ^ ch, 0x01000193);
    c = Math.imul(c ^ ch, 0x01000193);
    d = Math.imul(d ^ ch, 0x01000193);
  }
  return [a, b, c, d]
    .map((h) => (h >>> 0).toString(16).padStart(8, '0'))
    .join('')
    .toUpperCase();
}

/** `docId` is stableId(JSON of the input); it becomes the trailer /ID. */
export function applyMetadata(doc: PDFDocument, input: PdfInput, docId: string): void {
  const date = input.date;
  doc.setTitle(cleanLine(input.title ?? ''), { showInWindowTitleBar: true });
  if (input.author) doc.setAuthor(cleanLine(input.author));
  if (input.subject) doc.setSubject(cleanLine(input.subject));
  const keywords = (input.keywords ?? []).map((k) => cleanLine(String(k))).filter(Boolean);
  // One pre-joined entry: pdf-lib joins with spaces, which would blur multi-word keywords.
  if (keywords.length) doc.setKeywords([keywords.join(', ')]);
  doc.setProducer('ndb-kit');
  doc.setCreator('ndb-kit');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  const lang = safeLanguage(input.language);
  if (lang) doc.setLanguage(lang);
  // A trailer /ID is expected by some validators; derive it from the input so it stays stable.
  const id = PDFHexString.of(docId);
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
}
