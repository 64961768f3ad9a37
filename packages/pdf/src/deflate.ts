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

/** The output buffer every context writes into (synchronously; each result is copied out of it). */
let out = new Uint8Array(65536);

/**
 * One zlib context for every stream of one document, reset between streams. Each deflateSync
 * builds a zlib Transform stream, a native context with ~260 KB of window and hash tables, and a
 * 16 KB output chunk, then frees them: for ~48 streams a render that was ~10 % of the compression
 * time, and garbage. The context is node:zlib's internal `_handle` (its `writeSync` is what
 * deflateSync itself calls), so this checks the shape it needs; anything else falls back to
 * deflateSync.
 *
 * A context serves one document, never two. deflateReset is not a new context in every respect
 * (most likely the window, which it does not clear, keeps the earlier streams' bytes): after other
 * streams the same input can come out as different, equally valid, bytes. Within a document the
 * order of its streams is fixed by the input, so the file is still the same for the same input;
 * a context shared by a process made a document's bytes depend on the documents rendered before
 * it (`ndb site --all` in worker threads wrote a plan.pdf 2 bytes shorter than one thread did: its
 * cross-reference stream, 9,429 bytes, compressed differently after another plan's 48 streams;
 * `deflate.test.ts`). The first stream of a context gives exactly deflateSync's bytes (a probe
 * checks it once a process).
 * Released with the document (the handle is garbage-collected: 3,000 contexts, RSS flat).
 */
function reusedContext(zlib: NodeZlib): ((b: Uint8Array) => Uint8Array) | undefined {
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
  return deflate;
}

/** Whether reusedContext works here: a probe through a new context comes out as deflateSync's. */
function reusedContextWorks(zlib: NodeZlib): boolean {
  try {
    const deflate = reusedContext(zlib);
    if (!deflate) return false;
    const probe = new Uint8Array(4096).map((_, i) => ((i * 7919) % 251) >> (i % 3));
    const a = deflate(probe);
    const b = zlib.deflateSync(probe, { level: LEVEL });
    return a.length === b.length && a.every((x, i) => x === b[i]);
  } catch {
    return false;
  }
}

async function compressionStream(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Makes the compressor for one document (decided once a process): see reusedContext. */
let platform: (() => Deflate | null) | undefined;

function pickPlatform(): () => Deflate | null {
  const zlib = nodeZlib();
  if (!zlib) {
    const stream = typeof CompressionStream === 'undefined' ? null : compressionStream;
    return () => stream;
  }
  const sync: Deflate = (b) => {
    const z = zlib.deflateSync(b, { level: LEVEL });
    return new Uint8Array(z.buffer, z.byteOffset, z.byteLength);
  };
  if (!reusedContextWorks(zlib)) return () => sync;
  return () => reusedContext(zlib) ?? sync;
}

/**
 * The compressor for one document's streams: `compress` if given, else a new one of the
 * platform's (on Node a zlib context of its own, reusedContext). Call it once per document.
 */
export function pickDeflate(compress?: Deflate): Deflate | null {
  if (compress) return compress;
  platform ??= pickPlatform();
  return platform();
}
