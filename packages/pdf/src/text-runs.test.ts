import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FontBook } from './fonts.ts';
import { loadDefaultFonts } from './node-fonts.ts';
import { cleanCodeLines, cleanInline, safeHref, safeLanguage } from './sanitize.ts';
import { type Line, wrapInlines, wrapPre } from './text-runs.ts';
import { COLOR } from './theme.ts';
import type { FontSet } from './types.ts';

let fonts: FontSet;
beforeAll(async () => {
  // With the CJK pair given (FontBook takes a FontSet as it is; renderPdf resolves loadCjk).
  const set = await loadDefaultFonts();
  fonts = { ...set, ...(await set.loadCjk?.()) };
});

const style = { size: 10, color: COLOR.text };
const text = (l: Line) => l.frags.map((f) => f.text).join('');

describe('wrapInlines', () => {
  it('fills lines greedily without exceeding the width and keeps every word', () => {
    const book = new FontBook(fonts);
    const words = 'Contain the breach first then assess whether serious harm is likely to result'.split(' ');
    const lines = wrapInlines(book, [{ text: words.join(' ') }], style, 120);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(120);
    expect(lines.map(text).join(' ')).toBe(words.join(' '));
  });

  it('joins differently styled runs without a space into one unbreakable word', () => {
    const book = new FontBook(fonts);
    const lines = wrapInlines(
      book,
      [{ text: 'aaaa ' }, { text: 'bold', bold: true }, { text: ',' }],
      style,
      40,
    );
    expect(lines.map(text)).toEqual(['aaaa', 'bold,']);
    expect(lines[1]?.frags.map((f) => f.role)).toEqual(['bold', 'regular']);
  });

  it('breaks between CJK characters but not before closing punctuation', () => {
    const book = new FontBook(fonts);
    const lines = wrapInlines(book, [{ text: '王小明陈王小明陈。王小明' }], style, 35);
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(35);
    expect(lines.every((l) => !text(l).startsWith('。'))).toBe(true);
    expect(lines.map(text).join('')).toBe('王小明陈王小明陈。王小明');
    expect(lines.flatMap((l) => l.frags).every((f) => f.role === 'cjk')).toBe(true);
  });

  it('uses Noto Sans for Latin and falls back per run to the CJK font', () => {
    const book = new FontBook(fonts);
    const [line] = wrapInlines(book, [{ text: 'Nguyễn王小明Đặng' }], style, 500);
    expect(line?.frags.map((f) => [f.role, f.text])).toEqual([
      ['regular', 'Nguyễn'],
      ['cjk', '王小明'],
      ['regular', 'Đặng'],
    ]);
  });

  it('splits a word longer than the line, preferring URL separators', () => {
    const book = new FontBook(fonts);
    const url = 'https://www.oaic.gov.au/privacy/notifiable-data-breaches/report-a-data-breach';
    const lines = wrapInlines(book, [{ text: url, href: url }], style, 150);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(150);
    expect(lines.map(text).join('')).toBe(url);
    expect(text(lines[0] as Line)).toMatch(/[/\-.]$/);
    expect(lines.flatMap((l) => l.frags).every((f) => f.href === url)).toBe(true);
  });

  it('replaces characters no font has and records them', () => {
    const book = new FontBook(fonts);
    const lines = wrapInlines(book, [{ text: 'a😀b' }], style, 500);
    expect(lines.map(text)).toEqual(['a\uFFFDb']);
    expect([...book.missing]).toEqual(['😀']);
  });

  it('without a CJK font, CJK text degrades to replacement characters instead of failing', () => {
    const book = new FontBook({ regular: fonts.regular, bold: fonts.bold });
    expect(wrapInlines(book, [{ text: '王x' }], style, 500).map(text)).toEqual(['\uFFFDx']);
  });
});

describe('wrapPre', () => {
  it('keeps indentation and blank lines', () => {
    const book = new FontBook(fonts);
    const lines = wrapPre(book, cleanCodeLines('a\n\n\tb\r\nc  '), style, 500);
    expect(lines.map(text)).toEqual(['a', '', '    b', 'c']);
  });
});

describe('sanitize', () => {
  it('normalises controls, bidi overrides and decomposed letters', () => {
    expect(cleanInline('a\r\nb\tc\u0000d\u202Ee\u200Bf\uFEFF')).toBe('a  b cdef');
    expect(cleanInline('Nguye\u0302\u0303n')).toBe('Nguyễn');
    expect(cleanInline('x\uD800y')).toBe('x\uFFFDy');
  });

  it('allows only http(s), mailto and tel links, percent-encoding the rest', () => {
    expect(safeHref('https://a.example/x y(1)')).toBe('https://a.example/x%20y%281%29');
    expect(safeHref('mailto:a@b.c')).toBe('mailto:a@b.c');
    expect(safeHref('tel:+61 2 9999 0000')).toBe('tel:+61%202%209999%200000');
    for (const bad of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,x',
      '/relative',
      '#frag',
      'http:/x',
    ]) {
      expect(safeHref(bad)).toBeUndefined();
    }
  });

  it('accepts only plausible language tags', () => {
    expect(safeLanguage('en-AU')).toBe('en-AU');
    expect(safeLanguage('zh-Hans-CN')).toBe('zh-Hans-CN');
    expect(safeLanguage('en) /Foo (')).toBeUndefined();
  });
});

describe('browser safety', () => {
  it('only node-fonts.ts and tests import node: modules', () => {
    const dir = new URL('.', import.meta.url);
    const testOnly = new Set(['node-fonts.ts', 'test-support.ts', 'tagged-check.ts']);
    const core = readdirSync(dir).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !testOnly.has(f),
    );
    expect(core).toContain('index.ts');
    for (const f of core) {
      const src = readFileSync(new URL(f, dir), 'utf8');
      expect(src, f).not.toMatch(/from ['"]node:|require\(|from ['"](fs|path|os|zlib|crypto)['"]/);
      expect(src, f).not.toMatch(/from ['"]\.\/(node-fonts|test-support|tagged-check)\.ts['"]/);
    }
  });

  it('loadDefaultFonts returns the same cached byte arrays each time; the CJK pair as a loader', async () => {
    const again = await loadDefaultFonts();
    expect(again.regular === fonts.regular).toBe(true);
    expect(again === fonts).toBe(false); // (not.toBe would deep-compare 20 MB of fonts)
    expect(again.cjk).toBeUndefined();
    const [a, b] = [await again.loadCjk?.(), await fonts.loadCjk?.()];
    expect(a?.cjk?.byteLength).toBeGreaterThan(1_000_000);
    expect(a?.cjkBold?.byteLength).toBeGreaterThan(1_000_000);
    expect(a?.cjk === b?.cjk && a?.cjkBold === b?.cjkBold).toBe(true);
  });
});
