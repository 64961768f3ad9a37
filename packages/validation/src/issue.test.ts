import { describe, expect, it } from 'vitest';
import { formatIssue, safeText, showValue } from './issue.ts';

describe('formatIssue', () => {
  it('prints file:line:column pointer: message (expected …, found …) on one line', () => {
    expect(
      formatIssue({
        file: 'policies/x.json',
        pointer: '/people/0/phone',
        message: 'not an Australian phone number',
        expected: 'e.g. 02 9876 5432 or 0412 345 678',
        found: '"12"',
        line: 12,
        column: 5,
      }),
    ).toBe(
      'policies/x.json:12:5 /people/0/phone: not an Australian phone number (expected e.g. 02 9876 5432 or 0412 345 678, found "12")',
    );
  });

  it('leaves out what it does not know', () => {
    expect(formatIssue({ file: 'a.json', pointer: '/id', message: 'is required' })).toBe(
      'a.json /id: is required',
    );
    expect(
      formatIssue({ file: 'a.json', pointer: '', message: 'the file is empty', line: 1, column: 1 }),
    ).toBe('a.json:1:1 (top level): the file is empty');
  });

  it('never lets control characters from any field reach the terminal', () => {
    const line = formatIssue({
      file: 'evil\u001b[2J.json',
      pointer: '/x\r\ny',
      message: 'is not allowed\u0007',
      found: showValue('\u001b]0;pwned\u0007\u202Eabc\u0000'),
    });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking that control characters never reach the terminal
    expect(line).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E]/);
    expect(line).toContain('evil\\u001B[2J.json');
    expect(line).toContain('/x\\r\\ny');
    expect(line.split('\n')).toHaveLength(1);
  });
});

describe('showValue', () => {
  it('JSON-quotes strings so blanks and hostile text are visible as strings', () => {
    expect(showValue('  ')).toBe('"  "');
    expect(showValue('a\nb')).toBe('"a\\nb"');
    expect(showValue('\u0000\u007F\u0085')).toBe('"\\u0000\\u007F\\u0085"');
    expect(showValue('\u2028')).toBe('"\\u2028"');
  });

  it('truncates long values to about 60 characters without splitting a character', () => {
    const shown = showValue('😀'.repeat(100));
    expect(Array.from(JSON.parse(shown) as string)).toHaveLength(60);
    expect(shown.endsWith('…"')).toBe(true);
    expect(showValue({ a: 'x'.repeat(200) }).length).toBeLessThanOrEqual(61);
  });

  it('shows non-strings as JSON', () => {
    expect(showValue(12)).toBe('12');
    expect(showValue(null)).toBe('null');
    expect(showValue(true)).toBe('true');
    expect(showValue([1, 2])).toBe('[1,2]');
    expect(showValue(undefined)).toBe('nothing');
  });

  it('escapes lone surrogates and bidi controls', () => {
    expect(safeText('a\uD800b')).toBe('a\\uD800b');
    expect(safeText('\u2066x\u2069')).toBe('\\u2066x\\u2069');
    expect(safeText('Nguyễn Thị Ánh 王小明 Tāwhiri 😀')).toBe('Nguyễn Thị Ánh 王小明 Tāwhiri 😀');
  });
});
