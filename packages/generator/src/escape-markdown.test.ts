import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from './escape-markdown.ts';
import { markdownText, norm } from './test/support.ts';

describe('escapeMarkdown', () => {
  it.each([
    ['Smith & Jones <Physio> *Clinic* {{x}}'],
    ['# not a heading'],
    ['- not a list'],
    ['1. not a list'],
    ['> not a quote'],
    ['[link](javascript:alert(1))'],
    ['<script>alert(1)</script>'],
    ['&amp; &copy; &#65;'],
    ['a | b | c'],
    ['`code` ~~strike~~ _em_ __strong__'],
    ['==='],
    ['---'],
    ['![img](http://x/y.png)'],
    ['trailing backslash \\'],
    ['<https://autolink.example>'],
  ])('renders %s literally, also as a table cell and at a line start', (value) => {
    const escaped = escapeMarkdown(value);
    expect(norm(markdownText(escaped))).toBe(norm(value));
    expect(norm(markdownText(`| a |\n|---|\n| ${escaped} |`))).toBe(norm(`a ${value}`));
    expect(norm(markdownText(`Heading\n${escaped}`))).toBe(norm(`Heading ${value}`));
    expect(norm(markdownText(`- item ${escaped}`))).toBe(norm(`item ${value}`));
  });

  it('leaves ordinary text readable', () => {
    expect(escapeMarkdown('Dr Anna Lee, Practice Manager')).toBe('Dr Anna Lee, Practice Manager');
    expect(escapeMarkdown('Version 1.2')).toBe('Version 1.2');
    expect(escapeMarkdown('1.2')).toBe('1.2');
  });

  it('turns line breaks into spaces so a value cannot start a block', () => {
    expect(norm(markdownText(`x ${escapeMarkdown('a\n# b\r\n- c')}`))).toBe('x a # b - c');
  });

  it('renders any printable string literally (property)', () => {
    const chars = fc.constantFrom(
      ...'ab1 .-+=#>*_[]()<>!&|\\`{}~:;"\'/é王😀\u00a0\u3000'.split(''),
      '{{x}}',
      '{{{x}}}',
      '&amp;',
      '1. ',
      '---',
    );
    fc.assert(
      fc.property(fc.array(chars, { minLength: 1, maxLength: 30 }), (parts) => {
        const value = parts.join('');
        fc.pre(value.trim().length > 0);
        const rendered = norm(markdownText(`| h |\n|---|\n| ${escapeMarkdown(value)} |`));
        expect(rendered).toBe(norm(`h ${value}`));
      }),
      { numRuns: 300 },
    );
  });
});
