// A plan built a year after its review date still builds, and its site says so where a reader
// starts: the home page, on a phone. The clock is injected (--date), never read.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSites, SITE_ROOT } from '../scripts/build-sites.ts';
import { launchChromium } from '../scripts/chromium.ts';
import { createStaticServer, listen } from '../scripts/serve.ts';
import { ARTIFACTS } from './support/browser.ts';

const EXAMPLE = join(SITE_ROOT, '../policies/harbourside-family-medical.json');
const HOSTILE = '<img src=x onerror=alert(1)> </details><script>alert(2)</script> {{x}}';
const OUT = join(ARTIFACTS, 'stale');
const AHEAD = '2028-06-01';
const REVIEW = 'This plan was due for review on 15 Jan 2027.';

let server: Server;
let browser: Browser;
let origin = '';
let warnings: string[] = [];
beforeAll(async () => {
  // The example with one more drill held, its notes hostile, and the tabletop held in May 2028.
  const policy = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
  policy.drills[0].held.push({
    date: '2028-05-10',
    attendees: [HOSTILE],
    notes: `${HOSTILE}\nline two`,
    changes: HOSTILE,
  });
  const file = join(mkdtempSync(join(tmpdir(), 'ndb-stale-')), 'harbourside-family-medical.json');
  writeFileSync(file, JSON.stringify(policy));
  const [site] = await buildSites({ policies: [file], outDir: OUT, date: AHEAD, flat: true });
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

  it('the drills page: overdue drills marked, the one held on time is not, the log is literal text', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-AU' });
    const page = await context.newPage();
    await page.goto(`${origin}/drills.html`);
    const statuses = await page
      .locator('[data-drill-status]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-drill-status')));
    // The tabletop (first) was held on 10 May 2028 for its 9 May date; every other drill is overdue.
    expect(statuses).toEqual(['ok', 'overdue', 'overdue', 'overdue', 'overdue', 'overdue']);
    expect(await page.locator('main').textContent()).toContain('5 drills are overdue.');
    await page.locator('details summary').first().click();
    const log = (await page.locator('.drill-log').first().textContent()) ?? '';
    expect(log).toContain(HOSTILE);
    expect(await page.locator('main img, main script').count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'stale-drills-390.png'), fullPage: true });
    await context.close();
  });

  it('the plan page and the shipped plan.html say the same', () => {
    expect(readFileSync(join(OUT, 'plan.html'), 'utf8')).toContain(REVIEW);
    expect(readFileSync(join(OUT, 'files/plan.html'), 'utf8')).toContain(REVIEW);
  });
});

// `ndb start` is the CLI's; it runs here, with the other site builds (one at a time), as a user
// would run it: a child process, the clock given with --date.
describe('ndb start with a clock a year ahead', () => {
  it('builds, prints the warnings, serves the site, and the home page shows the overdue review', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ndb-start-'));
    const child = spawn(
      process.execPath,
      [
        join(SITE_ROOT, '../packages/cli/src/bin.ts'),
        'start',
        '--date',
        '2028-06-01',
        '--port',
        '0',
        '--out',
        out,
      ],
      { cwd: join(SITE_ROOT, '..'), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    try {
      const url = await new Promise<string>((done, fail) => {
        child.stdout.on('data', (d) => {
          stdout += d;
          const m = /Serving the plan site at (http:\/\/localhost:\d+\/)/.exec(stdout);
          if (m) done(m[1] as string);
        });
        child.on('exit', (code) => fail(new Error(`ndb start exited ${code}: ${stderr}`)));
      });
      expect(stderr).toMatch(/\/plan\/nextReview: warning: the plan was due for review on 15 Jan 2027/);
      const home = await (await fetch(url)).text();
      expect(home).toContain('This plan was due for review on 15 Jan 2027.');
    } finally {
      child.kill('SIGTERM');
    }
  }, 180_000);
});
