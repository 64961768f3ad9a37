// A small deterministic ZIP writer (APPNOTE 6.3.x, DEFLATE entries, no ZIP64) for the .docx files.
// Why not the `docx` package's own zip (fflate): its DEFLATE is JavaScript and was ~25% of a
// .docx's cost (plan + 10 notices per practice); node:zlib's native deflateRaw at the same level
// does it several times faster (bench/generate.ts; docs/build-outputs.md). Every entry is stamped
// with noon of the build date, never the clock, so the same input gives the same bytes.
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';

const encoder = new TextEncoder();

// zlib.crc32 arrived in Node 22.2; the packed CLI also runs on Node 20, so a table fallback.
let table: Uint32Array | undefined;
export function crc32Js(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = (table[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
const nativeCrc = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
export const crc32 = (data: Uint8Array): number => (nativeCrc ? nativeCrc(data) : crc32Js(data)) >>> 0;

/** MS-DOS date and time of noon on `date` (YYYY-MM-DD), as ZIP headers hold them. */
function dosStamp(date: string): { time: number; date: number } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return { time: 12 << 11, date: ((y - 1980) << 9) | (m << 5) | d };
}

/** An entry's content already DEFLATEd, with its CRC and size: a part every document shares is compressed once per process. */
export interface Deflated {
  readonly crc: number;
  readonly size: number;
  readonly data: Uint8Array;
}

/** The content as a ZIP entry body: DEFLATE at level 6, as fflate's default. */
export function deflated(content: string | Uint8Array): Deflated {
  const raw = typeof content === 'string' ? encoder.encode(content) : content;
  return { crc: crc32(raw), size: raw.length, data: zlib.deflateRawSync(raw, { level: 6 }) };
}

const deflateRawAsync = promisify(zlib.deflateRaw);

/**
 * `deflated` on libuv's thread pool, the same bytes: the build goes on (the plan's PDF, the next
 * notice) on the main thread while a large part is compressed on the machine's other core.
 */
export async function deflatedAsync(content: string | Uint8Array): Promise<Deflated> {
  const raw = typeof content === 'string' ? encoder.encode(content) : content;
  const data = await deflateRawAsync(raw, { level: 6 });
  return { crc: crc32(raw), size: raw.length, data };
}

/**
 * The files, in the order given, as one ZIP archive; each entry DEFLATEd (level 6, as fflate's
 * default; or given already compressed by `deflated`) and stamped with noon of `date`.
 */
export function zipFiles(
  files: Iterable<[string, string | Uint8Array | Deflated]>,
  date: string,
): Uint8Array {
  const stamp = dosStamp(date);
  const entries: { name: Uint8Array; crc: number; size: number; data: Uint8Array; offset: number }[] = [];
  let offset = 0;
  for (const [path, content] of files) {
    const { crc, size, data } =
      typeof content === 'string' || content instanceof Uint8Array ? deflated(content) : content;
    const name = encoder.encode(path);
    entries.push({ name, crc, size, data, offset });
    offset += 30 + name.length + data.length;
  }
  const centralSize = entries.reduce((n, e) => n + 46 + e.name.length, 0);
  const out = new Uint8Array(offset + centralSize + 22);
  const v = new DataView(out.buffer);
  // General purpose flag bit 11: names are UTF-8 (only when one is not ASCII, as fflate does).
  const utf8 = (name: Uint8Array) => (name.some((b) => b > 0x7f) ? 0x800 : 0);
  for (const e of entries) {
    const at = e.offset;
    v.setUint32(at, 0x04034b50, true);
    v.setUint16(at + 4, 20, true); // version needed: 2.0 (DEFLATE)
    v.setUint16(at + 6, utf8(e.name), true);
    v.setUint16(at + 8, 8, true); // DEFLATE
    v.setUint16(at + 10, stamp.time, true);
    v.setUint16(at + 12, stamp.date, true);
    v.setUint32(at + 14, e.crc, true);
    v.setUint32(at + 18, e.data.length, true);
    v.setUint32(at + 22, e.size, true);
    v.setUint16(at + 26, e.name.length, true);
    v.setUint16(at + 28, 0, true);
    out.set(e.name, at + 30);
    out.set(e.data, at + 30 + e.name.length);
  }
  let at = offset;
  for (const e of entries) {
    v.setUint32(at, 0x02014b50, true);
    v.setUint16(at + 4, 20, true); // made by: MS-DOS, 2.0
    v.setUint16(at + 6, 20, true);
    v.setUint16(at + 8, utf8(e.name), true);
    v.setUint16(at + 10, 8, true);
    v.setUint16(at + 12, stamp.time, true);
    v.setUint16(at + 14, stamp.date, true);
    v.setUint32(at + 16, e.crc, true);
    v.setUint32(at + 20, e.data.length, true);
    v.setUint32(at + 24, e.size, true);
    v.setUint16(at + 28, e.name.length, true);
    // extra, comment, disk, internal and external attributes: zero (the array is zero-filled)
    v.setUint32(at + 42, e.offset, true);
    out.set(e.name, at + 46);
    at += 46 + e.name.length;
  }
  v.setUint32(at, 0x06054b50, true);
  v.setUint16(at + 8, entries.length, true);
  v.setUint16(at + 10, entries.length, true);
  v.setUint32(at + 12, centralSize, true);
  v.setUint32(at + 16, offset, true);
  return out;
}
