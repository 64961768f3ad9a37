// A plan built a year after its review date still builds, and its site says so where a reader
// starts: the home page, on a phone. The clock is injected (--date), never read.
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSites, SITE_ROOT } from '../scripts/build-sites.ts';
import { launchChromium } from '../scripts/chromium.ts';
import { createStaticServer, listen } from '../scripts/serve.ts';
import { ARTIFACTS } from './support/browser.ts';

const POLICY = join(SITE_ROOT, '../policies/harbourside-family-medical.json');
const OUT = join(ARTIFACTS, 'stale');
const AHEAD = '2028-06-01';
const REVIEW = 'This plan was due for review on 15 Jan 2027.';

let server: Server;
let browser: Browser;
let origin = '';
let warnings: string[] = [];
beforeAll(async () => {
  const [site] = await buildSites({ policies: [POLICY], outDir: OUT, date: AHEAD, flat: true });
  warnings = site?.warnings ?? [];
  server = createStaticServer(OUT);
  origin = `http://127.0.0.1:${await listen(server, 0)}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

describe('a site built a year after its review date', () => {
  it('builds, with the warnings reported to the caller', () => {
    expect(
      warnings.some((w) => /\/plan\/nextReview: warning: the plan was due for review on 15 Jan 2027/.test(w)),
    ).toBe(true);
  });

  it('shows the overdue review on the home page at 390 px, under the heading and above the call tree', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-AU' });
    const page = await context.newPage();
    await page.goto(`${origin}/index.html`);
    const alert = page.getByRole('alert', { name: 'This plan needs attention' });
    await expect(alert.isVisible()).resolves.toBe(true);
    expect(await alert.textContent()).toContain(REVIEW);
    const box = await alert.boundingBox();
    const callTree = await page.locator('#call-tree').boundingBox();
    expect(box && callTree && box.y < callTree.y && box.y < 844).toBe(true);
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true); // no sideways scrolling
    await page.screenshot({ path: join(ARTIFACTS, 'stale-home-390.png') });
    await context.close();
  });

  it('the plan page and the shipped plan.html say the same', () => {
    expect(readFileSync(join(OUT, 'plan.html'), 'utf8')).toContain(REVIEW);
    expect(readFileSync(join(OUT, 'files/plan.html'), 'utf8')).toContain(REVIEW);
  });
});
