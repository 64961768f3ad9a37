import { describe, expect, it } from 'vitest';
import { cleanText, escapeText, foldLine, quoteParam } from './text.ts';
import { isWellFormed, octets } from './test-support.ts';

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines; leaves colon alone', () => {
    expect(escapeText('a\\b;c,d:e\r\nf\ng\rh')).toBe('a\\\\b\\;c\\,d:e\\nf\\ng\\nh');
  });

  it('strips control characters but keeps tab', () => {
    expect(escapeText('a\u0000b\u0007c\u001bd\u007fe\u0090f\tg')).toBe('abcdef\tg');
  });

  it('turns Unicode line separators into escaped newlines and lone surrogates into U+FFFD', () => {
    expect(escapeText('a\u2028b\u2029c\u0085d')).toBe('a\\nb\\nc\\nd');
    expect(cleanText('x\uD800y\uDC00z😀')).toBe('x\uFFFDy\uFFFDz😀');
  });
});

describe('quoteParam', () => {
  it('quotes and RFC 6868-encodes DQUOTE, caret and newline', () => {
    expect(quoteParam('Dr "Q"; a:b, c^d\ne')).toBe(`"Dr ^'Q^'; a:b, c^^d^ne"`);
  });
});

describe('foldLine', () => {
  it('leaves a 75-octet line alone and folds a 76-octet one', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('counts octets, not characters, and never splits a multi-byte character', () => {
    for (const char of ['ā', '王', '😀']) {
      for (let prefix = 0; prefix < 4; prefix++) {
        const line = `SUMMARY:${'x'.repeat(prefix)}${char.repeat(60)}`;
        const folded = foldLine(line);
        const physical = folded.split('\r\n');
        expect(physical.length).toBeGreaterThan(1);
        for (const part of physical) {
          expect(octets(part)).toBeLessThanOrEqual(75);
          expect(isWellFormed(part)).toBe(true);
        }
        expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
        // The first line is filled as far as a whole character allows.
        expect(octets(physical[0] ?? '')).toBeGreaterThan(75 - octets(char));
      }
    }
  });
});
