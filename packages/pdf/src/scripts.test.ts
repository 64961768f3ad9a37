import { describe, expect, it } from 'vitest';
import { codePointLabel, renderPdfWithStats, unrenderableChars } from './index.ts';
import { loadDefaultFonts } from './node-fonts.ts';
import { faceFor } from './fonts.ts';
import { NAMES } from './sample-names.ts';
import { scriptsIn } from './scripts.ts';
import { loadShaper, shape } from './shaper.ts';
import type { ScriptFonts } from './types.ts';
import { baseInput, pdfText, run, writePdf } from './test-support.ts';

// pdftotext marks right-to-left words with U+202B…U+202C; the words themselves must be logical.
const logical = (s: string) => s.replace(/[\u202A-\u202E]/g, '');

describe('scripts', () => {
  it('draws every listed script, shaped, and extracts each name in logical order', async () => {
    const fonts = await loadDefaultFonts();
    const { bytes, stats } = await renderPdfWithStats(
      baseInput([
        {
          type: 'table',
          header: [[{ text: 'Language' }], [{ text: 'Name' }]],
          rows: NAMES.map(([l, n]) => [[{ text: l }], [{ text: n }]]),
        },
        { type: 'paragraph', inlines: NAMES.map(([, n]) => ({ text: `${n}, `, bold: true })) },
      ]),
      fonts,
    );
    expect(stats.missing).toEqual([]);
    const file = writePdf(bytes);
    const text = logical(pdfText(file));
    for (const [, name] of NAMES) expect(text, name).toContain(name);
    expect(text).not.toContain('\uFFFD');
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
  });

  it('joins Arabic letters: the shaper picks contextual forms, drawn right to left', async () => {
    const fonts = await loadDefaultFonts();
    const load = fonts.scripts?.arabic as () => Promise<ScriptFonts>;
    const arabic = await load();
    await loadShaper();
    const face = faceFor(arabic.regular);
    const word = 'محمد';
    const nominal = [...word].map((ch) => face.glyph(ch.codePointAt(0) as number)?.id);
    const shaped = shape(arabic.regular, word);
    expect(shaped.rtl).toBe(true);
    // Initial, medial and final forms are other glyphs than the isolated ones the cmap gives.
    expect(shaped.ids.filter((id) => nominal.includes(id)).length).toBeLessThan(nominal.length);
    // Drawing order is visual: the last letter (د) comes first.
    expect(shaped.text[0]).toBe('د');
  });

  it('is deterministic with shaped text', async () => {
    const fonts = await loadDefaultFonts();
    const input = baseInput([{ type: 'paragraph', inlines: NAMES.map(([, n]) => ({ text: `${n} ` })) }]);
    const a = (await renderPdfWithStats(input, fonts)).bytes;
    const b = (await renderPdfWithStats(input, fonts)).bytes;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('lists the characters no font can draw', async () => {
    const fonts = await loadDefaultFonts();
    // Ethiopic and Georgian have no font here; the listed scripts all do.
    expect(await unrenderableChars('Abebe አበበ ნინო', fonts)).toEqual(['አ', 'በ', 'ნ', 'ი', 'ო']);
    expect(await unrenderableChars(NAMES.map(([, n]) => n).join(' '), fonts)).toEqual([]);
    expect(codePointLabel('አ')).toBe('U+12A0');
  });

  it('finds the scripts that need their own font', () => {
    expect(scriptsIn('Dr Smith')).toEqual([]);
    expect(scriptsIn('김민준 and דוד and مهدی')).toEqual(['arabic', 'hebrew', 'hangul']);
  });
});
