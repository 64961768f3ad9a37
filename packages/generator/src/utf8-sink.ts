// A growing UTF-8 buffer that strings are written into as they are made. Why not one string
// encoded at the end: a Word document's XML built with `+=` is a tree of ~10^5 small strings,
// and flattening it (which encoding must do first) chased pointers through memory long gone cold:
// ~6 ms of a practice's ~48 ms of CPU for ~450 K characters (measured, bench/generate.ts). Each
// piece encoded while it is fresh costs a fraction of that, and the bytes are the same (a piece
// is always whole XML, never half a surrogate pair).
const encoder = new TextEncoder();

export class Utf8Sink {
  private buffer: Uint8Array;
  private length = 0;

  constructor(capacity = 1 << 14) {
    this.buffer = new Uint8Array(capacity);
  }

  write(text: string): void {
    // At most 3 bytes per UTF-16 code unit.
    const need = this.length + text.length * 3;
    if (need > this.buffer.length) {
      let size = this.buffer.length * 2;
      while (size < need) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }

  /** What was written (a view: write nothing more once taken). */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}
