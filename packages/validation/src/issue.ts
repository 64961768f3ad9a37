// The one shape every validation problem takes, and how it is printed. Values come from files a
// consultant (or an attacker) wrote, so everything printed is made terminal-safe here.

export interface Issue {
  file: string;
  /** JSON Pointer (RFC 6901) of the offending value; "" is the whole document. */
  pointer: string;
  message: string;
  expected?: string;
  found?: string;
  line?: number;
  column?: number;
}

// C0 and C1 controls, DEL, line/paragraph separators, bidi overrides and isolates, lone
// surrogates: anything that could move the cursor, hide text or reorder what the reader sees.
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function escapeChar(c: string): string {
  switch (c) {
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    default:
      return `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  }
}

/** Replaces every unsafe character with a visible escape (\n, \u0000…). */
export function safeText(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

const MAX_FOUND = 60;

function truncate(text: string, max: number): string {
  const chars = Array.from(text); // by code point, so a surrogate pair is never split
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * How a value from the file is shown in `found`: JSON-quoted (so a string of spaces or a
 * hostile string is visibly a string), escaped, and truncated to about 60 characters.
 */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return safeText(JSON.stringify(truncate(value, MAX_FOUND)));
  if (value === undefined) return 'nothing';
  let json: string;
  try {
    json = JSON.stringify(value) ?? String(value);
  } catch {
    json = String(value);
  }
  return safeText(truncate(json, MAX_FOUND));
}

/** How a pointer is shown: the document itself has the empty pointer, which reads badly. */
function showPointer(pointer: string): string {
  return pointer === '' ? '(top level)' : safeText(pointer);
}

/** `policies/x.json:12:5 /people/0/phone: not an Australian phone number (expected …, found "12")` */
export function formatIssue(i: Issue): string {
  const where = i.line === undefined ? i.file : `${i.file}:${i.line}:${i.column ?? 1}`;
  const details = [
    i.expected === undefined ? undefined : `expected ${i.expected}`,
    i.found === undefined ? undefined : `found ${i.found}`,
  ].filter((d) => d !== undefined);
  const tail = details.length > 0 ? ` (${details.join(', ')})` : '';
  return safeText(`${where} ${showPointer(i.pointer)}: ${i.message}${tail}`);
}
