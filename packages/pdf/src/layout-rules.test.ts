import { beforeAll, describe, expect, it } from 'vitest';
import { FontBook } from './fonts.ts';
import { layoutPdf, layoutProblems } from './index.ts';
import { loadDefaultFonts } from './node-fonts.ts';
import { type Layout, newNode } from './ops.ts';
import { wrapInlines } from './text-runs.ts';
import { baseInput, LOREM, p } from './test-support.ts';
import { COLOR, PAGE } from './theme.ts';
import { loadShaper } from './shaper.ts';
import type { Block, FontSet, ScriptFonts } from './types.ts';

let fonts: FontSet;
beforeAll(async () => {
  fonts = await loadDefaultFonts();
});

const KEEP = [
  '0491 570 157',
  '+61 2 9999 0000',
  '1300 363 992',
  '20 November 2026',
  '9:30 am',
  '30 days',
  's 26WE',
  'Part IIIC',
  'APP 11',
];

describe('line breaking keeps numbers, dates and short codes whole', () => {
  it('never breaks inside a phone number, date, time, amount of days or section reference', () => {
    const book = new FontBook(fonts);
    const text = `Quote ${KEEP[0]} or ${KEEP[1]}. Call the privacy officer on ${KEEP[2]} (or ${KEEP[3]}, or the OAIC on ${KEEP[4]}) by ${KEEP[5]} at ${KEEP[6]}: within ${KEEP[7]} under ${KEEP[8]} of ${KEEP[9]} and ${KEEP[10]}.`;
    for (let width = 100; width <= 400; width += 7) {
      const lines = wrapInlines(book, [{ text }], { size: 10, color: COLOR.text }, width).map((l) =>
        l.frags.map((f) => f.text).join(''),
      );
      const all = lines.join('\n');
      for (const k of KEEP) expect(all, `width ${width}: ${k}`).toContain(k);
    }
  });

  it('respects a no-break space the text brings (U+00A0, U+202F) and draws it as a space', () => {
    const book = new FontBook(fonts);
    const lines = wrapInlines(
      book,
      [{ text: 'Room\u00A0B12 and Ward\u202F7' }],
      { size: 10, color: COLOR.text },
      60,
    );
    const texts = lines.map((l) => l.frags.map((f) => f.text).join(''));
    expect(texts.some((t) => t.includes('Room B12'))).toBe(true);
    expect(texts.some((t) => t.includes('Ward 7'))).toBe(true);
  });
});

describe('bidi', () => {
  it('isolates a right-to-left name: a phone number after it keeps its digit order', async () => {
    const loadArabic = fonts.scripts?.arabic as () => Promise<ScriptFonts>;
    const book = new FontBook(fonts, { arabic: await loadArabic() });
    await loadShaper();
    const [line] = wrapInlines(
      book,
      [{ text: 'decision maker محمد عبد الله, 0491 570 156; insurer' }],
      { size: 10, color: COLOR.text },
      2000,
    );
    const drawn = (line?.frags ?? []).map((f) => f.text).join('');
    // Drawing order: the name's words reversed (right to left), the number left to right.
    expect(drawn).toBe('decision maker الله عبد محمد, 0491 570 156; insurer');
  });
});

describe('page rules', () => {
  it('keeps a heading with a table whose first row is tall, wherever the heading falls', async () => {
    const tall = Array.from({ length: 6 }, () => LOREM).join(' ');
    for (let n = 1; n <= 14; n++) {
      const blocks: Block[] = [
        ...Array.from({ length: n }, () => p(LOREM)),
        { type: 'heading', level: 2, text: 'Contacts' },
        {
          type: 'table',
          header: [[{ text: 'Role' }], [{ text: 'Notes' }]],
          rows: [[[{ text: 'Lead' }], [{ text: tall }]]],
        },
        { type: 'heading', level: 2, text: 'Then' },
        { type: 'heading', level: 3, text: 'Steps' },
        p(LOREM),
      ];
      const layout = await layoutPdf(baseInput(blocks), fonts);
      expect(
        layoutProblems(layout).filter((q) => q.problem.startsWith('heading')),
        `n=${n}`,
      ).toEqual([]);
    }
  });

  it('the check finds a heading alone at a page foot and a page that is nearly empty', () => {
    const h = newNode('H3');
    const body = newNode('P');
    const text = (y: number, tag = body) => ({
      kind: 'text' as const,
      x: 60,
      y,
      text: 'x',
      role: 'regular' as const,
      size: 10,
      color: COLOR.text,
      tag,
    });
    const layout: Layout = {
      root: newNode('Document'),
      anchors: [],
      pages: [
        { bg: [], fg: [text(700), text(100, h)], links: [] },
        { bg: [], fg: [text(PAGE.contentTop - 12)], links: [] },
        { bg: [], fg: [text(700)], links: [] },
      ],
    };
    expect(layoutProblems(layout).map((q) => q.page)).toEqual([1, 2]);
  });

  it('a varied document has no short pages and no lone headings', async () => {
    const blocks: Block[] = [];
    for (let s = 1; s <= 6; s++) {
      blocks.push({ type: 'pageBreak' }, { type: 'heading', level: 1, text: `Section ${s}` });
      for (let i = 0; i < s * 2; i++)
        blocks.push(p(LOREM), { type: 'heading', level: 2, text: `Part ${s}.${i}` });
      blocks.push({
        type: 'table',
        header: [[{ text: 'Who' }], [{ text: 'Phone' }]],
        rows: Array.from({ length: 10 * s }, (_, i) => [
          [{ text: `Person ${i}` }],
          [{ text: '0491 570 157' }],
        ]),
      });
      blocks.push({ type: 'list', ordered: true, items: Array.from({ length: 6 }, () => [p(LOREM)]) });
    }
    const layout = await layoutPdf(baseInput(blocks, { toc: true }), fonts);
    expect(layout.pages.length).toBeGreaterThan(6);
    expect(layoutProblems(layout)).toEqual([]);
  });
});
