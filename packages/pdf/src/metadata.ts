/**
 * Document information and catalog entries. Everything derives from the input alone (no clock, no
 * producer stamp), and every text value is a hex UTF-16 string, so nothing in it can break out.
 */
import { dateString, textString } from './pdf-file.ts';
import { cleanLine, safeLanguage } from './sanitize.ts';
import type { PdfInput } from './types.ts';

/** murmur3's 32-bit finaliser: spreads every input bit over the output word. */
function fmix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * One walk over the input: its document ID (a 128-bit hex hash of every key, string, number and
 * date, in order: stable for identical input, not cryptographic) and its non-ASCII strings (where
 * the script fonts and the shaper are looked for). This replaced hashing `JSON.stringify(input)`,
 * which built a copy of the whole document as one string first, then ran four hash lanes over it.
 */
export function digestInput(input: unknown): { id: string; nonAscii: string[] } {
  const h = new DigestState();
  h.walk(input);
  const { a, b } = h;
  const id = [fmix(a), fmix(b), fmix(a ^ Math.imul(b, 0x9e3779b1)), fmix(b ^ Math.imul(a, 0x85ebca77))]
    .map((x) => x.toString(16).padStart(8, '0'))
    .join('')
    .toUpperCase();
  return { id, nonAscii: h.nonAscii };
}

/**
 * The two hash lanes of digestInput. The per-character loop keeps them in locals and stores them
 * once per string: lanes captured by closures lived in a context object, loaded and stored on
 * every character (the digest was ~7 % of a warm render).
 */
class DigestState {
  a = 0x811c9dc5;
  b = 0x5bd1e995;
  readonly nonAscii: string[] = [];

  /** Hashes `s`; true when it has a character above U+007F (one pass, no regex over the text). */
  feed(s: string): boolean {
    let a = this.a;
    let b = this.b;
    let high = 0;
    const n = s.length;
    for (let i = 0; i < n; i++) {
      const ch = s.charCodeAt(i);
      high |= ch;
      a = Math.imul(a ^ ch, 0x01000193);
      b = Math.imul(b ^ ch, 0x5bd1e995) ^ (b >>> 15);
    }
    // A separator no text can forge: the length, so "ab","c" and "a","bc" differ.
    this.a = Math.imul(a ^ (n + 0x10000), 0x01000193);
    this.b = Math.imul(b ^ (n + 0x20000), 0x5bd1e995);
    return high > 0x7f;
  }

  /**
   * Hashes `tag` and then `n`'s decimal digits, as feed(String.fromCharCode(tag) + n) would,
   * without making the string (a marker per array, object and date).
   */
  feedCount(tag: number, n: number): void {
    if (!(Number.isSafeInteger(n) && n >= 0)) {
      this.feed(String.fromCharCode(tag) + String(n));
      return;
    }
    let digits = 1;
    for (let p = 10; p <= n; p *= 10) digits++;
    let a = Math.imul(this.a ^ tag, 0x01000193);
    let b = Math.imul(this.b ^ tag, 0x5bd1e995) ^ (this.b >>> 15);
    for (let p = 10 ** (digits - 1); p >= 1; p /= 10) {
      const ch = 48 + (Math.floor(n / p) % 10);
      a = Math.imul(a ^ ch, 0x01000193);
      b = Math.imul(b ^ ch, 0x5bd1e995) ^ (b >>> 15);
    }
    this.a = Math.imul(a ^ (digits + 1 + 0x10000), 0x01000193);
    this.b = Math.imul(b ^ (digits + 1 + 0x20000), 0x5bd1e995);
  }

  walk(v: unknown): void {
    if (typeof v === 'string') {
      if (this.feed(v)) this.nonAscii.push(v);
    } else if (typeof v === 'number') this.feedCount(0, v);
    else if (typeof v === 'boolean') this.feed(v ? '\u0000true' : '\u0000false');
    else if (v == null) this.feed(`\u0000${String(v)}`);
    else if (v instanceof Date) this.feedCount(1, v.getTime());
    else if (Array.isArray(v)) {
      this.feedCount(2, v.length);
      for (const x of v) this.walk(x);
    } else if (typeof v === 'object') {
      const keys = Object.keys(v);
      this.feedCount(3, keys.length);
      for (const k of keys) {
        this.feed(k);
        this.walk((v as Record<string, unknown>)[k]);
      }
    }
  }
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
