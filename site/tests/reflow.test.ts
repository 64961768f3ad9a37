// Every page of the plan site fits a phone: nothing wider than the viewport at 320 and 390 CSS px
// (WCAG 1.4.10 reflow). Wide tables scroll inside their own labelled region instead.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_DIR, type Harness, startHarness } from './support/browser.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

describe('reflow on a phone', () => {
  it('no page scrolls sideways at 320 or 390 px', async () => {
    const pages = readdirSync(BUILD_DIR).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    const wide: string[] = [];
    for (const width of [320, 390]) {
      const { context, page } = await h.newPage();
      await page.setViewportSize({ width, height: 800 });
      for (const p of pages) {
        await page.goto(`${h.origin}/${p}`);
        const w = await page.evaluate(() => document.documentElement.scrollWidth);
        if (w > width + 1) wide.push(`${p} @${width}px: ${w}px`);
      }
      await context.close();
    }
    expect(wide).toEqual([]);
  });
});
