// Every public scenario, answered through the wizard's screens, gives the engine's outcome.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assess } from '@ndb-kit/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_ROOT } from '../scripts/build-sites.ts';
import { answerIncident } from './support/answer.ts';
import { type Harness, startHarness } from './support/browser.ts';

const dir = join(SITE_ROOT, '../fixtures/scenarios');
const scenarios = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map(
    (f) =>
      JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
        id: string;
        title: string;
        now: string;
        incident: any;
        expected: { outcome: string };
      },
  );

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

describe('wizard reaches the engine outcome for every public scenario', () => {
  for (const s of scenarios) {
    it(`${s.id}: ${s.title}`, async () => {
      const engine = assess(s.incident, { now: s.now });
      expect(engine.outcome).toBe(s.expected.outcome);
      const { context, page } = await h.newPage();
      await page.clock.setFixedTime(new Date(s.now));
      await page.goto(`${h.origin}/wizard.html`);
      await answerIncident(page, s.incident, { organisation: true });
      await expect
        .poll(() => page.locator('[data-outcome]').getAttribute('data-outcome'))
        .toBe(engine.outcome);
      await context.close();
    });
  }
});
