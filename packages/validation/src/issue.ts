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

/**
 * Work done describing values, for tests that check validation stays linear in the input by
 * counting (never timing): the characters of JSON produced to show values.
 */
export const validationWork = { characters: 0 };

function truncate(text: string, max: number): string {
  // By code point, so a surrogate pair is never split; only the first max+1 are looked at.
  const chars: string[] = [];
  for (const c of text) {
    chars.push(c);
    if (chars.length > max) break;
  }
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * JSON for a value, stopping once about `budget` characters are written: describing a value
 * never costs more than the few characters shown, however big the object (an error inside an
 * object of 10,000 properties must not stringify all of it, once per error).
 */
function boundedJson(value: unknown, budget: number): string {
  let out = '';
  const emit = (s: string) => {
    out += s;
    validationWork.characters += s.length;
    return out.length <= budget;
  };
  const seen = new Set<object>();
  const visit = (v: unknown): boolean => {
    if (v === null || typeof v !== 'object') {
      if (typeof v === 'string') return emit(JSON.stringify(truncate(v, budget)));
      if (typeof v === 'number') return emit(Number.isFinite(v) ? String(v) : 'null');
      if (typeof v === 'boolean') return emit(String(v));
      return emit(v === undefined ? 'null' : String(v));
    }
    if (seen.has(v)) return emit('"[circular]"');
    seen.add(v);
    if (Array.isArray(v)) {
      if (!emit('[')) return false;
      for (const [i, item] of v.entries()) if ((i > 0 && !emit(',')) || !visit(item)) return false;
      return emit(']');
    }
    if (!emit('{')) return false;
    let first = true;
    for (const key in v) {
      if (!Object.hasOwn(v, key)) continue;
      if ((!first && !emit(',')) || !emit(`${JSON.stringify(truncate(key, budget))}:`)) return false;
      first = false;
      if (!visit((v as Record<string, unknown>)[key])) return false;
    }
    return emit('}');
  };
  visit(value);
  return out;
}

/**
 * How a value from the file is shown in `found`: JSON-quoted (so a string of spaces or a
 * hostile string is visibly a string), escaped, and truncated to about 60 characters.
 */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return safeText(JSON.stringify(truncate(value, MAX_FOUND)));
  if (value === undefined) return 'nothing';
  return safeText(truncate(boundedJson(value, MAX_FOUND), MAX_FOUND));
}

/** At most this many issues are printed per file; the rest are counted ("and N more"). */
export const MAX_PRINTED_ISSUES = 50;

/**
 * The printed lines for a list of issues: at most MAX_PRINTED_ISSUES per file, then one line
 * saying how many more there are in that file (30,000 bad values must not print 30,000 lines).
 */
export function formatIssues(issues: readonly Issue[], indent = '', max = MAX_PRINTED_ISSUES): string[] {
  const lines: string[] = [];
  const perFile = new Map<string, number>();
  for (const issue of issues) {
    const n = (perFile.get(issue.file) ?? 0) + 1;
    perFile.set(issue.file, n);
    if (n <= max) lines.push(`${indent}${formatIssue(issue)}`);
  }
  for (const [file, n] of perFile)
    if (n > max)
      lines.push(
        `${indent}${safeText(file)}: and ${n - max} more issue${n - max === 1 ? '' : 's'} (fix the ones above and run again)`,
      );
  return lines;
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
