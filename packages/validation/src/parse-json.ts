// Strict JSON parsing that never throws and always says where. momoa gives the positions (so
// every later issue can carry line:column); limits on size and depth are checked first so a
// hostile or accidental huge/deep file is refused cheaply, before any parser sees it.
import { type AnyNode, parse as parseTree } from '@humanwhocodes/momoa';
import type { Issue } from './issue.ts';
import { showValue } from './issue.ts';
import { childPointer, parentPointer } from './json-pointer.ts';

export interface Position {
  line: number;
  column: number;
}

export interface ParsedJson {
  value: unknown;
  /** Where the value at `pointer` starts; for a missing path, where its nearest existing parent starts. */
  locate(pointer: string): Position | undefined;
}

export interface ParseLimits {
  maxBytes?: number;
  maxDepth?: number;
}

export type ParseResult = { ok: true; json: ParsedJson } | { ok: false; issues: Issue[] };

export const DEFAULT_MAX_BYTES = 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 64;

function positionOf(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Offset of the first bracket that nests deeper than `maxDepth`, ignoring brackets inside strings. */
function tooDeepAt(text: string, maxDepth: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > maxDepth) return i;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return undefined;
}

function describeSyntaxError(text: string, offset: number, raw: string): string {
  const c = text[offset];
  const before = text.slice(0, offset).trimEnd();
  if (raw.startsWith('Unexpected end of input'))
    return 'the file ends before the JSON is complete (a missing } or ]?)';
  if (c === '/') return 'comments are not allowed in JSON';
  if ((c === '}' || c === ']') && before.endsWith(','))
    return `a trailing comma before ${c} is not allowed in JSON`;
  if (c === "'") return 'JSON strings and property names need double quotes (")';
  if (raw.startsWith('Unexpected identifier') || raw.startsWith('Unexpected character'))
    return 'unexpected text: JSON property names and strings need double quotes, and true/false/null are lower case';
  return `not valid JSON: ${raw.replace(/\s*\(\d+:\d+\)\s*$/, '').replace(/\.$/, '')}`;
}

interface Located {
  start: Position & { offset: number };
}

function isLocated(e: unknown): e is Error & { line: number; column: number; offset?: number } {
  return e instanceof Error && typeof (e as { line?: unknown }).line === 'number';
}

/**
 * Records where every value starts, and finds duplicate keys (which JSON.parse would silently
 * drop) and numbers that overflow (1e400, which JSON.parse makes Infinity).
 */
function indexTree(
  root: AnyNode,
  file: string,
  text: string,
): { positions: Map<string, Position>; duplicates: Issue[] } {
  const positions = new Map<string, Position>();
  const duplicates: Issue[] = [];
  const at = (loc: Located): Position => ({ line: loc.start.line, column: loc.start.column });
  const visit = (node: AnyNode, pointer: string, where: Position): void => {
    positions.set(pointer, where);
    if (node.type === 'Object') {
      const seen = new Map<string, Position>();
      for (const member of node.members) {
        const key = member.name.type === 'String' ? member.name.value : member.name.name;
        const keyAt = at(member.name.loc);
        const earlier = seen.get(key);
        if (earlier) {
          duplicates.push({
            file,
            pointer: childPointer(pointer, key),
            message: `duplicate property (also at line ${earlier.line}); JSON readers would silently keep only one`,
            found: showValue(key),
            ...keyAt,
          });
        }
        seen.set(key, keyAt);
        // Point at the key: that is where a reader looks for "this property".
        visit(member.value, childPointer(pointer, key), keyAt);
      }
    } else if (node.type === 'Number' && !Number.isFinite(node.value)) {
      // JSON.parse turns 1e400 into Infinity, which no JSON writer (or hash) can represent.
      duplicates.push({
        file,
        pointer,
        message: 'is a number too large to represent (it overflows to infinity)',
        expected: 'a number between -1.7e308 and 1.7e308',
        found: showValue(text.slice(node.loc.start.offset, node.loc.end.offset)).replace(/^"|"$/g, ''),
        ...where,
      });
    } else if (node.type === 'Array') {
      node.elements.forEach((element, index) => {
        visit(element.value, childPointer(pointer, index), at(element.value.loc));
      });
    }
  };
  if (root.type === 'Document') visit(root.body, '', at(root.body.loc));
  return { positions, duplicates };
}

export function parseJson(text: string, file: string, limits: ParseLimits = {}): ParseResult {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxDepth = limits.maxDepth ?? DEFAULT_MAX_DEPTH;
  const fail = (issue: Omit<Issue, 'file' | 'pointer'>): ParseResult => ({
    ok: false,
    issues: [{ file, pointer: '', ...issue }],
  });

  // UTF-8 never takes fewer bytes than UTF-16 code units, so a long string is refused unmeasured.
  // TextEncoder, not Buffer: this runs in the browser too (the wizard reads incident files).
  const bytes = text.length > maxBytes ? text.length : new TextEncoder().encode(text).byteLength;
  if (bytes > maxBytes) {
    return fail({
      message: 'the file is too large',
      expected: `at most ${maxBytes} bytes`,
      found: `${text.length > maxBytes ? 'at least ' : ''}${bytes} bytes`,
    });
  }
  // Editors on Windows sometimes save a byte-order mark; it is not content.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    return fail({ message: 'the file is empty', expected: 'a JSON object { … }', line: 1, column: 1 });
  }
  const deepAt = tooDeepAt(body, maxDepth);
  if (deepAt !== undefined) {
    return fail({
      message: 'the JSON is nested too deeply',
      expected: `at most ${maxDepth} levels of { } and [ ]`,
      ...positionOf(body, deepAt),
    });
  }

  // JSON.parse is the authority on what is JSON (momoa accepts, e.g., a raw line break inside a
  // string); momoa then supplies positions and friendlier descriptions of syntax errors.
  let value: unknown;
  let syntaxError: string | undefined;
  try {
    value = JSON.parse(body); // treats "__proto__" as a plain key, unlike building from the tree
  } catch (error) {
    syntaxError = error instanceof Error ? error.message : String(error);
  }
  let tree: AnyNode;
  try {
    tree = parseTree(body, { mode: 'json' });
  } catch (error) {
    if (!isLocated(error)) return fail({ message: 'not valid JSON', line: 1, column: 1 });
    const offset = error.offset ?? 0;
    return fail({
      message: describeSyntaxError(body, offset, error.message),
      found: offset < body.length ? showValue(body.slice(offset, offset + 20)) : 'the end of the file',
      line: error.line,
      column: error.column,
    });
  }
  if (syntaxError !== undefined) {
    const where = /line (\d+) column (\d+)/.exec(syntaxError);
    return fail({
      message: `not valid JSON: ${syntaxError.replace(/ in JSON at position.*$/, '').toLowerCase()}`,
      ...(where ? { line: Number(where[1]), column: Number(where[2]) } : { line: 1, column: 1 }),
    });
  }

  const { positions, duplicates } = indexTree(tree, file, body);
  if (duplicates.length > 0) return { ok: false, issues: duplicates };

  const locate = (pointer: string): Position | undefined => {
    for (let p: string | undefined = pointer; p !== undefined; p = parentPointer(p)) {
      const found = positions.get(p);
      if (found) return found;
    }
    return undefined;
  };
  return { ok: true, json: { value, locate } };
}
