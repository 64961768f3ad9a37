/**
 * A minimal PDF file writer: numbered objects given as PDF source text, streams as bytes, written
 * as PDF 1.7 with the small objects packed into compressed object streams and a cross-reference
 * stream (what pdf-lib's `useObjectStreams` wrote before).
 *
 * Writing the file directly rather than through pdf-lib's object model is the single largest
 * saving in render time: pdf-lib built a JS object per number, name and array element, sized and
 * serialised each one, and compressed with pako (pure JS) — for an 18-page plan that was about
 * half the time. Callers only ever pass text built from numbers, names, hex strings and escaped
 * byte strings (see pdf-syntax below), so no user text reaches the file unescaped.
 */

import { ByteSink } from './byte-sink.ts';

/** Synchronous or asynchronous zlib (RFC 1950) compression, e.g. Node's zlib.deflateSync. */
export type Deflate = (bytes: Uint8Array) => Uint8Array | Promise<Uint8Array>;

/** Objects per object stream (pdf-lib used 50; more compresses better, fewer keeps readers' memory small). */
const PER_OBJECT_STREAM = 100;

interface StreamObj {
  dict: string;
  data: Uint8Array;
  /** Compress with FlateDecode (otherwise stored as is). */
  flate: boolean;
}

export class PdfFile {
  /**
   * Bodies: PDF source text, a stream, or (a number) where the body starts in `sink`, for objects
   * written there as bytes (endBytes), with `spanEnd` where it ends.
   */
  private readonly objects: (string | number | StreamObj | undefined)[] = [];
  private readonly spanEnd: number[] = [];
  /**
   * Bytes of small objects written directly (the structure tree, most of the document's objects):
   * one buffer, no string or array per object.
   */
  readonly sink = new ByteSink(131072);

  /** Reserve an object number (1-based), to be filled with set() or setStream(). */
  alloc(): number {
    this.objects.push(undefined);
    return this.objects.length;
  }

  /** A non-stream object; `body` is PDF source text (ASCII). */
  set(num: number, body: string): void {
    this.objects[num - 1] = body;
  }

  /** Object `num` is what was written into `sink` from `start` to its current end. */
  endBytes(num: number, start: number): void {
    this.objects[num - 1] = start;
    this.spanEnd[num - 1] = this.sink.length;
  }

  add(body: string): number {
    const n = this.alloc();
    this.set(n, body);
    return n;
  }

  /** A stream object; `dict` is the dictionary's entries without /Length and /Filter. */
  addStream(data: Uint8Array, dict = '', flate = true): number {
    const n = this.alloc();
    this.objects[n - 1] = { dict, data, flate };
    return n;
  }

  /** The file bytes. `trailer` holds /Root, /Info and /ID entries. */
  async finish(trailer: string, deflate: Deflate | null): Promise<Uint8Array> {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const push = (b: Uint8Array): void => {
      chunks.push(b);
      size += b.length;
    };
    const pushText = (s: string): void => push(latin1(s));

    // Compress every stream at once: lets an asynchronous deflate (CompressionStream) overlap them.
    const streams: StreamObj[] = [];
    const small: number[] = [];
    this.objects.forEach((o, i) => {
      if (o === undefined) throw new Error(`pdf-file: object ${i + 1} was never set`);
      if (typeof o === 'string' || typeof o === 'number') small.push(i + 1);
      else streams.push(o);
    });
    const groups: number[][] = [];
    for (let i = 0; i < small.length; i += PER_OBJECT_STREAM)
      groups.push(small.slice(i, i + PER_OBJECT_STREAM));
    // Cross-reference rows by object number (0 … the xref stream's own): type 1, an offset, or
    // type 2, an object stream and the index in it (typed arrays: no object per row).
    const rowCount = this.objects.length + groups.length + 2;
    const xrefType = new Uint8Array(rowCount);
    const xrefA = new Uint32Array(rowCount);
    const xrefB = new Uint16Array(rowCount);
    const sunk = this.sink.reserve(0);
    const objStms = groups.map((nums) => {
      // "num offset" pairs, then the bodies separated by newlines, written as bytes into one
      // buffer (joining the bodies into a string and converting it copied ~100 KB twice a render).
      const head = new ByteSink(16 * nums.length);
      let at = 0;
      nums.forEach((num, k) => {
        if (k) head.byte(32);
        head.num(num);
        head.byte(32);
        head.num(at);
        xrefType[num] = 2;
        xrefB[num] = k; // the object stream's number is filled in below
        const o = this.objects[num - 1] as string | number;
        at += (typeof o === 'string' ? o.length : (this.spanEnd[num - 1] as number) - o) + 1;
      });
      head.byte(10);
      const first = head.length;
      const data = byteArray(first + at - 1);
      data.set(head.bytes());
      let end = first;
      nums.forEach((num, k) => {
        if (k) data[end++] = 10;
        const o = this.objects[num - 1] as string | number;
        if (typeof o === 'string') end = writeLatin1(data, end, o);
        else {
          // A loop, not set(subarray()): most are a few dozen bytes, and a view is an object each.
          const stop = this.spanEnd[num - 1] as number;
          for (let j = o; j < stop; j++) data[end++] = sunk[j] as number;
        }
      });
      const obj: StreamObj = { dict: `/Type /ObjStm /N ${nums.length} /First ${first}`, data, flate: true };
      return { nums, obj };
    });
    const all = [...streams, ...objStms.map((s) => s.obj)];
    const packed = await Promise.all(all.map((s) => (s.flate && deflate ? deflate(s.data) : null)));
    const encoded = new Map(all.map((s, i) => [s, packed[i] ?? null]));

    pushText('%PDF-1.7\n%\u0081\u0081\u0081\u0081\n\n');
    const writeStream = (num: number, s: StreamObj): void => {
      xrefType[num] = 1;
      xrefA[num] = size;
      const data = encoded.get(s) ?? s.data;
      const filter = encoded.get(s) ? ' /Filter /FlateDecode' : '';
      pushText(`${num} 0 obj\n<<${s.dict ? ` ${s.dict}` : ''}${filter} /Length ${data.length} >>\nstream\n`);
      push(data);
      pushText('\nendstream\nendobj\n\n');
    };
    this.objects.forEach((o, i) => {
      if (typeof o === 'object') writeStream(i + 1, o);
    });
    let next = this.objects.length + 1;
    for (const { nums, obj } of objStms) {
      const num = next++;
      for (const n of nums) xrefA[n] = num;
      writeStream(num, obj);
    }

    // Cross-reference stream: type (1 byte), offset or object stream (4), generation or index (2).
    const xrefNum = next++;
    xrefType[xrefNum] = 1;
    xrefA[xrefNum] = size;
    const rows = new Uint8Array(7 * next);
    const rv = new DataView(rows.buffer);
    rv.setUint16(5, 0xffff); // object 0: free, generation 65535
    for (let n = 1; n < next; n++) {
      rows[7 * n] = xrefType[n] as number;
      rv.setUint32(7 * n + 1, xrefA[n] as number);
      rv.setUint16(7 * n + 5, xrefB[n] as number);
    }
    const rowsOut = deflate ? await deflate(rows) : null;
    const xrefStart = size;
    pushText(
      `${xrefNum} 0 obj\n<< /Type /XRef /Size ${next} /W [ 1 4 2 ] ${trailer}` +
        `${rowsOut ? ' /Filter /FlateDecode' : ''} /Length ${(rowsOut ?? rows).length} >>\nstream\n`,
    );
    push(rowsOut ?? rows);
    pushText(`\nendstream\nendobj\n\nstartxref\n${xrefStart}\n%%EOF`);

    const out = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

type NodeBufferBytes = Uint8Array & { write(s: string, offset: number, encoding: 'latin1'): number };
type NodeBuffer = {
  from(s: string, encoding: 'latin1'): Uint8Array;
  allocUnsafe(n: number): NodeBufferBytes;
};
// Node's Buffer converts in native code, several times faster than a JS loop on the ~10 KB page
// streams; reached like deflate.ts reaches zlib, so this module stays browser-safe.
const NodeBuffer = (
  (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.(
    'node:buffer',
  ) as { Buffer?: NodeBuffer } | undefined
)?.Buffer;

/** A byte array to fill with writeLatin1: a Node Buffer when there is one (its `write` is native). */
function byteArray(n: number): Uint8Array {
  return NodeBuffer ? NodeBuffer.allocUnsafe(n) : new Uint8Array(n);
}

/** Writes `s` (characters below U+0100) into `out` (from byteArray) at `at`; returns the end. */
function writeLatin1(out: Uint8Array, at: number, s: string): number {
  const write = (out as Partial<NodeBufferBytes>).write;
  if (write && s.length > 32) return at + write.call(out, s, at, 'latin1');
  for (let i = 0; i < s.length; i++) out[at++] = s.charCodeAt(i);
  return at;
}

/** Bytes of a string whose characters are all below U+0100. */
export function latin1(s: string): Uint8Array {
  if (NodeBuffer && s.length > 64) return NodeBuffer.from(s, 'latin1');
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

const encoder = new TextEncoder();
/** UTF-8 bytes (the XMP metadata stream). */
export const utf8 = (s: string): Uint8Array => encoder.encode(s);

// ---------------------------------------------------------------- PDF syntax helpers

/** Indirect reference. */
export const ref = (num: number): string => `${num} 0 R`;

const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;

/**
 * Text string. Printable ASCII (the same bytes in PDFDocEncoding) is a literal string with its
 * three special characters escaped, a quarter of the size of the hex form; anything else is
 * UTF-16BE with a byte order mark, as hex. Either way no character can end the string early.
 */
export function textString(s: string): string {
  if (PRINTABLE_ASCII.test(s)) return `(${s.replace(/[\\()]/g, '\\$&')})`;
  let hex = '<FEFF';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `${hex}>`;
}

/** A 7-bit string as hex (URIs): nothing in it is special to the PDF parser. */
export function asciiHexString(s: string): string {
  let hex = '<';
  for (let i = 0; i < s.length; i++) hex += (s.charCodeAt(i) & 0x7f).toString(16).padStart(2, '0');
  return `${hex}>`;
}

/** Date string as pdf-lib wrote it: (D:YYYYMMDDHHmmSSZ), in UTC. */
export function dateString(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `(D:${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z)`;
}
