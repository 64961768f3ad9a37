import { create as createFont, type Font } from 'fontkit';
import { deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { faceFor } from './fonts.ts';
import { renderPdf } from './index.ts';
import { loadDefaultFonts } from './node-fonts.ts';
import { baseInput, p, pdfText, run, writePdf } from './test-support.ts';
import type { FontSet } from './types.ts';

let fonts: FontSet;
beforeAll(async () => {
  const set = await loadDefaultFonts();
  fonts = { ...set, ...(await set.loadCjk?.()) };
});

describe('TrueType subset', () => {
  it('keeps each glyph outline and advance, renumbering composite components', () => {
    // Noto Sans builds stacked Vietnamese marks as composite glyphs; these CJK ideographs are simple.
    for (const [bytes, text, hasComposites] of [
      [fonts.regular, 'Aāễịứ Đặng Ōrākei?', true],
      [fonts.boldItalic, 'Nguyễn Thị Ánh', true],
      [fonts.cjk, '王小明陈', false],
    ] as const) {
      const face = faceFor(bytes as Uint8Array);
      const order = [0];
      for (const ch of text) {
        const g = face.glyph(ch.codePointAt(0) as number);
        if (g && !order.includes(g.id)) order.push(g.id);
      }
      const used = order.length;
      const subset = createFont(Buffer.from(face.sfnt.subset(order))) as Font;
      const original = createFont(Buffer.from(bytes as Uint8Array)) as Font;
      // The components the text's composite glyphs need were appended, each once, after the text's own.
      const appended = order.slice(used);
      if (hasComposites) expect(appended.length).toBeGreaterThan(0);
      else expect(appended).toEqual([]);
      expect(new Set(order).size).toBe(order.length);
      expect(subset.numGlyphs).toBe(order.length);
      order.forEach((gid, i) => {
        const a = original.getGlyph(gid);
        const b = subset.getGlyph(i);
        expect(b.path.toSVG()).toBe(a.path.toSVG());
        expect(b.advanceWidth).toBe(a.advanceWidth);
      });
    }
  });
});

describe('compression', () => {
  it("uses the caller's compressor, deterministically", async () => {
    let calls = 0;
    const compress = (b: Uint8Array) => {
      calls++;
      return deflateSync(b, { level: 1 });
    };
    const input = baseInput([p('Fast and small: Ngāti Whātua, Nguyễn, 王小明.')]);
    const a = await renderPdf(input, fonts, { compress });
    expect(calls).toBeGreaterThan(0);
    expect(Buffer.from(a).equals(Buffer.from(await renderPdf(input, fonts, { compress })))).toBe(true);
    const file = writePdf(a);
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
    expect(pdfText(file)).toContain('Fast and small: Ngāti Whātua, Nguyễn, 王小明.');
  });
});
