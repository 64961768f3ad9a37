import { describe, expect, it } from 'vitest';
import { digestInput } from './metadata.ts';

describe('digestInput (document ID and the text fonts are chosen for)', () => {
  const input = {
    title: 'Plan',
    date: new Date('2026-11-30T00:00:00Z'),
    blocks: [{ type: 'paragraph', inlines: [{ text: 'Call 王小明', bold: true }] }],
  };

  it('is a stable 128-bit hex id for identical input', () => {
    const a = digestInput(input).id;
    expect(a).toMatch(/^[0-9A-F]{32}$/);
    expect(digestInput(structuredClone(input)).id).toBe(a);
  });

  it('changes with any string, number, boolean, date or where a string ends', () => {
    const ids = new Set(
      [
        input,
        { ...input, title: 'Plan.' },
        { ...input, date: new Date('2026-12-01T00:00:00Z') },
        { ...input, blocks: [{ type: 'paragraph', inlines: [{ text: 'Call 王小明', bold: false }] }] },
        { a: 'ab', b: 'c' },
        { a: 'a', b: 'bc' },
        ['x', 1],
        ['x', '1'],
      ].map((v) => digestInput(v).id),
    );
    expect(ids.size).toBe(8);
  });

  it('lists the non-ASCII strings (where script fonts and shaping are looked for)', () => {
    expect(digestInput(input).nonAscii).toEqual(['Call 王小明']);
    expect(digestInput('plain').nonAscii).toEqual([]);
  });

  it('hashes counts, numbers and dates as the text of their markers (the plain walk, as written before)', () => {
    // The digest as it was before it hashed counts digit by digit: every value fed as a string.
    const fmix = (h: number): number => {
      let x = h ^ (h >>> 16);
      x = Math.imul(x, 0x85ebca6b);
      x ^= x >>> 13;
      x = Math.imul(x, 0xc2b2ae35);
      return (x ^ (x >>> 16)) >>> 0;
    };
    const plainId = (input: unknown): string => {
      let a = 0x811c9dc5;
      let b = 0x5bd1e995;
      const feed = (s: string): void => {
        for (let i = 0; i < s.length; i++) {
          const ch = s.charCodeAt(i);
          a = Math.imul(a ^ ch, 0x01000193);
          b = Math.imul(b ^ ch, 0x5bd1e995) ^ (b >>> 15);
        }
        a = Math.imul(a ^ (s.length + 0x10000), 0x01000193);
        b = Math.imul(b ^ (s.length + 0x20000), 0x5bd1e995);
      };
      const walk = (v: unknown): void => {
        if (typeof v === 'string') feed(v);
        else if (typeof v === 'number' || typeof v === 'boolean' || v == null) feed(`\u0000${String(v)}`);
        else if (v instanceof Date) feed(`\u0001${v.getTime()}`);
        else if (Array.isArray(v)) {
          feed(`\u0002${v.length}`);
          for (const x of v) walk(x);
        } else if (typeof v === 'object') {
          const keys = Object.keys(v);
          feed(`\u0003${keys.length}`);
          for (const k of keys) {
            feed(k);
            walk((v as Record<string, unknown>)[k]);
          }
        }
      };
      walk(input);
      return [fmix(a), fmix(b), fmix(a ^ Math.imul(b, 0x9e3779b1)), fmix(b ^ Math.imul(a, 0x85ebca77))]
        .map((h) => h.toString(16).padStart(8, '0'))
        .join('')
        .toUpperCase();
    };
    const values: unknown[] = [
      input,
      0,
      -0,
      7,
      10,
      99,
      100,
      12345678901,
      2 ** 53,
      -3,
      1.5,
      1e21,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      true,
      false,
      null,
      undefined,
      new Date(0),
      new Date(-86_400_000),
      new Date('2026-11-30T12:34:56.789Z'),
      Array.from({ length: 10 }, (_, i) => i),
      Array.from({ length: 1000 }, () => 'x'),
      Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`k${i}`, i * 0.25])),
      { nested: [{ a: [[], {}], b: 'ü', c: [true, null, 3] }] },
    ];
    for (const v of values) expect(digestInput(v).id).toBe(plainId(v));
  });
});
