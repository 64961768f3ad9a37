// A rebuilt plan reaches a reader who has the offline copy: build v1, visit it (the service worker
// installs), rebuild v2 with a changed phone number while it is being served, reload once. The
// page shows the new number, the page says a newer version was installed, every cached file
// (plan.pdf and plan.md included) holds v2's bytes, and the site still works offline.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSites, SITE_ROOT } from '../scripts/build-sites.ts';
import { launchChromium } from '../scripts/chromium.ts';
import { createStaticServer, listen } from '../scripts/serve.ts';
import { ARTIFACTS } from './support/browser.ts';
import { BUILD_DATE } from './support/global-setup.ts';

const EXAMPLE = join(SITE_ROOT, '../policies/harbourside-family-medical.json');
const OUT = join(ARTIFACTS, 'offline-update');
const OLD_PHONE = '0491 570 156';
const NEW_PHONE = '0491 570 313'; // in no policy: its presence proves the new build

let server: Server;
let browser: Browser;
let origin = '';
const work = mkdtempSync(join(tmpdir(), 'ndb-offline-update-'));

async function build(phone: string): Promise<string> {
  const policy = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
  const person = policy.people.find((p: { id: string }) => p.id === 'anna-lee');
  person.phone = phone;
  person.afterHoursPhone = phone;
  const file = join(work, 'harbourside-family-medical.json');
  writeFileSync(file, JSON.stringify(policy));
  const [site] = await buildSites({ policies: [file], outDir: OUT, date: BUILD_DATE, flat: true });
  return site!.version;
}

beforeAll(async () => {
  await build(OLD_PHONE);
  server = createStaticServer(OUT, { log: () => {} });
  origin = `http://127.0.0.1:${await listen(server, 0)}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

/** The SHA-256 of what a cache entry holds, computed in the page. */
const cachedSha = (path: string) => `caches.match(new URL(${JSON.stringify(path)}, location.href).href)
  .then((r) => r ? r.arrayBuffer() : null)
  .then((b) => b ? crypto.subtle.digest('SHA-256', b) : null)
  .then((d) => d ? Array.from(new Uint8Array(d), (c) => c.toString(16).padStart(2, '0')).join('') : null)`;
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('offline copy after a rebuild', () => {
  it('shows the new plan on the first reload, caches only the new files, and still works offline', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-AU' });
    const page = await context.newPage();
    await page.goto(`${origin}/contacts.html`);
    await page.waitForFunction(
      async () => {
        const reg = await navigator.serviceWorker.ready;
        return !!reg.active && !!navigator.serviceWorker.controller;
      },
      undefined,
      { timeout: 30_000 },
    );
    expect(await page.locator('main').textContent()).toContain(OLD_PHONE);
    const oldPdf = readFileSync(join(OUT, 'files/plan.pdf'));
    // The HTTP cache holds v1 of these too: read them through the page once.
    await page.evaluate(() => Promise.all(['./files/plan.pdf', './files/plan.md'].map((u) => fetch(u))));

    const version = await build(NEW_PHONE);
    const newPdf = readFileSync(join(OUT, 'files/plan.pdf'));
    const newMd = readFileSync(join(OUT, 'files/plan.md'));
    expect(newPdf.equals(oldPdf)).toBe(false);
    expect(newMd.toString('utf8')).toContain(NEW_PHONE);

    await page.reload();
    // First reload: the new number, not the cached one.
    expect(await page.locator('main').textContent()).toContain(NEW_PHONE);
    expect(await page.locator('main').textContent()).not.toContain(OLD_PHONE);
    // The new worker takes over; the page says a newer version was installed.
    await expect
      .poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 })
      .toEqual([`ndb-site-${version}`]);
    const notice = page.getByRole('status').filter({ hasText: 'A newer version of this plan was installed' });
    await notice.waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'offline-update-notice.png') });
    // Every cached file is v2's: the PDF and the Markdown byte for byte.
    expect(await page.evaluate(cachedSha('./files/plan.pdf'))).toBe(sha(newPdf));
    expect(await page.evaluate(cachedSha('./files/plan.md'))).toBe(sha(newMd));
    expect(await page.evaluate(cachedSha('./contacts.html'))).toBe(
      sha(readFileSync(join(OUT, 'contacts.html'))),
    );

    // Offline: the pages and the PDF come from the new cache.
    await context.setOffline(true);
    await page.reload();
    expect(await page.locator('main').textContent()).toContain(NEW_PHONE);
    const offlinePdf = await page.evaluate(() =>
      fetch('./files/plan.pdf')
        .then((r) => r.arrayBuffer())
        .then((b) => b.byteLength),
    );
    expect(offlinePdf).toBe(newPdf.length);
    await context.close();
  }, 300_000); // two site builds on a shared machine

  it('runs no script the CSP refuses on any page, and links the drill calendar as webcal://', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-AU' });
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) refused.push(`${page.url()}: ${m.text()}`);
    });
    for (const name of readdirSync(OUT).filter((f) => f.endsWith('.html') && f !== 'wizard-offline.html')) {
      const response = await page.goto(`${origin}/${name}`);
      const csp = response?.headers()['content-security-policy'] ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      // Only the wizard may compile WebAssembly (its record PDF's text shaper).
      const wasm = name === 'wizard.html' ? " 'wasm-unsafe-eval'" : '';
      expect(scriptSrc).toMatch(new RegExp(`^script-src 'self'${wasm}( 'sha256-[A-Za-z0-9+/=]+')+$`));
    }
    expect(refused).toEqual([]);
    await page.goto(`${origin}/drills.html`);
    const subscribe = page.getByRole('link', { name: 'Subscribe to the drill calendar' });
    expect(await subscribe.getAttribute('href')).toBe(
      `${origin.replace('http:', 'webcal:')}/files/drills.ics`,
    );
    expect(await subscribe.isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'drills-subscribe.png') });
    // The inline script that made the link is the one the CSP hashes: an injected one is refused.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.injected = true';
      document.body.append(s);
    });
    expect(await page.evaluate(() => (window as { injected?: boolean }).injected)).toBeUndefined();
    expect(refused.length).toBeGreaterThan(0); // the browser reported the refusal
    await context.close();
  });
});
