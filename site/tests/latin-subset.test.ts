// The browser record PDF's Latin subset (src/wizard/fonts/latin-subset.ts): the committed files are
// what the generator makes from the installed Noto Sans, and a record whose text the subset covers
// comes out byte-identical to one drawn with the full fonts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type FontSet, type PdfInput, renderPdf } from '@ndb-kit/pdf';
import { describe, expect, it } from 'vitest';
import { SITE_ROOT } from '../scripts/build-sites.ts';
import { FULL_ONLY_RANGES } from '../src/wizard/fonts/full-only-ranges.ts';
import { fullOnlyRanges, LATIN_SUBSET, latinFiles } from '../src/wizard/fonts/latin-subset.ts';
import { needsFullLatin } from '../src/wizard/pdf-fonts.ts';

const FONTS = join(SITE_ROOT, 'src/wizard/fonts');
const committed = (name: string) => readFileSync(join(FONTS, name));
const pdfRequire = createRequire(join(SITE_ROOT, 'node_modules/@ndb-kit/pdf/package.json'));
const full = (w: string) =>
  new Uint8Array(readFileSync(pdfRequire.resolve(`@expo-google-fonts/noto-sans/${w}/NotoSans_${w}.ttf`)));

describe('the Latin subset fonts', () => {
  it('are what latin-subset.ts makes (run it after changing the fonts or the ranges)', async () => {
    const made = await latinFiles();
    for (const [name, data] of Object.entries(made)) {
      // Compared unzipped: another zlib may compress the same bytes differently.
      if (typeof data !== 'string')
        expect(gunzipSync(committed(name)).equals(gunzipSync(data)), name).toBe(true);
    }
    // The ranges module by value (the formatter may re-wrap the generated file).
    expect(FULL_ONLY_RANGES).toEqual(fullOnlyRanges([full('400Regular'), full('700Bold')]));
    expect(FULL_ONLY_RANGES.length).toBeGreaterThan(10);
  });

  it('draw a record exactly as the full fonts do when its text is in the subset', async () => {
    // Every code point of the subset, in regular and bold, in paragraphs, a table and a list.
    let all = '';
    for (const [a, b] of LATIN_SUBSET) for (let cp = a; cp <= b; cp++) all += String.fromCodePoint(cp);
    const words = all.match(/.{1,12}/gsu) ?? [];
    const input: PdfInput = {
      title: 'Data breach decision record',
      header: 'Ngaio Tāwhiri — decision record 0123456789ab',
      footer: 'Decision support, not legal advice',
      language: 'en-AU',
      date: new Date('2026-11-30T10:00:00+11:00'),
      blocks: [
        { type: 'heading', level: 2, text: 'Nguyễn Thị Ánh, Ștefan Țurcanu, Lǚ Wěi' },
        { type: 'paragraph', inlines: [{ text: words.join(' ') }] },
        { type: 'paragraph', inlines: [{ text: words.join(' '), bold: true }] },
        {
          type: 'table',
          header: [[{ text: 'Duty' }], [{ text: 'When' }]],
          rows: [
            [
              [{ text: 'Notify the OAIC – “as soon as practicable”…' }],
              [{ text: '72 hours → 30 days, € 0' }],
            ],
          ],
        },
        { type: 'list', ordered: false, items: [[{ type: 'paragraph', inlines: [{ text: 'Call №1 ™' }] }]] },
      ],
    };
    expect(needsFullLatin(JSON.stringify(input))).toBe(false);
    const subset: FontSet = {
      regular: new Uint8Array(gunzipSync(committed('noto-sans-latin-400.bin'))),
      bold: new Uint8Array(gunzipSync(committed('noto-sans-latin-700.bin'))),
    };
    const fonts: FontSet = { regular: full('400Regular'), bold: full('700Bold') };
    expect(subset.regular.length).toBeLessThan(fonts.regular.length / 5);
    const a = await renderPdf(input, subset);
    const b = await renderPdf(input, fonts);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('are used only when the text has no character that only the full fonts draw', () => {
    expect(needsFullLatin('Ngaio Tāwhiri, Nguyễn Thị Ánh, José Martínez – “quoted” …')).toBe(false);
    // Other scripts' fonts are separate files: the Latin subset still serves these records.
    expect(needsFullLatin('王小明 محمد عبد الله 김민준 דוד כהן')).toBe(false);
    // Greek, Cyrillic and Devanagari are in the full Noto Sans only.
    expect(needsFullLatin('Γιώργος Παπαδόπουλος')).toBe(true);
    expect(needsFullLatin('Иван Петров')).toBe(true);
    expect(needsFullLatin('प्रिया शर्मा')).toBe(true);
    expect(needsFullLatin('e\u0301')).toBe(true); // a combining accent: shaped with the full font
  });
});
