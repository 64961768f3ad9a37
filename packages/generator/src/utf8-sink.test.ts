import { describe, expect, it } from 'vitest';
import { Utf8Sink } from './utf8-sink.ts';

describe('Utf8Sink', () => {
  it('holds the UTF-8 of everything written, in order, across growth and every script', () => {
    const pieces = ['<w:p>', 'é’—', '😀 emoji', '中文', 'x'.repeat(5000), '\u0000', 'end</w:p>'];
    const sink = new Utf8Sink(4);
    let text = '';
    for (let k = 0; k < 20; k++)
      for (const piece of pieces) {
        sink.write(piece);
        text += piece;
      }
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(new TextEncoder().encode(text)))).toBe(true);
  });
});
