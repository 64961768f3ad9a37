import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pickDeflate } from './deflate.ts';

describe('pickDeflate on Node (one zlib context reused for every stream)', () => {
  it("gives exactly zlib.deflateSync's bytes at level 1, stream after stream", async () => {
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
      new Uint8Array(0),
      text.subarray(0, 100),
      text,
      noise(200_000),
      text.subarray(7),
      noise(10),
    ];
    const outs: Uint8Array[] = [];
    for (const input of inputs) outs.push(await deflate(input));
    inputs.forEach((input, i) => {
      // Each output is its own copy (not a view of a buffer reused for the next stream).
      expect(Buffer.from(outs[i] as Uint8Array)).toEqual(deflateSync(input, { level: 1 }));
      expect(new Uint8Array(inflateSync(outs[i] as Uint8Array))).toEqual(input);
    });
  });
});
