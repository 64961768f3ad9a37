// The top of the result is the whole answer: every live duty with its due time in the practice's
// zone, overdue in the danger style, the awareness it counted from; the calendar file carries the
// due instants with reminders that are still ahead. Issue #7/#11 findings, through the real wizard.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_ROOT } from '../scripts/build-sites.ts';
import { answerIncident } from './support/answer.ts';
import { type Harness, startHarness } from './support/browser.ts';

const fixture = (folder: string, id: string) =>
  JSON.parse(readFileSync(join(SITE_ROOT, '../fixtures', folder, `${id}.json`), 'utf8'));

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

async function result(incident: unknown, now: string) {
  const { context, page } = await h.newPage();
  await page.clock.setFixedTime(new Date(now));
  await page.goto(`${h.origin}/wizard.html`);
  await answerIncident(page, incident, { organisation: true });
  await page.locator('[data-outcome]').waitFor();
  return { context, page };
}

describe('the result banner', () => {
  it('names the My Health Record notice and the Privacy Act assessment, with its date (F06)', async () => {
    const s = fixture('findings', 'F06');
    const { context, page } = await result(s.incident, s.now);
    const duties = page.locator('.banner-duties li');
    await expect.poll(() => duties.count()).toBeGreaterThanOrEqual(3);
    const text = (await page.locator('.banner').textContent()) ?? '';
    expect(text).toContain('Australian Digital Health Agency');
    expect(text).toContain('by Wed 2 Jul 2025');
    expect(text).toContain('Counted from when you became aware: Mon 2 Jun 2025');
    await context.close();
  });

  it('gives a 72-hour duty its time on the day daylight saving ends, on screen and in the .ics (F08a)', async () => {
    const s = fixture('findings', 'F08a');
    const { context, page } = await result(s.incident, s.now);
    const ransom = page.locator('.banner-duties li[data-duty="ransomware_payment_report"]');
    await expect.poll(() => ransom.textContent()).toContain('Sun 6 Apr 2025, 11:30 pm (UTC+10:00)');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Add deadlines to calendar (.ics)' }).click(),
    ]);
    const ics = readFileSync((await download.path()) as string, 'utf8').replaceAll('\r\n ', '');
    const event = ics.split('BEGIN:VEVENT').find((e) => e.includes('ransomware_payment_report')) ?? '';
    expect(event).toContain('DTSTART;TZID=Australia/Sydney:20250406T233000');
    // Both reminders (24 h and 2 h before) are after the page's clock, so both are kept.
    expect(event.match(/BEGIN:VALARM/g)?.length).toBe(2);
    await context.close();
  });

  it('leaves out reminders that would already be in the past', async () => {
    const s = fixture('scenarios', 'S01');
    // Three days before the assessment is due: the one-week reminder has passed, the two-day one has not.
    const { context, page } = await result(s.incident, '2025-06-29T09:00:00+10:00');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Add deadlines to calendar (.ics)' }).click(),
    ]);
    const ics = readFileSync((await download.path()) as string, 'utf8');
    const event = ics.split('BEGIN:VEVENT').find((e) => e.includes('complete_assessment')) ?? '';
    expect(event).toContain('DTSTART;VALUE=DATE:20250702');
    expect(event.match(/BEGIN:VALARM/g)?.length).toBe(1);
    await context.close();
  });

  it('shows an overdue assessment in the danger style, with how long ago', async () => {
    const s = fixture('scenarios', 'S01');
    const { context, page } = await result(s.incident, '2025-08-01T09:00:00+10:00');
    const late = page.locator('.banner-duties li.overdue');
    await expect.poll(() => late.textContent()).toContain('overdue by 30 days');
    expect(await page.locator('.banner-lead').textContent()).toContain('period ended on Wed 2 Jul 2025');
    await context.close();
  });

  it('does not pre-answer the awareness date', async () => {
    const { context, page } = await h.newPage();
    await page.goto(`${h.origin}/wizard.html`);
    await page.locator('#wizard-root[data-ready]').waitFor({ state: 'attached' });
    for (let n = 0; n < 6 && !(await page.locator('#f-breach-awareOn-0').count()); n++) {
      const form = page.locator('form[data-question]');
      for (const box of await form.locator('input[data-unknown]').all()) await box.check();
      for (const group of await form.locator('fieldset').all())
        if (!(await group.locator('input:checked').count())) await group.locator('input').first().check();
      await page.locator('form[data-question] button[type=submit]').click();
    }
    expect(await page.locator('#f-breach-awareOn-0').inputValue()).toBe('');
    expect(await page.locator('#f-breach-awareOn-1').count()).toBe(0); // no "I don't know"
    await page.locator('form[data-question] button[type=submit]').click();
    expect(await page.locator('#f-breach-awareOn-err').textContent()).toContain('earliest date');
    await context.close();
  });
});
