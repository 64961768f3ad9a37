// A small static file server for a built practice site (`ndb start`, the tests, the benchmarks):
// GET/HEAD only, correct MIME types, no directory listing, no path traversal (every path is
// resolved, then its real path checked to stay in root). It never dies on a request: every
// failure is answered (400/404/405/500 or 431 for oversized headers) and logged in one line, and
// every stream has an error handler, so replacing the folder mid-request (a rebuild) is survived.
import { createHash } from 'node:crypto';
import { type FileHandle, open, realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { extname, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { createGzip, gzip as gzipCallback } from 'node:zlib';
import { headerPolicy } from './csp.ts';

const gzip = promisify(gzipCallback);

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  // WebAssembly.instantiateStreaming (the PDF shaper) refuses any other type and refetches.
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.ics': 'text/calendar; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export function mimeType(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Cache-Control by the file's path relative to the site root (the same rules as deploy/nginx.conf):
 * - `_astro/*` names (also `_shared/_astro/*` under `ndb site --all`) carry a content hash, so they never change: cached for a year, immutable;
 * - everything else (pages, sw.js, files/plan.pdf, fonts) keeps its name across builds, so the
 *   browser must revalidate every time (`no-cache` + ETag: a 304 when unchanged). Anything
 *   longer would let the service worker's install, or a plain reload, read last build's bytes.
 */
export function cacheControl(relPath: string): string {
  return /(^|\/)_astro\//.test(relPath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Headers every response carries (deploy/nginx.conf sends the same). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

/** The CSP of a non-HTML response: nothing may frame it (a PDF or calendar file has no scripts). */
const FILE_CSP = "frame-ancestors 'none'";

/** The path of a request target (origin-form `/a?b` or absolute-form `http://h/a`), or null. */
export function requestPath(target: string | undefined): string | null {
  if (!target) return null;
  if (target.startsWith('/')) return target.split(/[?#]/)[0] ?? '/';
  try {
    return new URL(target).pathname;
  } catch {
    return null;
  }
}

/** Maps a request URL path to a file under root, or null if it would leave root. */
export function resolveRequestPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const target = resolve(base, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  if (target !== base && !target.startsWith(base + sep)) return null;
  return target;
}

interface Opened {
  path: string;
  handle: FileHandle;
  size: number;
  mtimeMs: number;
}

/** Opens the file a path names (`x`, `x.html`, `x/index.html`); null when there is none. */
async function openFile(root: string, path: string): Promise<Opened | null> {
  for (const candidate of [path, `${path}.html`, resolve(path, 'index.html')]) {
    const handle = await open(candidate, 'r').catch(() => null);
    if (!handle) continue;
    const info = await handle.stat().catch(() => null);
    // The real path must stay in root too (a symlink in the folder must not reach outside it).
    const real = info?.isFile() ? await realpath(candidate).catch(() => null) : null;
    const realRoot = await realpath(root).catch(() => null);
    if (info && real && realRoot && (real === realRoot || real.startsWith(realRoot + sep)))
      return { path: candidate, handle, size: info.size, mtimeMs: info.mtimeMs };
    await handle.close().catch(() => {});
  }
  return null;
}

export interface StaticServerOptions {
  /** One line per refused or failed request (default: stderr). */
  log?: (line: string) => void;
}

class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad request',
  404: 'Not found',
  405: 'Method not allowed',
  500: 'Internal server error',
};

// A client that goes away mid-response is not an error worth a log line.
const isClientGone = (error: unknown) =>
  ['ERR_STREAM_PREMATURE_CLOSE', 'ECONNRESET', 'EPIPE'].includes(
    (error as NodeJS.ErrnoException)?.code ?? '',
  );

export function createStaticServer(root: string, options: StaticServerOptions = {}): Server {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const describe = (req: IncomingMessage) =>
    `${req.method ?? '?'} ${JSON.stringify(String(req.url ?? '').slice(0, 200))}`;

  const server = createServer((req, res) => {
    handle(root, req, res).catch((error: unknown) => {
      if (isClientGone(error)) return;
      const status = error instanceof HttpError ? error.status : 500;
      const reason = error instanceof Error ? error.message : String(error);
      log(`ndb serve: ${status} ${describe(req)}: ${reason.split('\n')[0]}`);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const text = STATUS_TEXT[status] ?? 'Error';
      res.writeHead(status, {
        ...SECURITY_HEADERS,
        'content-security-policy': FILE_CSP,
        'content-type': 'text/plain; charset=utf-8',
        'cache-control': 'no-store',
        ...(status === 405 ? { allow: 'GET, HEAD' } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : `${text}\n`);
    });
  });
  // Unparseable requests (bad request line, oversized headers) never reach the handler.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    log(`ndb serve: ${tooLarge ? 431 : 400} unparseable request: ${error.code ?? error.message}`);
    socket.end(
      `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`,
    );
  });
  return server;
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'method not allowed');
  const urlPath = requestPath(req.url);
  if (urlPath === null) throw new HttpError(400, 'not a request path');
  const path = resolveRequestPath(root, urlPath);
  if (!path) throw new HttpError(400, 'bad percent-encoding or a path outside the site');
  // Nothing hidden is served (ndb's output marker .ndb-output.json, an editor's .swp, a .git),
  // as in deploy/nginx.conf; checked on the decoded path.
  if (
    relative(root, path)
      .split(sep)
      .some((part) => part.startsWith('.'))
  )
    throw new HttpError(404, 'hidden file');
  // A rebuild swaps the folder (remove, then rename): a request that falls in the gap retries once.
  const file =
    (await openFile(root, path)) ??
    (await new Promise((wait) => setTimeout(wait, 100)).then(() => openFile(root, path)));
  if (!file) throw new HttpError(404, 'no such file');
  try {
    await send(root, file, req, res);
  } finally {
    await file.handle.close().catch(() => {});
  }
}

async function send(root: string, file: Opened, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const type = mimeType(file.path);
  const rel = relative(resolve(root), file.path).split(sep).join('/');
  const etag = `"${createHash('sha256').update(`${file.size}:${file.mtimeMs}:${rel}`).digest('hex').slice(0, 20)}"`;
  // Compress text on the fly: on a slow phone connection it is most of the load time.
  const gzipIt =
    /^(text\/|application\/(json|manifest)|image\/svg|font\/ttf)/.test(type) &&
    /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const isHtml = type.startsWith('text/html');
  // An HTML page is read whole (pages are small): its header CSP repeats the page's own meta CSP
  // (with the build's script hashes) and adds what a meta CSP cannot say (frame-ancestors).
  const html = isHtml ? await file.handle.readFile() : null;
  const headers: Record<string, string> = {
    ...SECURITY_HEADERS,
    'content-type': type,
    'content-security-policy': html ? headerPolicy(html.toString('utf8')) : FILE_CSP,
    'cache-control': cacheControl(rel),
    etag,
    'last-modified': new Date(file.mtimeMs).toUTCString(),
    ...(gzipIt ? { 'content-encoding': 'gzip' } : {}),
    vary: 'accept-encoding',
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  if (html) {
    const body = gzipIt ? await gzip(html) : html;
    res.writeHead(200, { ...headers, 'content-length': String(body.length) });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  if (!gzipIt) headers['content-length'] = String(file.size);
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = file.handle.createReadStream({ autoClose: false, start: 0 });
  // pipeline wires every stream's 'error' and destroys the others on failure.
  if (gzipIt) await pipeline(stream, createGzip(), res);
  else await pipeline(stream, res);
}

/** Listens on the first free port from `port` upwards; resolves with the port used. */
export async function listen(server: Server, port: number, host = '127.0.0.1', tries = 20): Promise<number> {
  for (let p = port; p < port + tries; p++) {
    const ok = await new Promise<boolean>((done, fail) => {
      const onError = (error: NodeJS.ErrnoException) => {
        server.off('listening', onListening);
        if (error.code === 'EADDRINUSE' || error.code === 'EACCES') done(false);
        else fail(error);
      };
      const onListening = () => {
        server.off('error', onError);
        done(true);
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(p, host);
    });
    if (ok) {
      const address = server.address();
      return typeof address === 'object' && address ? address.port : p;
    }
  }
  throw new Error(`no free port between ${port} and ${port + tries - 1}`);
}
