import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { mailtoUri } from './helpers.ts';
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

describe('escapeMarkdown: bare URLs never become live links', () => {
  // markdown-it with linkify (linkify-it, fuzzy links and emails on) is the strictest of the
  // GitHub-style renderers: it links even example.com. Nothing escaped may come out as a link.
  const linkifying = new MarkdownIt({ linkify: true });
  const hostile = [
    'https://evil.example/pay',
    'see http://evil.example and www.evil.example now',
    'WWW.EVIL.EXAMPLE',
    'mail spy@evil.example',
    'mailto:spy@evil.example',
    'xmpp:spy@evil.example',
    'evil.example/login',
    'x?bcc=spy%40evil.example@clinic.example.com.au',
    'ftp://files.evil.example',
    'Dr. Smith & Co. (est. 1990), 1.5 days',
  ];
  it.each(hostile)('%s renders as the same text and no link', (value) => {
    const escaped = escapeMarkdown(value);
    const html = linkifying.render(escaped);
    expect(html).not.toContain('<a');
    expect(norm(markdownText(escaped))).toBe(norm(value));
  });

  it('leaves ordinary punctuation alone where no link could form', () => {
    expect(escapeMarkdown('Dr. Smith, 1.5 days: ok')).toBe('Dr. Smith, 1.5 days: ok');
  });
});

describe('mailto links', () => {
  it('percent-encode each side of the @, so no header or recipient can be added', () => {
    expect(mailtoUri('x?bcc=spy%40evil.example@clinic.example')).toBe(
      'mailto:x%3Fbcc%3Dspy%2540evil.example@clinic.example',
    );
    expect(mailtoUri('privacy@clinic.example.com.au')).toBe('mailto:privacy@clinic.example.com.au');
  });
});
