import { describe, expect, it } from 'vitest';
import { ByteSink } from './byte-sink.ts';
import { num } from './content.ts';

// What the content streams printed before numbers were formatted from integer hundredths.
const reference = (n: number): string => {
  const r = Math.round(n * 100) / 100;
  return Number.isFinite(r) ? String(r === 0 ? 0 : r) : '0';
};

const VALUES = [
  0,
  -0,
  0.004,
  -0.004,
  0.005,
  -0.005,
  0.05,
  -0.05,
  0.1,
  1.5,
  9,
  10,
  99.99,
  -99.99,
  100,
  595.28,
  841.89,
  0.1 + 0.2,
  1.005,
  -12.345,
  123456789.125,
  1e20,
  -1e20,
  Number.NaN,
  Number.POSITIVE_INFINITY,
];
for (let k = -2000; k <= 2000; k += 7) VALUES.push(k / 100, k / 1000 + 1e-9, k * 3.3333);

describe('number formatting', () => {
  it('num() prints what String(Math.round(n * 100) / 100) printed', () => {
    for (const v of VALUES) expect(num(v), String(v)).toBe(reference(v));
  });

  it('ByteSink writes num() as bytes, growing past its first buffer', () => {
    const sink = new ByteSink();
    let text = '';
    for (let round = 0; round < 4; round++) {
      for (const v of VALUES) {
        sink.num(v);
        sink.byte(32);
        text += `${num(v)} `;
      }
    }
    sink.ascii('end');
    expect(text.length).toBeGreaterThan(16384);
    expect(Buffer.from(sink.bytes()).toString('latin1')).toBe(`${text}end`);
  });
});
