import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pickDeflate } from './deflate.ts';

/** `n` bytes of a two-letter text from a seeded generator (zlib finds many equal-length matches). */
function letters(n: number, seed: number): Uint8Array {
  return new Uint8Array(n).map(() => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return 97 + ((seed >>> 20) % 2);
  });
}

const level1 = (b: Uint8Array) => new Uint8Array(deflateSync(b, { level: 1 }));

describe('pickDeflate on Node (one zlib context per document, reset between its streams)', () => {
  it('compresses every stream losslessly, the first exactly as zlib.deflateSync at level 1', async () => {
    const deflate = pickDeflate();
    if (!deflate) throw new Error('no deflate on Node');
    let seed = 1;
    const noise = (n: number) =>
      new Uint8Array(n).map(() => {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        return seed >>> 24;
      });
    const text = new TextEncoder().encode('BT /F0 10 Tf 72 700 Td <0041004200430044> Tj ET\n'.repeat(3000));
    // Empty, small, text-like, and incompressible noise larger than the 64 KB output buffer.
    const inputs = [
      text.subarray(0, 100),
      new Uint8Array(0),
      text,
      noise(200_000),
      text.subarray(7),
      noise(10),
    ];
    const outs: Uint8Array[] = [];
    for (const input of inputs) outs.push(await deflate(input));
    expect(outs[0]).toEqual(level1(inputs[0] as Uint8Array));
    inputs.forEach((input, i) => {
      // Each output is its own copy (not a view of a buffer reused for the next stream).
      expect(new Uint8Array(inflateSync(outs[i] as Uint8Array))).toEqual(input);
    });
  });

  it('gives a document the same bytes whatever the process compressed before it', async () => {
    // After these 70 KB in the same zlib context (deflateReset between), these 50 bytes come out
    // differently from a new context's: a context shared by documents made a PDF's bytes depend
    // on the documents rendered before it in the same thread.
    const earlier = letters(70_000, 8 * 31 + 7);
    const stream = letters(50, 8);
    const other = pickDeflate();
    if (!other) throw new Error('no deflate on Node');
    await other(earlier);
    const doc = pickDeflate();
    if (!doc) throw new Error('no deflate on Node');
    expect(await doc(stream)).toEqual(level1(stream));
    // The same document again, after another one: the same bytes.
    await other(earlier);
    const again = pickDeflate();
    if (!again) throw new Error('no deflate on Node');
    expect(await again(stream)).toEqual(level1(stream));
  });
});
