/**
 * The wizard's length, measured through the real screens: every public scenario answered in
 * Chromium at 390×844 (site/tests/support/answer.ts, the walk the scenario tests use). Screens
 * and answers are counted as a practice whose plan gives the organisation facts sees them: the
 * walk reviews the organisation screens (so each scenario's own organisation facts reach the
 * engine) and leaves those screens and answers out of the count. The result's height is the
 * full page height of the result screen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QUESTIONS } from '../packages/engine/src/index.ts';
import { launchChromium } from '../site/scripts/chromium.ts';
import { createStaticServer, listen } from '../site/scripts/serve.ts';
import { answerIncident, type Tally } from '../site/tests/support/answer.ts';
import { SITE_ROOT } from '../site/scripts/build-sites.ts';

export interface WalkRow {
  id: string;
  screens: number;
  answers: number;
  resultHeight: number;
  outcome: string | null;
}

const ORGANISATION = new Set(QUESTIONS.filter((q) => q.section === 'organisation').map((q) => q.id));

export async function walkScenarios(siteDir: string): Promise<WalkRow[]> {
  const dir = join(SITE_ROOT, '../fixtures/scenarios');
  const scenarios = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
  const server = createStaticServer(siteDir);
  const port = await listen(server, 0);
  const browser = await launchChromium();
  const rows: WalkRow[] = [];
  try {
    for (const s of scenarios) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        timezoneId: 'Australia/Sydney',
        locale: 'en-AU',
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      await page.clock.setFixedTime(new Date(s.now));
      await page.goto(`http://127.0.0.1:${port}/wizard.html`);
      const tally: Tally = { screens: [], answers: [] };
      await answerIncident(page, s.incident, { organisation: true, tally });
      const result = page.locator('[data-outcome]');
      await result.waitFor();
      // The notice drafts load after the banner (their own chunk): wait until they are on the
      // page, or the height depends on how fast the machine is.
      await page.waitForLoadState('networkidle');
      await page.locator('.drafts [data-draft]').first().waitFor({ state: 'attached', timeout: 30_000 });
      const keep = tally.screens.map((id) => !ORGANISATION.has(id));
      rows.push({
        id: s.id,
        screens: keep.filter(Boolean).length,
        answers: tally.answers.filter((_, i) => keep[i]).reduce((a, b) => a + b, 0),
        resultHeight: await page.evaluate(() => document.documentElement.scrollHeight),
        outcome: await result.getAttribute('data-outcome'),
      });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}
