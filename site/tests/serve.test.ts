// The tiny static server used by `pnpm start` and the browser tests.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, listen, mimeType, resolveRequestPath } from '../scripts/serve.ts';

const root = mkdtempSync(join(tmpdir(), 'ndb-serve-'));
writeFileSync(join(root, 'index.html'), '<h1>hi</h1>');
writeFileSync(join(root, 'app.js'), 'export {}');
const server = createStaticServer(root);
let base = '';
beforeAll(async () => {
  base = `http://127.0.0.1:${await listen(server, 0)}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

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

  it('answers 405 to anything but GET and HEAD', async () => {
    expect((await fetch(`${base}/index.html`, { method: 'POST' })).status).toBe(405);
  });
});
