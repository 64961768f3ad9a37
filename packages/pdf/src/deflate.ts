/**
 * Choosing the FlateDecode compressor. Compression is a large share of render time, so:
 *
 * 1. a caller-supplied `compress` (any zlib/RFC 1950 implementation) wins;
 * 2. on Node, its native zlib.deflateSync, reached through `process.getBuiltinModule` (Node ≥ 22.3)
 *    rather than an import, so this module stays browser-safe and bundlers see no node: import.
 *    Synchronous native deflate costs about half the CPU of CompressionStream, which pays for a
 *    stream, a promise chain and a thread-pool hop per PDF stream;
 * 3. otherwise the platform's CompressionStream (browsers), all streams in flight at once;
 * 4. with neither, streams are stored uncompressed.
 *
 * Output is byte-identical for identical input with the same compressor; different compressors
 * (or zlib builds) may produce different, equally valid, bytes.
 */
import type { Deflate } from './pdf-file.ts';

/**
 * Level 1. On the GP plan's streams (after the writer stopped repeating state): level 1 costs
 * 3.6 ms of CPU for 102.5 KB, level 6 (zlib's default) 6.2 ms for 92.5 KB, level 9 8.0 ms for
 * 92.1 KB (docs/pdf.md "Speed"). A tenth more bytes nobody waits for, against 2.6 ms a render.
 */
const LEVEL = 1;

type NodeZlib = { deflateSync: (b: Uint8Array, o?: { level?: number }) => Uint8Array };

function nodeZlib(): NodeZlib | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const zlib = proc?.getBuiltinModule?.('node:zlib') as NodeZlib | undefined;
  return typeof zlib?.deflateSync === 'function' ? zlib : undefined;
}

async function compressionStream(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

let platform: Deflate | null | undefined;

export function pickDeflate(compress?: Deflate): Deflate | null {
  if (compress) return compress;
  if (platform === undefined) {
    const zlib = nodeZlib();
    if (zlib) {
      platform = (b) => {
        const out = zlib.deflateSync(b, { level: LEVEL });
        return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
      };
    } else platform = typeof CompressionStream === 'undefined' ? null : compressionStream;
  }
  return platform;
}
