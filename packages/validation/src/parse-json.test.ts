import { describe, expect, it } from 'vitest';
import { formatIssue } from './issue.ts';
import { parseJson } from './parse-json.ts';

function issuesOf(text: string, limits?: { maxBytes?: number; maxDepth?: number }) {
  const result = parseJson(text, 'f.json', limits);
  if (result.ok) throw new Error('expected a failure');
  return result.issues;
}

describe('parseJson', () => {
  it('parses JSON and locates values by pointer (1-based line and column)', () => {
    const text = '{\n  "people": [\n    { "id": "anna-lee", "a/b": 1 }\n  ]\n}';
    const result = parseJson(text, 'f.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.json.value).toEqual({ people: [{ id: 'anna-lee', 'a/b': 1 }] });
    expect(result.json.locate('')).toEqual({ line: 1, column: 1 });
    expect(result.json.locate('/people')).toEqual({ line: 2, column: 3 });
    expect(result.json.locate('/people/0')).toEqual({ line: 3, column: 5 });
    expect(result.json.locate('/people/0/id')).toEqual({ line: 3, column: 7 });
    expect(result.json.locate('/people/0/a~1b')).toEqual({ line: 3, column: 25 });
    // A missing property is located at its nearest existing parent.
    expect(result.json.locate('/people/0/phone')).toEqual({ line: 3, column: 5 });
  });

  it('reports an empty (or blank) file', () => {
    for (const text of ['', '  \n\t ', '\uFEFF']) {
      const [issue] = issuesOf(text);
      expect(issue?.message).toBe('the file is empty');
      expect(issue?.line).toBe(1);
    }
  });

  it('reports "not JSON at all" as one issue with a line and column', () => {
    const issues = issuesOf('Dear OAIC,\nwe had a breach');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'f.json', pointer: '', line: 1, column: 1 });
    expect(formatIssue(issues[0] ?? { file: '', pointer: '', message: '' })).toMatch(
      /^f\.json:1:1 \(top level\): /,
    );
  });

  it('explains common hand-editing mistakes', () => {
    expect(issuesOf('{\n  "a": 1,\n}')[0]).toMatchObject({
      message: 'a trailing comma before } is not allowed in JSON',
      line: 3,
      column: 1,
    });
    expect(issuesOf('{ // note\n "a": 1 }')[0]?.message).toBe('comments are not allowed in JSON');
    expect(issuesOf("{ 'a': 1 }")[0]?.message).toMatch(/double quotes/);
    expect(issuesOf('{ "a": 1')[0]?.message).toMatch(/ends before the JSON is complete/);
    expect(issuesOf('{ "a": "line\nbreak" }')[0]).toMatchObject({ line: 1 });
  });

  it('refuses duplicate keys, which JSON.parse would silently resolve', () => {
    const issues = issuesOf('{\n  "id": "a",\n  "id": "b"\n}');
    expect(issues[0]).toMatchObject({ pointer: '/id', line: 3, column: 3 });
    expect(issues[0]?.message).toMatch(/duplicate property \(also at line 2\)/);
  });

  it('refuses JSON nested deeper than the limit, at the offending bracket', () => {
    const issues = issuesOf(`${'['.repeat(65)}${']'.repeat(65)}`);
    expect(issues[0]).toMatchObject({ message: 'the JSON is nested too deeply', line: 1, column: 65 });
    expect(parseJson(`${'['.repeat(64)}${']'.repeat(64)}`, 'f.json').ok).toBe(true);
    expect(parseJson('{"a": "[[[[[[[[[["}', 'f.json', { maxDepth: 2 }).ok).toBe(true); // brackets in strings don't count
    expect(issuesOf('[[[1]]]', { maxDepth: 2 })[0]?.message).toMatch(/nested too deeply/);
  });

  it('survives pathological depth without a stack overflow', () => {
    const issues = issuesOf('['.repeat(1_000_000));
    expect(issues[0]?.message).toMatch(/nested too deeply/);
  });

  it('refuses a file over the size limit quickly, without parsing it', () => {
    const huge = `{"a":"${'x'.repeat(10 * 1024 * 1024)}"}`;
    const start = performance.now();
    const issues = issuesOf(huge);
    expect(performance.now() - start).toBeLessThan(50);
    expect(issues[0]).toMatchObject({ message: 'the file is too large', expected: 'at most 1048576 bytes' });
    // Multi-byte characters count as bytes, not characters.
    expect(issuesOf(`"${'é'.repeat(600)}"`, { maxBytes: 1000 })[0]?.message).toBe('the file is too large');
  });

  it('treats __proto__ as an ordinary key', () => {
    const result = parseJson('{"__proto__": {"polluted": true}}', 'f.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.getPrototypeOf(result.json.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts a byte-order mark and never throws on odd input', () => {
    expect(parseJson('\uFEFF{"a":1}', 'f.json').ok).toBe(true);
    for (const text of ['\u0000', '"\uD800"', '{"a":1}}', '1e99999', '[', '}', 'nul', '\u001b[2J']) {
      expect(() => parseJson(text, 'f.json')).not.toThrow();
    }
  });
});
