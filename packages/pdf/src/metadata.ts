/**
 * Document information and catalog entries. Everything derives from the input alone (no clock, no
 * producer stamp), and every text value is a hex UTF-16 string, so nothing in it can break out.
 */
import { dateString, textString } from './pdf-file.ts';
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

/** The /Info dictionary: title, author, subject, keywords, creator/producer and the input's date. */
export function infoDict(input: PdfInput): string {
  const entries = [`/Title ${textString(cleanLine(input.title ?? ''))}`];
  if (input.author) entries.push(`/Author ${textString(cleanLine(input.author))}`);
  if (input.subject) entries.push(`/Subject ${textString(cleanLine(input.subject))}`);
  const keywords = (input.keywords ?? []).map((k) => cleanLine(String(k))).filter(Boolean);
  // One comma-separated entry: joining with spaces would blur multi-word keywords.
  if (keywords.length) entries.push(`/Keywords ${textString(keywords.join(', '))}`);
  const date = dateString(input.date);
  entries.push(
    `/Creator ${textString('ndb-kit')}`,
    `/Producer ${textString('ndb-kit')}`,
    `/CreationDate ${date}`,
    `/ModDate ${date}`,
  );
  return `<< ${entries.join(' ')} >>`;
}

/** Catalog entries after /Pages and /Outlines: the title in the window bar and the language. */
export function catalogEntries(input: PdfInput): string {
  // safeLanguage only lets letters, digits and hyphens through, so a literal string is safe.
  const lang = safeLanguage(input.language);
  return ` /ViewerPreferences << /DisplayDocTitle true >>${lang ? ` /Lang (${lang})` : ''}`;
}
