/**
 * Text normalisation applied before measuring or drawing anything.
 * Inline text is a single line: line breaks and tabs become spaces so they cannot break layout;
 * no-break spaces (U+00A0, U+202F) stay U+00A0, which the line breaker never breaks at.
 * Invisible controls (C0/C1, bidi embeddings/overrides/isolates, zero-width space, BOM, soft hyphen)
 * are removed because they have no glyph and would otherwise reach the font as .notdef; ZWNJ and
 * ZWJ stay (Persian and Indic shaping need them; they go to the shaper with their letters).
 */

// C0/C1 controls other than whitespace handled below, DEL, bidi controls, zero-width chars, BOM, soft hyphen.
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u00AD\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u206F\uFEFF\uFFF9-\uFFFB]/g;
// Line/paragraph separators, tabs and the exotic space characters all act as an ordinary space.
const SPACELIKE = /[\t\n\v\f\r\u0085\u1680\u2000-\u200A\u2028\u2029\u205F\u3000]/g;
// No-break spaces stay no-break (one kind, U+00A0): the line breaker never breaks at them.
const NO_BREAK_SPACE = /\u202F/g;
// A surrogate that is not half of a pair cannot be encoded in any font.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;

/** NFC first so Vietnamese/Māori letters typed as base + combining mark map to the precomposed glyph. */
export function cleanInline(text: string): string {
  // Printable ASCII (most text) has nothing to normalise or remove: skip the five passes below.
  if (typeof text === 'string' && PRINTABLE_ASCII.test(text)) return text;
  return String(text)
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFC')
    .replace(SPACELIKE, ' ')
    .replace(NO_BREAK_SPACE, '\u00A0')
    .replace(INVISIBLE, '');
}

/** Text for single-line contexts (headings, header/footer): also collapses and trims whitespace. */
export function cleanLine(text: string): string {
  return cleanInline(text).replace(/ {2,}/g, ' ').trim();
}

/** Code blocks keep their line structure; tabs expand to 4-column stops. */
export function cleanCodeLines(text: string): string[] {
  const lines = String(text)
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFC')
    .replace(/\r\n?|[\u0085\u2028\u2029\f\v]/g, '\n')
    .split('\n');
  while (lines.length > 1 && lines[lines.length - 1]?.trim() === '') lines.pop();
  return lines.map((line) => {
    let out = '';
    for (const ch of line.replace(INVISIBLE, '').replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')) {
      out += ch === '\t' ? ' '.repeat(4 - (out.length % 4)) : ch;
    }
    return out.trimEnd();
  });
}

/** Only these schemes become link annotations; anything else is rendered as plain text. */
export function safeHref(href: string | undefined): string | undefined {
  if (typeof href !== 'string') return undefined;
  const trimmed = href.replace(LONE_SURROGATE, '').replace(INVISIBLE, '').replace(SPACELIKE, ' ').trim();
  if (!/^(https?:\/\/[^\s/]|mailto:\S|tel:[+\d(])/i.test(trimmed)) return undefined;
  // URIs in PDF are 7-bit; percent-encode the rest (spaces, non-ASCII, PDF string delimiters).
  return trimmed.replace(/[^\x21-\x7E]|[()\\<>]/gu, (c) =>
    c === '(' ? '%28' : c === ')' ? '%29' : encodeURIComponent(c),
  );
}

/** BCP 47-ish tag or undefined; the catalog /Lang is a literal string so anything else is dropped. */
export function safeLanguage(lang: string | undefined): string | undefined {
  if (typeof lang !== 'string') return undefined;
  return /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(lang) ? lang : undefined;
}
