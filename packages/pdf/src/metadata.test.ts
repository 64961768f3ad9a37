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
});
