import { create as fontkitCreate, type Font } from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import { create } from './font-source-sfnt.ts';
import { FONT_SPECIFIERS } from './node-fonts.ts';
import { NAMES } from './sample-names.ts';
import type { PdfInput } from './types.ts';

const require = createRequire(import.meta.url);
const read = (spec: string) => new Uint8Array(readFileSync(require.resolve(spec)));

/** fontkit's parsed hmtx advance (a glyph past numberOfMetrics takes the last one's). */
const hmtxAdvance = (fk: Font, gid: number): number => {
  const t = fk as unknown as {
    hmtx: { metrics: { get(i: number): { advance: number } } };
    hhea: { numberOfMetrics: number };
  };
  return t.hmtx.metrics.get(Math.min(gid, t.hhea.numberOfMetrics - 1)).advance;
};

// fonts.ts parses every font with font-source-sfnt.ts: every value it reads must match fontkit's.
describe('the TrueType reader agrees with fontkit', () => {
  for (const spec of FONT_SPECIFIERS) {
    it(spec.split('/').pop() as string, () => {
      const bytes = read(spec);
      const fk = fontkitCreate(Buffer.from(bytes)) as Font;
      const ours = create(bytes);
      const fkAny = fk as unknown as Record<string, unknown> & {
        'OS/2': { sFamilyClass: number };
        head: { macStyle: { italic: boolean } };
        post: { isFixedPitch: number };
      };
      expect(ours.unitsPerEm).toBe(fk.unitsPerEm);
      expect(ours.postscriptName).toBe(fk.postscriptName);
      expect([ours.ascent, ours.descent, ours.italicAngle]).toEqual([fk.ascent, fk.descent, fk.italicAngle]);
      expect([ours.capHeight, ours.xHeight]).toEqual([fk.capHeight, fk.xHeight]);
      expect(ours.bbox).toEqual({
        minX: fk.bbox.minX,
        minY: fk.bbox.minY,
        maxX: fk.bbox.maxX,
        maxY: fk.bbox.maxY,
      });
      expect(ours['OS/2']?.sFamilyClass).toBe(fkAny['OS/2'].sFamilyClass);
      expect(ours.head.macStyle.italic).toBe(!!fkAny.head.macStyle.italic);
      expect(ours.post.isFixedPitch).toBe(fkAny.post.isFixedPitch);
      // Every code point of the BMP and the first astral planes (where the CJK fonts reach).
      const wrong: string[] = [];
      for (let cp = 0; cp < 0x30000; cp++) {
        if (cp >= 0xd800 && cp <= 0xdfff) continue;
        const has = fk.hasGlyphForCodePoint(cp);
        if (has !== ours.hasGlyphForCodePoint(cp)) wrong.push(`has U+${cp.toString(16)}`);
        else if (has) {
          const a = fk.glyphForCodePoint(cp);
          const b = ours.glyphForCodePoint(cp);
          // fontkit throws on Sinhala's U+00A0 glyph (its outline runs past the table), which the
          // renderer never uses (the Latin font has U+00A0); the hmtx advance is still compared.
          let advance: number;
          try {
            advance = a.advanceWidth;
          } catch {
            advance = hmtxAdvance(fk, a.id);
          }
          if (a.id !== b.id || advance !== b.advanceWidth) wrong.push(`glyph U+${cp.toString(16)}`);
        }
        if (wrong.length > 5) break;
      }
      expect(wrong).toEqual([]);
      for (let gid = 0; gid < fk.numGlyphs; gid += 7) {
        if (hmtxAdvance(fk, gid) !== ours.getGlyph(gid).advanceWidth) wrong.push(`advance ${gid}`);
        if (wrong.length > 5) break;
      }
      expect(wrong).toEqual([]);
    });
  }

  it('makes the same PDF bytes as fontkit (every script, bold, tables)', async () => {
    const input: PdfInput = {
      title: 'Reader check',
      date: new Date('2026-11-30T00:00:00Z'),
      header: 'Header',
      footer: 'Footer',
      blocks: [
        { type: 'heading', level: 1, text: 'Names in every script' },
        ...NAMES.map(([, n]) => ({
          type: 'paragraph' as const,
          inlines: [{ text: n }, { text: ` ${n}`, bold: true }],
        })),
        {
          type: 'table',
          header: [[{ text: 'A' }], [{ text: 'B' }]],
          rows: [[[{ text: 'Zoë – “quoted” …' }], [{ text: '42 €' }]]],
        },
      ],
    };
    const render = async () => {
      const { renderPdf } = await import('./index.ts');
      const { loadDefaultFonts } = await import('./node-fonts.ts');
      return renderPdf(input, await loadDefaultFonts());
    };
    const withReader = await render();
    vi.resetModules();
    let parsed = 0;
    vi.doMock('./font-source-sfnt.ts', () => ({
      create: (b: Uint8Array) => {
        parsed++;
        return fontkitCreate(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
      },
    }));
    const withFontkit = await render();
    vi.doUnmock('./font-source-sfnt.ts');
    expect(parsed).toBeGreaterThan(2); // the second render really went through fontkit
    expect(withReader.length).toBeGreaterThan(1000);
    expect(Buffer.from(withReader).equals(Buffer.from(withFontkit))).toBe(true);
  });
});
