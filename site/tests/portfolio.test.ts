// `ndb site --all`: one index page for a consultant, with where every practice stands.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { practiceStatus } from '@ndb-kit/policy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSites, SITE_ROOT } from '../scripts/build-sites.ts';
import { launchChromium } from '../scripts/chromium.ts';
import { portfolioIndexHtml } from '../scripts/portfolio-index.ts';
import { createStaticServer, listen } from '../scripts/serve.ts';
import { ARTIFACTS } from './support/browser.ts';

const POLICIES = ['harbourside-family-medical', 'mindful-psychology'].map((n) =>
  join(SITE_ROOT, `../policies/${n}.json`),
);
const OUT = join(ARTIFACTS, 'portfolio');
const HOSTILE = '<img src=x onerror=alert(1)> & "quotes" </td></tr><script>alert(2)</script>';

describe('the portfolio index page (unit)', () => {
  it('escapes every value a practice typed', () => {
    const policy = JSON.parse(readFileSync(POLICIES[0] as string, 'utf8'));
    policy.organisation.tradingName = HOSTILE;
    policy.plan.version = HOSTILE;
    const html = portfolioIndexHtml([
      {
        status: practiceStatus(policy, [], '2026-11-22'),
        banners: [],
        warnings: [`p.json /x: warning: ${HOSTILE}`],
      },
    ]);
    expect(html).not.toMatch(/<img|<script|<\/td><\/tr><script/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
    expect(html.match(/<tr>/g)).toHaveLength(2); // the header row and the practice: no injected row
  });
});

describe('ndb site --all, a year ahead', () => {
  let server: Server;
  let origin = '';
  beforeAll(async () => {
    await buildSites({ policies: POLICIES, outDir: OUT, date: '2028-06-01', index: true });
    server = createStaticServer(OUT);
    origin = `http://127.0.0.1:${await listen(server, 0)}`;
  });
  afterAll(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

  it('writes OUT/index.html with each practice’s status and a working link to its site', () => {
    const html = readFileSync(join(OUT, 'index.html'), 'utf8');
    expect(html).toContain('2 practice(s) as of 1 Jun 2028; 2 need attention.');
    expect(html).toContain(
      '<a href="./harbourside-family-medical/index.html">Harbourside Family Medical</a>',
    );
    expect(html).toContain('Overdue since 15 Jan 2027');
    expect(html).toMatch(/<strong class="bad">6 of 6<\/strong>/);
    for (const id of ['harbourside-family-medical', 'mindful-psychology'])
      expect(existsSync(join(OUT, id, 'index.html'))).toBe(true);
  });

  it('reads well at 390 px and passes axe', async () => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-AU' });
      const page = await context.newPage();
      await page.goto(`${origin}/index.html`);
      await page.getByRole('link', { name: 'Harbourside Family Medical' }).click();
      await page.waitForURL(/harbourside-family-medical\/index\.html$/);
      expect(await page.getByRole('alert', { name: 'This plan needs attention' }).textContent()).toContain(
        'This plan was due for review on 15 Jan 2027.',
      );
      await page.goto(`${origin}/index.html`);
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(result.violations.map((v) => v.id)).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, 'portfolio-390.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});

describe('ndb site --all with a hostile practice name', () => {
  it('the index escapes it', async () => {
    const policy = JSON.parse(readFileSync(POLICIES[1] as string, 'utf8'));
    policy.organisation.tradingName = HOSTILE;
    const file = join(mkdtempSync(join(tmpdir(), 'ndb-portfolio-')), 'mindful.json');
    writeFileSync(file, JSON.stringify(policy));
    const out = join(ARTIFACTS, 'portfolio-hostile');
    await buildSites({ policies: [file], outDir: out, date: '2026-11-22', index: true });
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
