import { beforeAll, describe, expect, it } from 'vitest';
import { FontBook } from './fonts.ts';
import { renderPdfWithStats } from './index.ts';
import { loadDefaultFonts } from './node-fonts.ts';
import { type Line, type TextStyle, wrapInlines } from './text-runs.ts';
import { COLOR } from './theme.ts';
import type { FontSet, Inline } from './types.ts';

let fonts: FontSet;
beforeAll(async () => {
  fonts = await loadDefaultFonts();
});

const style = { size: 10, color: COLOR.text };
const shape = (lines: Line[]) => lines.map((l) => l.frags.map((f) => [f.text, f.role, f.size, f.href ?? '']));
const TEXT =
  'When a suspected data breach is identified, the privacy officer records what happened and when.';

describe('wrap-cache (wrapped lines shared across renders)', () => {
  it('gives a new book the same lines for the same runs, style, width and fonts', () => {
    const a = wrapInlines(new FontBook(fonts), [{ text: TEXT }], style, 150);
    const b = wrapInlines(new FontBook(fonts), [{ text: `${TEXT}` }], { ...style }, 150);
    expect(b).toBe(a); // shared, not rebuilt
  });

  it('keys on everything the lines depend on: width, style, flags, link, run boundaries, fonts', () => {
    const book = new FontBook(fonts);
    const base = wrapInlines(book, [{ text: TEXT }], style, 150);
    const variants: [Inline[], typeof style & { bold?: boolean }, number][] = [
      [[{ text: TEXT }], style, 300],
      [[{ text: TEXT }], { ...style, size: 12 }, 150],
      [[{ text: TEXT }], { ...style, bold: true }, 150],
      [[{ text: TEXT, italic: true }], style, 150],
      [[{ text: TEXT, code: true }], style, 150],
      [[{ text: TEXT, href: 'https://example.com' }], style, 150],
      [[{ text: TEXT.slice(0, 10) }, { text: TEXT.slice(10), bold: true }], style, 150],
    ];
    for (const [inlines, ts, max] of variants) {
      const got = wrapInlines(book, inlines, ts, max);
      expect(got).not.toBe(base);
      // And each equals what a fresh wrap (new fonts object: a different key) makes.
      const other = { ...fonts, regular: fonts.regular.slice(), bold: fonts.bold.slice() };
      expect(shape(got)).toEqual(shape(wrapInlines(new FontBook(other), inlines, ts, max)));
    }
    // Same texts split differently at a style change are different runs.
    const split1 = wrapInlines(book, [{ text: 'ab' }, { text: 'c', bold: true }], style, 150);
    const split2 = wrapInlines(book, [{ text: 'a' }, { text: 'bc', bold: true }], style, 150);
    expect(shape(split1)).not.toEqual(shape(split2));
  });

  it('keys on a style object by its values: one changed in place gets its own lines', () => {
    const book = new FontBook(fonts);
    const ts: TextStyle = { size: 10, color: COLOR.text };
    const inlines = [{ text: TEXT }];
    const small = wrapInlines(book, inlines, ts, 150);
    ts.size = 14; // the same object, now a larger size: fewer words fit a line
    const large = wrapInlines(book, inlines, ts, 150);
    expect(large.length).toBeGreaterThan(small.length);
    expect(shape(large)).toEqual(shape(wrapInlines(book, inlines, { size: 14, color: COLOR.text }, 150)));
    ts.size = 10;
    expect(wrapInlines(book, inlines, ts, 150)).toBe(small);
  });

  it('does not store a wrap that met an undrawable character, so every render still reports it', async () => {
    const input = {
      title: 'T',
      header: 'H',
      date: new Date('2026-01-01T00:00:00Z'),
      blocks: [{ type: 'paragraph' as const, inlines: [{ text: 'Odd \uE000 char' }] }],
    };
    for (let i = 0; i < 2; i++) {
      const { stats } = await renderPdfWithStats(input, fonts);
      expect(stats.missing).toEqual(['\uE000']);
    }
  });
});
