// `ndb site --all` writes the assets every practice shares once, in OUT/_shared/: a practice's
// wizard still runs (its scripts from ../_shared/_astro/), its offline copy precaches the fonts of
// its own scripts from ../_shared/fonts/, a font it lacks is fetched from there through the
// service worker and kept offline, and `selfContained` puts everything back in each folder.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSites, SHARED_DIR, SITE_ROOT } from '../scripts/build-sites.ts';
import { launchChromium } from '../scripts/chromium.ts';
import { createStaticServer, listen } from '../scripts/serve.ts';
import { ARTIFACTS } from './support/browser.ts';
import { BUILD_DATE } from './support/global-setup.ts';

const POLICIES = ['harbourside-family-medical', 'mindful-psychology'].map((id) =>
  join(SITE_ROOT, `../policies/${id}.json`),
);
const OUT = join(ARTIFACTS, 'shared-assets');
const ALONE = join(ARTIFACTS, 'shared-assets-self-contained');

let server: Server;
let browser: Browser;
let origin = '';

beforeAll(async () => {
  await buildSites({ policies: POLICIES, outDir: OUT, date: BUILD_DATE, index: true });
  server = createStaticServer(OUT, { log: () => {} });
  origin = `http://127.0.0.1:${await listen(server, 0)}`;
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

describe('ndb site --all: one copy of the shared assets', () => {
  it('writes _astro/ and the fonts once, and each practice only its pages, files and Latin fonts', () => {
    expect(readdirSync(join(OUT, SHARED_DIR)).sort()).toEqual(['_astro', 'fonts']);
    for (const id of ['harbourside-family-medical', 'mindful-psychology']) {
      expect(existsSync(join(OUT, id, '_astro'))).toBe(false);
      expect(readdirSync(join(OUT, id, 'fonts')).sort()).toEqual([
        'NotoSans_400Regular.ttf',
        'NotoSans_700Bold.ttf',
      ]);
      const wizard = readFileSync(join(OUT, id, 'wizard.html'), 'utf8');
      const scripts = [...wizard.matchAll(/(?:src|href)="(\.\.\/_shared\/_astro\/[^"]+)"/g)].map(
        (m) => m[1]!,
      );
      expect(scripts.length).toBeGreaterThan(0);
      for (const s of scripts) expect(existsSync(join(OUT, id, s)), s).toBe(true);
    }
    // The example names a person in Chinese: its offline copy keeps the CJK fonts, from _shared.
    const sw = readFileSync(join(OUT, 'harbourside-family-medical/sw.js'), 'utf8');
    expect(sw).toContain('"../_shared/fonts/NotoSansSC_400Regular.ttf"');
    expect(readFileSync(join(OUT, 'mindful-psychology/sw.js'), 'utf8')).not.toContain('NotoSansSC');
  });

  it('runs the wizard from the shared scripts and fetches a missing font through the service worker, offline too', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-AU' });
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().includes('/fonts/')) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${origin}/mindful-psychology/wizard.html`);
    await page.waitForSelector('#wizard-root[data-ready="true"]', { timeout: 60_000 });
    await page.waitForFunction(
      async () => {
        const reg = await navigator.serviceWorker.ready;
        return !!reg.active && !!navigator.serviceWorker.controller;
      },
      undefined,
      { timeout: 30_000 },
    );
    expect(failed).toEqual([]);
    const font = 'NotoSansKR_400Regular.ttf'; // in no practice folder: only in _shared/fonts/
    expect(existsSync(join(OUT, 'mindful-psychology/fonts', font))).toBe(false);
    const size = (url: string) =>
      page.evaluate(
        (u) => fetch(u).then((r) => (r.ok ? r.arrayBuffer().then((b) => b.byteLength) : -r.status)),
        url,
      );
    const bytes = readFileSync(join(OUT, SHARED_DIR, 'fonts', font)).length;
    expect(await size(`./fonts/${font}`)).toBe(bytes);
    await context.setOffline(true);
    expect(await size(`./fonts/${font}`)).toBe(bytes);
    await context.close();
  }, 120_000);

  it('copies everything into each practice folder with selfContained', async () => {
    await buildSites({
      policies: POLICIES,
      outDir: ALONE,
      date: BUILD_DATE,
      index: true,
      selfContained: true,
    });
    expect(existsSync(join(ALONE, SHARED_DIR))).toBe(false);
    const dir = join(ALONE, 'mindful-psychology');
    expect(readdirSync(join(dir, 'fonts'))).toContain('NotoSansKR_400Regular.ttf');
    const wizard = readFileSync(join(dir, 'wizard.html'), 'utf8');
    expect(wizard).not.toContain('_shared');
    for (const [, s] of wizard.matchAll(/src="\.\/(_astro\/[^"]+)"/g))
      expect(existsSync(join(dir, s!)), s).toBe(true);
  }, 300_000);
});
