/**
 * Choosing the FlateDecode compressor. Compression is a large share of render time, so:
 *
 * 1. a caller-supplied `compress` (any zlib/RFC 1950 implementation) wins;
 * 2. on Node, its native zlib, reached through `process.getBuiltinModule` (Node ≥ 22.3) rather
 *    than an import, so this module stays browser-safe and bundlers see no node: import: one
 *    reused zlib context (reusedContext), else zlib.deflateSync.
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

type NodeZlib = {
  deflateSync: (b: Uint8Array, o?: { level?: number }) => Uint8Array;
  createDeflate?: (o?: { level?: number }) => unknown;
  constants?: { Z_FINISH?: number };
};

function nodeZlib(): NodeZlib | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const zlib = proc?.getBuiltinModule?.('node:zlib') as NodeZlib | undefined;
  return typeof zlib?.deflateSync === 'function' ? zlib : undefined;
}

/** The native zlib context behind a Node zlib stream (node:zlib's own `processChunkSync` drives it so). */
interface ZlibHandle {
  writeSync(
    flush: number,
    input: Uint8Array,
    inOff: number,
    inLen: number,
    out: Uint8Array,
    outOff: number,
    outLen: number,
  ): void;
  reset(): void;
}

/**
 * One zlib context for every stream of every render, reset between streams (deflateReset: the
 * same state as a new context, so the same bytes as deflateSync with the same level). Each
 * deflateSync builds a zlib Transform stream, a native context with ~260 KB of window and hash
 * tables, and a 16 KB output chunk, then frees them: for ~48 streams a render that was ~10 % of
 * the compression time, and garbage. The context is node:zlib's internal `_handle` (its
 * `writeSync` is what deflateSync itself calls), so this checks the shape it needs and that a
 * probe comes out exactly as deflateSync's; anything else falls back to deflateSync.
 */
function reusedContext(zlib: NodeZlib): Deflate | undefined {
  const stream = zlib.createDeflate?.({ level: LEVEL }) as
    | { _handle?: ZlibHandle; _writeState?: Uint32Array; destroyed?: boolean }
    | undefined;
  const handle = stream?._handle;
  const state = stream?._writeState;
  const finish = zlib.constants?.Z_FINISH;
  if (
    typeof handle?.writeSync !== 'function' ||
    typeof handle.reset !== 'function' ||
    !(state instanceof Uint32Array) ||
    typeof finish !== 'number'
  )
    return undefined;
  // A zlib error destroys the stream (node:zlib emits it as 'error'): from then on, deflateSync.
  (stream as { on?: (e: string, f: () => void) => void }).on?.('error', () => {});
  let broken = false;
  let out = new Uint8Array(65536);
  const deflate = (b: Uint8Array): Uint8Array => {
    for (;;) {
      if (broken) return zlib.deflateSync(b, { level: LEVEL });
      handle.writeSync(finish, b, 0, b.byteLength, out, 0, out.length);
      if (stream?.destroyed) {
        broken = true;
        continue;
      }
      // availOut 0: the output did not fit; start again with twice the room.
      const availOut = state[0] as number;
      handle.reset();
      if (availOut > 0) return out.slice(0, out.length - availOut);
      out = new Uint8Array(out.length * 2);
    }
  };
  try {
    const probe = new Uint8Array(4096).map((_, i) => ((i * 7919) % 251) >> (i % 3));
    const a = deflate(probe);
    const b = zlib.deflateSync(probe, { level: LEVEL });
    if (a.length !== b.length || a.some((x, i) => x !== b[i])) return undefined;
  } catch {
    return undefined;
  }
  return deflate;
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
      platform =
        reusedContext(zlib) ??
        ((b) => {
          const out = zlib.deflateSync(b, { level: LEVEL });
          return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
        });
    } else platform = typeof CompressionStream === 'undefined' ? null : compressionStream;
  }
  return platform;
}
