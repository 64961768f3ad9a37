/**
 * Right-to-left text inside a wrapped line: the line's fragments put in drawing order by the
 * Unicode bidi algorithm (bidi-js), names in other scripts isolated from the English around them.
 */
import bidiModule, { type Bidi } from 'bidi-js';
import type { FontBook } from './fonts.ts';
import { HAS_RTL } from './scripts.ts';
import type { Frag, Line } from './text-runs.ts';

// The package's one export is a factory (CommonJS in Node, an ES default export in bundlers).
const bidiFactory = bidiModule as unknown as () => Bidi;
let bidi: Bidi | undefined;
// Right-to-left words (letters, marks, joiners) with the spaces between them.
const RTL_CHAR = '\\u0590-\\u08FF\\uFB1D-\\uFDFF\\uFE70-\\uFEFF';
const RTL_RUN = new RegExp(`[${RTL_CHAR}](?:[${RTL_CHAR}\\u200C\\u200D ]*[${RTL_CHAR}])?`, 'g');

/**
 * A wrapped line (fragments in logical order) in drawing order, by the Unicode bidi algorithm
 * (bidi-js) with a left-to-right paragraph level (the documents are English): fragments are split
 * where the embedding level changes, runs reversed from the highest level down (UAX #9 L2), and
 * mirrored brackets swapped inside right-to-left runs. Lines without right-to-left letters
 * (nearly all) return at once. Right-to-left fragments keep their logical text: the shaper
 * returns their glyphs in visual order, and ActualText keeps extraction logical.
 */
export function visualOrder(book: FontBook, line: Line): Line {
  if (!line.frags.some((f) => HAS_RTL.test(f.text))) return line;
  bidi ??= bidiFactory();
  const text = line.frags.map((f) => f.text).join('');
  // Each run of right-to-left words is isolated (as if in FSI…PDI, HTML's <bdi>): these are names
  // in an English sentence, so a number or comma after "محمد عبد الله" keeps the sentence's
  // direction instead of joining the name's (which would print "0491 570 156" as "156 570 0491").
  const src: number[] = []; // index in `text` of each character of `isolated` (-1: inserted)
  let isolated = '';
  let last = 0;
  for (const m of text.matchAll(RTL_RUN)) {
    for (let k = last; k < m.index; k++) src.push(k);
    isolated += `${text.slice(last, m.index)}\u2068${m[0]}\u2069`;
    src.push(-1);
    for (let k = 0; k < m[0].length; k++) src.push(m.index + k);
    src.push(-1);
    last = m.index + m[0].length;
  }
  for (let k = last; k < text.length; k++) src.push(k);
  isolated += text.slice(last);
  const levels = bidi.getEmbeddingLevels(isolated, 'ltr');
  const mirroredIso = bidi.getMirroredCharactersMap(isolated, levels.levels);
  const lv = new Uint8Array(text.length);
  const mirrored = new Map<number, string>();
  src.forEach((k, i) => {
    if (k < 0) return;
    lv[k] = levels.levels[i] as number;
    const mch = mirroredIso.get(i);
    if (mch !== undefined) mirrored.set(k, mch);
  });
  const pieces: { frag: Frag; level: number }[] = [];
  let at = 0;
  for (const f of line.frags) {
    let start = 0;
    for (let i = 1; i <= f.text.length; i++) {
      if (i < f.text.length && lv[at + i] === lv[at + start]) continue;
      let t = '';
      for (let k = start; k < i; k++) t += mirrored.get(at + k) ?? f.text[k];
      const whole = start === 0 && i === f.text.length && t === f.text;
      const frag = whole ? f : { ...f, text: t, width: book.width(t, f.role, f.size) };
      pieces.push({ frag, level: lv[at + start] as number });
      start = i;
    }
    at += f.text.length;
  }
  let max = 0;
  let minOdd = Number.POSITIVE_INFINITY;
  for (const p of pieces) {
    max = Math.max(max, p.level);
    if (p.level % 2 === 1) minOdd = Math.min(minOdd, p.level);
  }
  for (let level = max; level >= minOdd; level--) {
    for (let i = 0; i < pieces.length; ) {
      if ((pieces[i] as (typeof pieces)[number]).level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < pieces.length && (pieces[j] as (typeof pieces)[number]).level >= level) j++;
      const run = pieces.slice(i, j).reverse();
      pieces.splice(i, j - i, ...run);
      i = j;
    }
  }
  const frags = pieces.map((p) => p.frag);
  return { frags, width: frags.reduce((w, f) => w + f.width, 0) };
}
