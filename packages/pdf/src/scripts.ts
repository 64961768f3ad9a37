/**
 * Which writing system a character belongs to, for font choice, shaping and bidi.
 *
 * The Latin fonts (Noto Sans) cover Latin, Greek, Cyrillic and Devanagari; the CJK font covers
 * Han and kana. Each other script has its own Noto font (FontSet.scripts), loaded only when a
 * document has text in it. Scripts whose letters change shape or order with their neighbours
 * (joining, reordering, stacking marks) are shaped with HarfBuzz (shaper.ts); plain Latin is not.
 */

/** Scripts with a font of their own in FontSet.scripts. */
export const SCRIPTS = ['arabic', 'hebrew', 'hangul', 'thai', 'tamil', 'gurmukhi', 'sinhala'] as const;
export type ScriptName = (typeof SCRIPTS)[number];

/** The script font a character needs, or undefined for the Latin/CJK fonts' characters. */
export function scriptOf(cp: number): ScriptName | undefined {
  if (cp < 0x0590) return undefined;
  if (cp <= 0x05ff || (cp >= 0xfb1d && cp <= 0xfb4f)) return 'hebrew';
  if (
    cp <= 0x06ff ||
    (cp >= 0x0750 && cp <= 0x077f) ||
    (cp >= 0x0870 && cp <= 0x08ff) ||
    (cp >= 0xfb50 && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfeff)
  )
    return 'arabic';
  if (cp >= 0x0a00 && cp <= 0x0a7f) return 'gurmukhi';
  if (cp >= 0x0b80 && cp <= 0x0bff) return 'tamil';
  if (cp >= 0x0d80 && cp <= 0x0dff) return 'sinhala';
  if (cp >= 0x0e00 && cp <= 0x0e7f) return 'thai';
  if (
    (cp >= 0x1100 && cp <= 0x11ff) ||
    (cp >= 0x3130 && cp <= 0x318f) ||
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7ff)
  )
    return 'hangul';
  return undefined;
}

/**
 * Text that must go through the shaper: Hebrew, Arabic, Devanagari, Gurmukhi, Tamil, Sinhala,
 * Thai (marks, conjuncts, joining forms, reordering) and conjoining Hangul jamo. Precomposed
 * Hangul syllables and everything else map one character to one glyph and skip the shaper.
 */
export const NEEDS_SHAPING =
  /[\u0590-\u08FF\u0900-\u097F\u0A00-\u0A7F\u0B80-\u0BFF\u0D80-\u0DFF\u0E00-\u0E7F\u1100-\u11FF\uA8E0-\uA8FF\uA960-\uA97F\uD7B0-\uD7FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, NKo …): lines holding one get the bidi pass. */
export const HAS_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** Scripts in `text` that need a font from FontSet.scripts, in SCRIPTS order. */
export function scriptsIn(text: string): ScriptName[] {
  const found = new Set<ScriptName>();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x0590) continue;
    const s = scriptOf(c);
    if (s) found.add(s);
  }
  return SCRIPTS.filter((s) => found.has(s));
}
