// The small static server used by `ndb start` and the browser tests: it answers every request,
// however malformed, logs one line per refusal, and survives its folder being replaced under load.
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerPolicy, scriptHashes, withScriptHashes } from '../scripts/csp.ts';
import { cacheControl, createStaticServer, listen, mimeType, resolveRequestPath } from '../scripts/serve.ts';

const root = mkdtempSync(join(tmpdir(), 'ndb-serve-'));
const PAGE = `<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'"><h1>hi</h1><script>console.log(1)</script>`;
writeFileSync(join(root, 'index.html'), withScriptHashes(PAGE));
writeFileSync(join(root, 'app.js'), 'export {}');
mkdirSync(join(root, 'files'));
writeFileSync(join(root, 'files', 'plan.pdf'), '%PDF-1.7 test');
const logged: string[] = [];
const server = createStaticServer(root, { log: (line) => logged.push(line) });
let port = 0;
let base = '';
beforeAll(async () => {
  port = await listen(server, 0);
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** Sends bytes over a raw socket and resolves with everything the server wrote back until it
 * closed the connection (every request here says `Connection: close` or cannot be parsed). */
function raw(request: string): Promise<string> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let reply = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => {
      reply += chunk;
    });
    socket.on('error', fail);
    socket.on('close', () => done(reply));
  });
}

const statusOf = (reply: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(reply)?.[1]);

describe('static server', () => {
  it('serves files with the right MIME type, and / as index.html', async () => {
    const js = await fetch(`${base}/app.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const home = await fetch(`${base}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('hi');
    expect(mimeType('x.ics')).toMatch(/^text\/calendar/);
    expect(mimeType('x.ttf')).toBe('font/ttf');
  });

  it('refuses paths outside the root, encoded or not', async () => {
    expect(resolveRequestPath(root, '/../etc/passwd')).toBeNull();
    expect(resolveRequestPath(root, '/a/../index.html')).toBe(join(root, 'index.html'));
    expect(resolveRequestPath(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveRequestPath(root, '/a%00b')).toBeNull();
    expect(resolveRequestPath(root, '/%E0%A4%A')).toBeNull();
    const res = await fetch(`${base}/..%2f..%2fetc%2fpasswd`);
    expect(res.status).toBe(400);
  });

  it('never serves hidden files (the output marker, .git), encoded or not', async () => {
    writeFileSync(join(root, '.ndb-output.json'), '{}');
    mkdirSync(join(root, '.git'), { recursive: true });
    writeFileSync(join(root, '.git', 'config'), 'x');
    for (const path of ['/.ndb-output.json', '/%2endb-output.json', '/.git/config', '/files/../.git/config'])
      expect((await fetch(`${base}${path}`)).status, path).toBe(404);
  });

  it('answers 405 with Allow to anything but GET and HEAD', async () => {
    const res = await fetch(`${base}/index.html`, { method: 'POST', body: 'x' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });

  it('sends the security headers; a page’s CSP header is its meta policy plus frame-ancestors', async () => {
    const page = await fetch(`${base}/index.html`);
    const html = await page.text();
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toBe(headerPolicy(html));
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain(scriptHashes(html)[0]);
    expect(csp).not.toContain('unsafe-inline');
    for (const url of [`${base}/index.html`, `${base}/files/plan.pdf`, `${base}/missing`]) {
      const res = await fetch(url);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
  });

  it('sends Cache-Control a service worker can update from, and 304 for an unchanged ETag', async () => {
    expect(cacheControl('_astro/wizard.Ab12Cd.js')).toMatch(/immutable/);
    for (const path of ['files/plan.pdf', 'index.html', 'sw.js', 'fonts/NotoSans-Regular.ttf'])
      expect(cacheControl(path)).toBe('no-cache');
    const pdf = await fetch(`${base}/files/plan.pdf`);
    expect(pdf.headers.get('cache-control')).toBe('no-cache');
    const etag = pdf.headers.get('etag') ?? '';
    expect(etag).toMatch(/^".+"$/);
    const again = await fetch(`${base}/files/plan.pdf`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('answers malformed requests over a raw socket and stays up', async () => {
    const before = logged.length;
    const cases: [string, number][] = [
      ['GET http://[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 400],
      ['GET /%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 400],
      ['GET /%ZZ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 400],
      ['GET /../../../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 400],
      ['GET /files/..%2f..%2f..%2fetc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 400],
      ['GET * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 400],
      ['GET nonsense HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 400],
      [`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(40_000)}\r\n\r\n`, 431],
      ['HEAD /index.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 200],
      ['POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc', 405],
      ['DELETE /index.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 405],
      ['GET /missing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 404],
      ['BREW / HTCPCP/1.0\r\n\r\n', 400],
      ['\x00\x01\x02garbage\r\n\r\n', 400],
    ];
    for (const [request, status] of cases) {
      const reply = await raw(request);
      expect(statusOf(reply), JSON.stringify(request.slice(0, 40))).toBe(status);
    }
    // A HEAD answer has headers and no body.
    const head = await raw('HEAD /index.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(head.split('\r\n\r\n')[1]).toBe('');
    // The absolute-form target with a host still works (a proxy may send it).
    expect(
      statusOf(await raw('GET http://x/index.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')),
    ).toBe(200);
    // Every refusal was logged in one line naming its status.
    const lines = logged.slice(before);
    expect(lines.length).toBeGreaterThanOrEqual(cases.filter(([, s]) => s !== 200).length);
    for (const line of lines) expect(line).toMatch(/^ndb serve: (400|404|405|431|500) [^\n]+$/);
    expect(lines.some((l) => l.includes('"http://["'))).toBe(true);
    expect((await fetch(`${base}/`)).status).toBe(200);
  });

  it('stays up while its folder is replaced under many concurrent requests (a rebuild)', async () => {
    const site = mkdtempSync(join(tmpdir(), 'ndb-serve-rebuild-'));
    const dir = join(site, 'out');
    const writeSite = (at: string, n: number) => {
      mkdirSync(join(at, 'files'), { recursive: true });
      writeFileSync(join(at, 'index.html'), `<p>build ${n}</p>`);
      // Big enough that a response is still streaming when the folder goes away.
      writeFileSync(join(at, 'files', 'plan.pdf'), Buffer.alloc(2_000_000, n));
    };
    writeSite(dir, 0);
    const rebuildLog: string[] = [];
    const rebuilt = createStaticServer(dir, { log: (l) => rebuildLog.push(l) });
    const at = `http://127.0.0.1:${await listen(rebuilt, 0)}`;
    const statuses = new Map<number | string, number>();
    let stop = false;
    const load = async () => {
      while (!stop) {
        for (const path of ['/', '/files/plan.pdf', '/index.html']) {
          const key = await fetch(`${at}${path}`, {
            headers: { 'accept-encoding': path === '/' ? 'gzip' : '' },
          })
            .then(async (r) => {
              await r.arrayBuffer();
              return r.status;
            })
            .catch((e: Error) => e.name);
          statuses.set(key, (statuses.get(key) ?? 0) + 1);
        }
      }
    };
    const clients = Array.from({ length: 24 }, load);
    const total = () => [...statuses.values()].reduce((a, b) => a + b, 0);
    let n = 0;
    // At least 15 rebuilds, and at least 300 requests answered across them.
    while (n < 15 || total() < 300) {
      n++;
      // What build-sites does: write a temp folder, remove the old one, rename.
      const temp = `${dir}.tmp`;
      writeSite(temp, n);
      rmSync(dir, { recursive: true, force: true });
      renameSync(temp, dir);
      await new Promise((wait) => setTimeout(wait, 20));
    }
    stop = true;
    await Promise.all(clients);
    // Alive and serving the last build.
    expect(await (await fetch(`${at}/`)).text()).toBe(`<p>build ${n}</p>`);
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
    // Only clean answers: 200 or, in the gap between remove and rename, a 404 — never a 500.
    expect([...statuses.keys()].filter((k) => k !== 200 && k !== 404)).toEqual([]);
    expect(rebuildLog.filter((l) => / 500 /.test(l))).toEqual([]);
    await new Promise<void>((done) => rebuilt.close(() => done()));
    rmSync(site, { recursive: true, force: true });
  });
});

describe('content security policy', () => {
  it('hashes executable inline scripts only and replaces script-src', () => {
    const html = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'"><script>a()</script><script type="module" src="./x.js"></script><script type="application/json">{}</script><script type="module">b()</script>`;
    const hashes = scriptHashes(html);
    expect(hashes).toHaveLength(2);
    const out = withScriptHashes(html);
    expect(out).toContain(`script-src 'self' ${hashes.join(' ')}; default-src 'self'; style-src 'self'`);
    expect(out).not.toContain('unsafe-inline');
    // Tampering with a script after hashing leaves it out of the policy.
    expect(scriptHashes(out.replace('a()', 'evil()'))[0]).not.toBe(hashes[0]);
  });
});
