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

const xml = (s: string): string =>
  s
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');

/**
 * XMP metadata (the catalog's /Metadata): dc:title (what DisplayDocTitle shows), creator and
 * description, the dates, and the PDF/UA-1 identification (pdfuaid:part 1). Every value is
 * XML-escaped, so no text can open a tag or end the packet.
 */
export function xmpMetadata(input: PdfInput): string {
  const date = input.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const title = xml(cleanLine(input.title ?? ''));
  const lang = safeLanguage(input.language) ?? 'x-default';
  const lines = [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${title}</rdf:li>${lang !== 'x-default' ? `<rdf:li xml:lang="${lang}">${title}</rdf:li>` : ''}</rdf:Alt></dc:title>`,
    ...(input.author
      ? [`<dc:creator><rdf:Seq><rdf:li>${xml(cleanLine(input.author))}</rdf:li></rdf:Seq></dc:creator>`]
      : []),
    ...(input.subject
      ? [
          `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(cleanLine(input.subject))}</rdf:li></rdf:Alt></dc:description>`,
        ]
      : []),
    ...(lang !== 'x-default'
      ? [`<dc:language><rdf:Bag><rdf:li>${lang}</rdf:li></rdf:Bag></dc:language>`]
      : []),
    '<dc:format>application/pdf</dc:format>',
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    '<xmp:CreatorTool>ndb-kit</xmp:CreatorTool>',
    '<pdf:Producer>ndb-kit</pdf:Producer>',
    ...((input.keywords ?? []).length
      ? [
          `<pdf:Keywords>${xml((input.keywords ?? []).map((k) => cleanLine(String(k))).join(', '))}</pdf:Keywords>`,
        ]
      : []),
    '<pdfuaid:part>1</pdfuaid:part>',
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ];
  return lines.join('\n');
}
