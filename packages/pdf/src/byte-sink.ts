/**
 * A growable byte buffer that content streams are written into: operators as ASCII, numbers as
 * digits, glyph ids as bytes. Writing bytes directly replaced building an array of operator
 * strings, joining it and converting the text to bytes (the join, the per-glyph string
 * concatenation and the conversion were a tenth of a render's allocations).
 */
export class ByteSink {
  private buf: Uint8Array;
  length = 0;

  constructor(capacity = 16384) {
    this.buf = new Uint8Array(capacity);
  }

  private grow(n: number): void {
    let size = Math.max(64, this.buf.length * 2);
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  /**
   * The buffer, with room for `n` more bytes after `length`: for writers that fill many bytes in
   * one loop (FontUse.encodeInto), then advance `length` themselves.
   */
  reserve(n: number): Uint8Array {
    if (this.length + n > this.buf.length) this.grow(n);
    return this.buf;
  }

  byte(b: number): void {
    if (this.length >= this.buf.length) this.grow(1);
    this.buf[this.length++] = b;
  }

  /** Text whose characters are all below U+0100, one byte each. */
  ascii(s: string): void {
    if (this.length + s.length > this.buf.length) this.grow(s.length);
    const buf = this.buf;
    let at = this.length;
    for (let i = 0; i < s.length; i++) buf[at++] = s.charCodeAt(i);
    this.length = at;
  }

  /** A non-negative integer below 2^53, in decimal. */
  private digits(v: number): void {
    if (v < 10) {
      this.byte(48 + v);
      return;
    }
    let n = 1;
    for (let p = 10; p <= v; p *= 10) n++;
    if (this.length + n > this.buf.length) this.grow(n);
    let at = this.length + n;
    for (let x = v; at > this.length; x = Math.floor(x / 10)) this.buf[--at] = 48 + (x % 10);
    this.length += n;
  }

  /** `num(n)` (content.ts) as bytes: at most two decimals, no trailing zeros, no exponent. */
  num(n: number): void {
    const h = Math.round(n * 100);
    if (!(Math.abs(h) < 1e15)) {
      this.ascii(Number.isFinite(h) ? String(h / 100) : '0');
      return;
    }
    if (h === 0) {
      this.byte(48);
      return;
    }
    if (h < 0) this.byte(45);
    const a = h < 0 ? -h : h;
    const int = Math.floor(a / 100);
    const frac = a - int * 100;
    this.digits(int);
    if (frac === 0) return;
    this.byte(46);
    this.byte(48 + Math.floor(frac / 10));
    if (frac % 10 !== 0) this.byte(48 + (frac % 10));
  }

  /** `n 0 R`, an indirect reference (n a non-negative integer). */
  ref(n: number): void {
    this.digits(n);
    this.ascii(' 0 R');
  }

  /** A non-negative integer below 2^53, in decimal. */
  int(n: number): void {
    this.digits(n);
  }

  /** A copy of the bytes written. */
  bytes(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}
