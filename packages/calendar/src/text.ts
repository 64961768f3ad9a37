// RFC 5545 text handling: cleaning, escaping, parameter quoting and octet-based line folding.

// A lone surrogate cannot be encoded as UTF-8; encoders would silently emit U+FFFD, so do it up front.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// NEL and the Unicode line/paragraph separators are line breaks to some parsers (e.g. Python's
// splitlines); treating them as newlines means they are escaped rather than splitting a content line.
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
// C0 controls except TAB and LF, DEL, and C1 controls: not allowed in content lines (RFC 5545 §3.3.11).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\x00-\x08\x0B-\x1F\x7F-\x9F]/g;

/** Well-formed Unicode with `\n` as the only line break and no other control characters except TAB. */
export function cleanText(value: string): string {
  return value.replace(LONE_SURROGATE, '\uFFFD').replace(LINE_BREAK, '\n').replace(CONTROL, '');
}

/** TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, newlines as `\n`. */
export function escapeText(value: string): string {
  return cleanText(value)
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\n/g, '\\n');
}

/**
 * Quoted parameter value. DQUOTE cannot appear inside a quoted value, and backslash escapes are not
 * defined for parameters, so use RFC 6868 caret encoding (^' for ", ^n for newline, ^^ for ^).
 */
export function quoteParam(value: string): string {
  const encoded = cleanText(value).replace(/\^/g, '^^').replace(/"/g, "^'").replace(/\n/g, '^n');
  return `"${encoded}"`;
}

/** Throws unless `value` can go into a URI value verbatim (no whitespace or control characters). */
export function assertUriSafe(value: string, what: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
  if (value === '' || /[\s\x00-\x1F\x7F-\x9F]/.test(value) || cleanText(value) !== value) {
    throw new Error(
      `${what} must not be empty or contain whitespace or control characters: ${JSON.stringify(value)}`,
    );
  }
  return value;
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds one content line so no physical line exceeds 75 octets of UTF-8 (the leading space of a
 * continuation counts). Breaks only between code points, never inside a multi-byte sequence.
 */
export function foldLine(line: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII range check
  if (line.length <= 75 && /^[\x00-\x7F]*$/.test(line)) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
