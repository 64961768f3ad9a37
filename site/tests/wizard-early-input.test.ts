// The first screen takes input before the wizard's script is live (src/wizard/early-input.ts):
// with the wizard's first chunk held back, the page says it takes input (<html data-early>) but is not
// live (no data-ready); answers ticked and Next pressed then are kept, and once the chunk arrives
// the wizard goes on to the second question with those answers, as if it had been live all along.
import { createServer } from 'node:http';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../scripts/serve.ts';
import { type Harness, startHarness } from './support/browser.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

/** Opens the wizard with its first chunk held until `release` is called. */
async function openHeld(): Promise<{ page: Page; release: () => void; close: () => Promise<void> }> {
  const { context, page } = await h.newPage();
  let release = () => {};
  const held = new Promise<void>((done) => {
    release = done;
  });
  await page.route(/wizard-first\.[^/]*\.js$/, async (route: Route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${h.origin}/wizard.html`, { waitUntil: 'commit' });
  await page.locator('html[data-early] #wizard-root form[data-question]').waitFor({ state: 'attached' });
  return { page, release, close: () => context.close() };
}

/** Ticks two answers of the first question and presses Next: held, and it says so (aria-busy). */
async function answerAndPressHeld(page: Page): Promise<void> {
  await page.check('#f-breach-kind-0');
  await page.check('#f-breach-cause-0');
  await page.locator('form[data-question] button[type=submit]').click();
  await expect
    .poll(() => page.locator('form[data-question] button[type=submit]').getAttribute('aria-busy'))
    .toBe('true');
}

/** Lets the rest through; once live, the held Next has taken the wizard past the first question. */
async function releaseAndGoOn(page: Page, release: () => void): Promise<void> {
  release();
  await page.locator('#wizard-root[data-ready]').waitFor({ state: 'attached' });
  await expect
    .poll(() => page.locator('form[data-question]').getAttribute('data-question'))
    .not.toBe('what_happened');
}

describe('the first screen before the wizard is live', () => {
  it('keeps the answers and the Next press, then shows the second question', async () => {
    const { page, release, close } = await openHeld();
    try {
      expect(await page.locator('#wizard-root').getAttribute('data-ready')).toBeNull();
      await answerAndPressHeld(page);
      expect(await page.locator('form[data-question]').getAttribute('data-question')).toBe('what_happened');
      await releaseAndGoOn(page, release);
      // Back on the first question: both answers were kept.
      await page.getByRole('button', { name: 'Back' }).click();
      await expect
        .poll(() => page.locator('form[data-question]').getAttribute('data-question'))
        .toBe('what_happened');
      expect(await page.isChecked('#f-breach-kind-0')).toBe(true);
      expect(await page.isChecked('#f-breach-cause-0')).toBe(true);
    } finally {
      await close();
    }
  });

  it('a Next pressed with nothing answered shows what is missing once live, and stays', async () => {
    const { page, release, close } = await openHeld();
    try {
      await page.locator('form[data-question] button[type=submit]').click();
      release();
      await page.locator('#wizard-root[data-ready]').waitFor({ state: 'attached' });
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-breach-kind-0');
      expect(await page.locator('form[data-question]').getAttribute('data-question')).toBe('what_happened');
      expect(
        await page.locator('form[data-question] button[type=submit]').getAttribute('aria-busy'),
      ).toBeNull();
    } finally {
      await close();
    }
  });

  it('"Check or change these facts" pressed early opens the organisation questions once live', async () => {
    const { page, release, close } = await openHeld();
    try {
      await page.getByRole('button', { name: 'Check or change these facts' }).click();
      release();
      await page.locator('#wizard-root[data-ready]').waitFor({ state: 'attached' });
      await expect
        .poll(() => page.locator('form[data-question]').getAttribute('data-question'))
        .not.toBe('what_happened');
    } finally {
      await close();
    }
  });

  it('holds a Next pressed on a screen painted from half the page (the rest still on its way)', async () => {
    // The page's bytes up to the end of the first question's form, then nothing until released:
    // what a slow link gives the parser, which paints what it has.
    let release = () => {};
    const rest = new Promise<void>((done) => {
      release = done;
    });
    const proxy = createServer(async (req, res) => {
      const upstream = await fetch(`${h.origin}${req.url}`);
      const body = Buffer.from(await upstream.arrayBuffer());
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? '' });
      if (!req.url?.startsWith('/wizard.html')) return res.end(body);
      const cut = body.indexOf('</form>') + '</form>'.length;
      res.write(body.subarray(0, cut));
      await rest;
      res.end(body.subarray(cut));
    });
    const port = await listen(proxy, 0);
    const { context, page } = await h.newPage();
    try {
      await page.goto(`http://127.0.0.1:${port}/wizard.html`, { waitUntil: 'commit' });
      await answerAndPressHeld(page);
      await releaseAndGoOn(page, release);
    } finally {
      release();
      await context.close();
      await new Promise((done) => proxy.close(done));
    }
  });
});
