// A tiny static file server for a built practice site: GET/HEAD only, correct MIME types,
// no directory listing, no path traversal (every path is resolved and checked to stay in root).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

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
  '.pdf': 'application/pdf',
  '.ics': 'text/calendar; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export function mimeType(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';
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

async function findFile(path: string): Promise<string | null> {
  for (const candidate of [path, `${path}.html`, resolve(path, 'index.html')]) {
    const info = await stat(candidate).catch(() => null);
    if (info?.isFile()) return candidate;
  }
  return null;
}

export function createStaticServer(root: string): Server {
  return createServer(async (req, res) => {
    const send = (status: number, text: string) => {
      res.writeHead(status, {
        'content-type': 'text/plain; charset=utf-8',
        'x-content-type-options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : text);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed');
    const path = resolveRequestPath(root, new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!path) return send(400, 'Bad request');
    const file = await findFile(path);
    if (!file) return send(404, 'Not found');
    const type = mimeType(file);
    // Compress text on the fly: on a slow phone connection it is most of the load time.
    const gzip =
      /^(text\/|application\/(json|manifest)|image\/svg|font\/ttf)/.test(type) &&
      /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, {
      'content-type': type,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      // The service worker must always be revalidated so a new build is picked up.
      'cache-control': file.endsWith('sw.js') || file.endsWith('.html') ? 'no-cache' : 'public, max-age=3600',
    });
    if (req.method === 'HEAD') return res.end();
    if (gzip) createReadStream(file).pipe(createGzip()).pipe(res);
    else createReadStream(file).pipe(res);
  });
}

/** Listens on the first free port from `port` upwards; resolves with the port used. */
export async function listen(server: Server, port: number, host = '127.0.0.1', tries = 20): Promise<number> {
  for (let p = port; p < port + tries; p++) {
    const ok = await new Promise<boolean>((done) => {
      const onError = (error: NodeJS.ErrnoException) => {
        server.off('listening', onListening);
        if (error.code === 'EADDRINUSE' || error.code === 'EACCES') done(false);
        else throw error;
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
