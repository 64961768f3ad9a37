// The built site in Chromium: keyboard-only wizard, no request leaves the origin, offline reload
// through the service worker, axe (WCAG 2.2 AA tags) on every page, and screenshots to look at.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyRecord } from '@ndb-kit/engine';
import { SITE_ROOT } from '../scripts/build-sites.ts';
import { answerIncident } from './support/answer.ts';
import { ARTIFACTS, BUILD_DIR, type Harness, startHarness } from './support/browser.ts';

// S01 (misdirected email): a result with a dated duty, so the calendar has an event.
const scenario = JSON.parse(readFileSync(join(SITE_ROOT, '../fixtures/scenarios/S01.json'), 'utf8'));

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
const pages = readdirSync(BUILD_DIR).filter((f) => f.endsWith('.html'));

async function axe(page: Page, label: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const problems = result.violations.map(
    (v) =>
      `${label}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  expect(problems).toEqual([]);
}

/** Keyboard only: Tab through each screen, Space on the first answer of each group, Enter on Next. */
async function keyboardScreen(page: Page): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      if (!el) return { kind: 'none' };
      if (el.type === 'radio')
        return { kind: 'radio', groupAnswered: !!document.querySelector(`input[name="${el.name}"]:checked`) };
      if (el.type === 'checkbox') {
        // A field counts as answered when any box in it is ticked or its input has a value.
        const field = el.closest('fieldset, .field');
        const input = field?.querySelector<HTMLInputElement>('input:not([type=checkbox])');
        const groupAnswered = !!field?.querySelector('input:checked') || (!!input && input.value !== '');
        return {
          kind: 'checkbox',
          unknown: el.hasAttribute('data-unknown'),
          checked: el.checked,
          groupAnswered,
        };
      }
      if (el.tagName === 'BUTTON') return { kind: 'button', submit: el.getAttribute('type') === 'submit' };
      if (el.type === 'date') return { kind: 'date', empty: el.value === '' };
      return { kind: el.tagName.toLowerCase() };
    });
    // The awareness date has no "I don't know": type it as a person would (en-AU: dd/mm/yyyy).
    if (focus.kind === 'date' && focus.empty) {
      await page.keyboard.type('02062025');
      continue;
    }
    if (focus.kind === 'radio' && !focus.groupAnswered) await page.keyboard.press('Space');
    else if (focus.kind === 'checkbox' && focus.unknown && !focus.checked && !focus.groupAnswered)
      await page.keyboard.press('Space');
    else if (focus.kind === 'button' && focus.submit) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error('never reached the Next button by keyboard');
}

describe('the built site in a browser', () => {
  it('completes the wizard with the keyboard alone; focus moves to each new question heading', async () => {
    const { context, page } = await h.newPage();
    await page.goto(`${h.origin}/wizard.html`);
    // The first question is in the HTML; wait for the script to take it over.
    await page.locator('#wizard-root[data-ready]').waitFor({ state: 'attached' });
    await page.screenshot({ path: join(ARTIFACTS, 'wizard-step.png'), fullPage: false });
    for (let screen = 0; screen < 20; screen++) {
      await page.locator('form[data-question], [data-outcome]').first().waitFor();
      if (await page.locator('[data-outcome]').count()) break;
      // Focus moves in an effect, just after the screen paints.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('q-heading');
      const before = await page.locator('form[data-question]').getAttribute('data-question');
      await keyboardScreen(page);
      await page.waitForFunction(
        (prev) => document.querySelector('form[data-question]')?.getAttribute('data-question') !== prev,
        before,
      );
    }
    await page.locator('[data-outcome]').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('r-heading');
    await page.screenshot({ path: join(ARTIFACTS, 'result.png'), fullPage: false });
    await page.screenshot({ path: join(ARTIFACTS, 'result-full.png'), fullPage: true });
    await axe(page, 'result');
    // Back keeps the answers.
    await page.getByRole('button', { name: 'Change answers' }).click();
    await page.locator('#q-heading').waitFor();
    expect(await page.locator('form input:checked').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('exports a verifiable decision record, a PDF and a calendar file, all made in the browser', async () => {
    const { context, page } = await h.newPage();
    // The scenario's own clock: reminders already past when the file is made are left out.
    await page.clock.setFixedTime(new Date(scenario.now));
    await page.goto(`${h.origin}/wizard.html`);
    await answerIncident(page, scenario.incident, { organisation: false });
    const grab = async (name: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ]);
      return readFileSync((await download.path()) as string);
    };
    const record = JSON.parse((await grab('Download the decision record (JSON)')).toString('utf8'));
    expect((await verifyRecord(record)).ok).toBe(true);
    expect(record.record.incident.entity.myHealthRecordParticipant).toBe(true); // from the policy
    // The PDF is made in the browser; poppler must open it and extract its text.
    const pdf = await grab('Download as PDF');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdfFile = join(ARTIFACTS, 'decision-record.pdf');
    writeFileSync(pdfFile, pdf);
    const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
    expect(text).toContain('Harbourside Family Medical');
    expect(text).toContain(record.hash.value.slice(0, 16));
    expect(text).toMatch(/not legal advice/i);
    const ics = (await grab('Add deadlines to calendar (.ics)')).toString('utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('BEGIN:VALARM');
    const mailto = await page.locator('a[href^="mailto:"]').last().getAttribute('href');
    expect(mailto).toContain('ngaio.tawhiri%40harbourside-medical.example');
    await context.close();
  });

  it("fills the plan's notice templates with the incident's facts, escaped, with copy buttons", async () => {
    const { context, page } = await h.newPage();
    await page.goto(`${h.origin}/wizard.html`);
    await answerIncident(page, scenario.incident, { organisation: false });
    const draft = (id: string) => page.locator(`[data-draft="${id}"]`);
    const text = (id: string) => page.locator(`#draft-${id}`).textContent();
    for (const id of ['oaic-statement', 'individuals-letter', 'individuals-email', 'individuals-sms'])
      await draft(id).waitFor({ state: 'attached' });
    const oaic = (await text('oaic-statement')) ?? '';
    expect(oaic).toContain('# Statement about an eligible data breach: Harbourside Family Medical');
    expect(oaic).toContain('**When we found out:** 2 Jun 2025'); // awareOn, formatted
    expect(oaic).toContain('Health information; government identifiers'); // kinds, in plain words
    expect(oaic).toContain('**How many people are affected:** 1 person');
    expect(oaic).not.toContain('[[LIST THE KINDS OF INFORMATION');
    expect(oaic).toContain('[[DESCRIBE WHAT HAPPENED'); // the wizard does not ask for the story
    expect(await text('individuals-email')).toContain('On 2 Jun 2025 we became aware that');

    // The description typed for the drafts fills the blank, escaped for each format.
    const hostile = 'Smith & Jones <Physio> *Clinic* {{x}} [[x]]\nline two';
    await page.fill('#draft-description', hostile);
    await expect.poll(() => text('oaic-statement')).not.toContain('[[DESCRIBE WHAT HAPPENED');
    const filled = (await text('oaic-statement')) ?? '';
    expect(filled).toContain(
      'Smith \\& Jones \\<Physio\\> \\*Clinic\\* \\{\\{x\\}\\} \\[\\[x\\]\\] line two',
    );
    expect(await text('individuals-email')).toContain('Smith & Jones <Physio> *Clinic* {{x}} [[x]] line two');
    expect(await text('individuals-letter')).not.toContain('[[DESCRIBE WHAT HAPPENED');
    expect(await page.locator('.result Physio').count()).toBe(0); // text, never markup

    await draft('oaic-statement').locator('summary').click();
    await draft('oaic-statement').getByRole('button', { name: 'Copy text' }).click();
    await expect
      .poll(() => page.locator('.drafts [role=status]').textContent())
      .toMatch(/^Statement to the OAIC \(s 26WK\): (copied|selected)/);
    await context.close();
  });

  it('passes axe (wcag2a, wcag2aa, wcag21aa, wcag22aa) on every page and the first question', async () => {
    const { context, page } = await h.newPage();
    for (const file of pages) {
      await page.goto(`${h.origin}/${file}`);
      if (file.startsWith('wizard'))
        await page.locator('#wizard-root[data-ready]').waitFor({ state: 'attached' });
      if (file === 'index.html') await page.screenshot({ path: join(ARTIFACTS, 'home.png'), fullPage: true });
      await axe(page, file);
    }
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${h.origin}/index.html`);
    await axe(page, 'index.html (dark)');
    await context.close();
  });

  it('works offline after the first visit (service worker), and nothing leaves the origin', async () => {
    const { context, page } = await h.newPage();
    await page.goto(`${h.origin}/index.html`);
    await page.waitForFunction(
      async () => {
        const reg = await navigator.serviceWorker.ready;
        return !!reg.active && !!navigator.serviceWorker.controller;
      },
      undefined,
      { timeout: 30_000 },
    );
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('Breach now? Start here');
    await page.goto(`${h.origin}/wizard.html`);
    await page.locator('#wizard-root[data-ready]').waitFor({ state: 'attached' });
    await page.locator('form [data-unknown]').first().check();
    await page.screenshot({ path: join(ARTIFACTS, 'offline-wizard.png') });
    await context.setOffline(false);
    await context.close();
    const foreign = h.requests.filter(
      (u) => !u.startsWith(`${h.origin}/`) && !u.startsWith('blob:') && !u.startsWith('data:'),
    );
    expect(foreign).toEqual([]);
  });

  it('the single-file wizard works from file://', async () => {
    const { context, page } = await h.newPage();
    await page.goto(`file://${join(BUILD_DIR, 'wizard-offline.html')}`);
    await page.locator('#wizard-root[data-ready]').waitFor({ state: 'attached' });
    for (const box of await page.locator('form [data-unknown]').all()) await box.check();
    await page.locator('form button[type=submit]').click();
    await page.locator('form[data-question="awareness"]').waitFor();
    expect(await page.evaluate(() => location.protocol)).toBe('file:');
    await page.goto(`file://${join(BUILD_DIR, 'wizard-offline.html')}`);
    await page.locator('#wizard-root[data-ready]').waitFor({ state: 'attached' });
    // Answers survive a reload in the same tab (sessionStorage), so it resumes where it was.
    expect(await page.locator('form[data-question]').getAttribute('data-question')).toBe('awareness');
    await context.close();
  });

  it('prints a usable paper copy of the plan', async () => {
    const { context, page } = await h.newPage();
    await page.goto(`${h.origin}/plan.html`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.top nav').isVisible()).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'plan-print.png') });
    await context.close();
  });
});
