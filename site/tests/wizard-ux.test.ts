// Issue #11, what a stressed practice manager on a 390-px phone meets: focus never under the
// sticky Next bar (WCAG 2.2 2.4.11), "Change" from the result lands on the right question and
// comes back, "Start again" asks first, the time of awareness does not ask the date twice,
// follow-ups an "I don't know" makes moot are not asked, call steps carry after-hours numbers,
// the record PDF lists the answers in plain words, the email link stays short, and "Continue an
// incident from its file" is on the first screen without scrolling.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_ROOT } from '../scripts/build-sites.ts';
import { answerIncident } from './support/answer.ts';
import { ARTIFACTS, type Harness, startHarness } from './support/browser.ts';

const fixture = (id: string) =>
  JSON.parse(readFileSync(join(SITE_ROOT, '../fixtures/scenarios', `${id}.json`), 'utf8'));

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
async function axe(page: Page, label: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(
    result.violations.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target).join(', ')}`),
  ).toEqual([]);
}

async function open(now?: string) {
  const { context, page } = await h.newPage();
  if (now) await page.clock.setFixedTime(new Date(now));
  await page.goto(`${h.origin}/wizard.html`);
  await page.locator('#wizard-root[data-ready]').waitFor({ state: 'attached' });
  return { context, page };
}

const screenId = (page: Page) => page.locator('form[data-question]').getAttribute('data-question');

async function toResult(page: Page, incident: unknown) {
  await answerIncident(page, incident, { organisation: false });
  await page.locator('[data-outcome]').waitFor();
}

/** Keyboard only, a whole run: on every Tab, is the focused control under the sticky bar? */
async function tabRun(page: Page): Promise<{ tabs: number; hidden: string[] }> {
  let tabs = 0;
  const hidden: string[] = [];
  for (let screen = 0; screen < 20; screen++) {
    await page.locator('form[data-question], [data-outcome]').first().waitFor();
    if (await page.locator('[data-outcome]').count()) break;
    const id = await screenId(page);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('q-heading');
    for (let presses = 0; ; presses++) {
      if (presses > 80) throw new Error(`never reached Next on ${id}`);
      await page.keyboard.press('Tab');
      tabs++;
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement;
        const bar = document.querySelector('form[data-question] .wizard-nav');
        const a = el.getBoundingClientRect();
        const b = bar?.getBoundingClientRect();
        const inBar = !!bar?.contains(el);
        const overlaps =
          !!b && !inBar && a.bottom > b.top && a.top < b.bottom && a.right > b.left && a.left < b.right;
        const field = el.closest('fieldset, .field');
        const text = field?.querySelector<HTMLInputElement>('input:not([type=checkbox]):not([type=radio])');
        return {
          what: `${el.tagName.toLowerCase()}#${el.id || el.textContent?.trim().slice(0, 30)}`,
          overlaps,
          type: el.type,
          submit: el.tagName === 'BUTTON' && el.getAttribute('type') === 'submit',
          unknown: el.hasAttribute('data-unknown'),
          checked: el.checked,
          answered: !!field?.querySelector('input:checked') || (!!text && text.value !== ''),
          empty: el.value === '',
        };
      });
      if (focus.overlaps) hidden.push(`${id}: ${focus.what}`);
      // Answer as a keyboard user: type the date, Space on the first answer of each group.
      if (focus.type === 'date' && focus.empty) await page.keyboard.type('02062025');
      else if (focus.type === 'radio' && !focus.answered) await page.keyboard.press('Space');
      else if (focus.type === 'checkbox' && focus.unknown && !focus.checked && !focus.answered)
        await page.keyboard.press('Space');
      else if (focus.submit) {
        await page.keyboard.press('Enter');
        break;
      }
    }
    await page.waitForFunction(
      (prev) => document.querySelector('form[data-question]')?.getAttribute('data-question') !== prev,
      id,
    );
  }
  await page.locator('[data-outcome]').waitFor();
  return { tabs, hidden };
}

describe('focus is never hidden under the sticky Next bar (WCAG 2.2 2.4.11)', () => {
  it('tabs through a whole run at 390×844 and checks every focused control against the bar', async () => {
    const { context, page } = await open();
    const { tabs, hidden } = await tabRun(page);
    expect(tabs).toBeGreaterThan(60); // the check ran on a whole run, not one screen
    expect(hidden).toEqual([]);
    await context.close();
  });

  it('would catch it: without the scroll padding the same run hides focus under the bar', async () => {
    const { context, page } = await open();
    // A constructed style sheet: the page's CSP allows no inline <style>.
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(
        'html { scroll-padding-bottom: 0 !important } form * { scroll-margin-bottom: 0 !important }',
      );
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    expect((await tabRun(page)).hidden.length).toBeGreaterThan(0);
    await context.close();
  });
});

describe('fewer, clearer screens', () => {
  it('asks the time of awareness as a time on the day already given, not a second date', async () => {
    const { context, page } = await open('2025-06-03T10:00:00+10:00');
    await page.check('#f-breach-kind-0');
    await page.check('#f-breach-cause-0');
    await page.click('form button[type=submit]');
    await page.locator('form[data-question="awareness"]').waitFor();
    expect(await page.locator('input[type="datetime-local"]').count()).toBe(0);
    expect(await page.getAttribute('#f-breach-awareAt-0', 'type')).toBe('time');
    await page.fill('#f-breach-awareOn-0', '2025-06-02');
    await page.dispatchEvent('#f-breach-awareOn-0', 'change');
    await page.fill('#f-breach-awareAt-0', '09:15');
    await page.dispatchEvent('#f-breach-awareAt-0', 'change');
    // A corrected date moves the time with it.
    await page.fill('#f-breach-awareOn-0', '2025-06-01');
    await page.dispatchEvent('#f-breach-awareOn-0', 'change');
    const saved = await page.evaluate(() => JSON.parse(sessionStorage.getItem('ndb-wizard') ?? '{}'));
    expect(saved.incident.breach.awareAt).toBe('2025-06-01T09:15:00+10:00');
    expect(await page.inputValue('#f-breach-awareAt-0')).toBe('09:15');
    await context.close();
  });

  it('does not ask when a ransom was paid, or what another organisation did, after "I don\'t know"', async () => {
    const { context, page: p } = await open();
    await answerIncident(p, fixture('S36').incident, { organisation: false, stopAt: 'other_parties' });
    expect(await screenId(p)).toBe('other_parties');
    await p.check('#f-breach-ransomware-paymentMade-2'); // I don't know
    await p.check('#f-breach-otherEntities-involved-2'); // I don't know
    expect(await p.locator('#f-breach-ransomware-paymentMadeAt-0').count()).toBe(0);
    expect(await p.locator('#f-breach-otherEntities-anotherEntityAssessing-0').count()).toBe(0);
    expect(await p.locator('#f-breach-otherEntities-anotherEntityHasNotified-0').count()).toBe(0);
    await p.check('#f-breach-ransomware-paymentMade-0'); // Yes: now "when" matters
    expect(await p.locator('#f-breach-ransomware-paymentMadeAt-0').count()).toBe(1);
    await context.close();
  });
});

describe('from the result', () => {
  it('lists every answer with a Change link that opens its screen and comes straight back', async () => {
    const s = fixture('S07');
    const { context, page } = await open(s.now);
    await toResult(page, s.incident);
    const list = page.locator('details.answers');
    await list.locator('summary').click();
    const rows = list.locator('.answer-row');
    expect(await rows.count()).toBeGreaterThan(10);
    const text = (await list.textContent()) ?? '';
    expect(text).toContain('Kinds of information involved');
    expect(text).toContain(
      'health information; financial information (bank or card details); contact details',
    );
    expect(text).toContain('(from your plan)');
    expect(text).not.toMatch(/\b[a-z]+_[a-z_]+\b/); // never a raw id
    await axe(page, 'result with the answers open');
    await page.getByRole('button', { name: 'Change: Who has, or could have, the information' }).click();
    expect(await screenId(page)).toBe('recipient');
    await page.check('#f-recipient-1'); // a known person who may want to cause harm
    await page.getByRole('button', { name: 'Back to the result' }).click();
    await page.locator('[data-outcome]').waitFor();
    await page.locator('details.answers summary').click();
    expect(await page.locator('details.answers').textContent()).toContain('A known person who may want');
    // "Start again" on the result asks first too.
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.getByRole('button', { name: 'No, keep this result' }).click();
    expect(await page.locator('[data-outcome]').count()).toBe(1);
    // "Change answers" from the bottom lands on the first question, not the last.
    await page.getByRole('button', { name: 'Change answers', exact: true }).click();
    expect(await screenId(page)).toBe('what_happened');
    await context.close();
  });

  it('gives after-hours numbers, a short email link in plain words, and a PDF that lists the answers', async () => {
    const s = fixture('S07');
    const { context, page } = await open(s.now);
    await toResult(page, s.incident);
    const steps = (await page.locator('ol.steps').textContent()) ?? '';
    expect(steps).toContain('after hours 0491 570 157'); // the privacy officer's, from the plan
    expect(steps).toContain('after hours 1300 975 708'); // the IT provider's
    expect(await page.locator('a[href="tel:1300975708"]').count()).toBe(1);
    // The call buttons fit a 320-px screen (the after-hours label wraps above its number).
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.locator('.result').textContent()).not.toContain('?.');
    const mailto = (await page.locator('a[href^="mailto:"]').last().getAttribute('href')) ?? '';
    expect(mailto.length).toBeLessThanOrEqual(1800);
    const subject = decodeURIComponent(/subject=([^&]*)/.exec(mailto)?.[1] ?? '');
    expect(subject).toBe(
      'Data breach at Harbourside Family Medical: assess within 30 days (aware Thu 9 Oct 2025)',
    );
    const body = decodeURIComponent(/body=(.*)$/.exec(mailto)?.[1] ?? '');
    expect(body).toContain('Download the decision record');
    expect(body).toContain('attach it');
    expect(body).not.toContain('attached separately');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as PDF' }).click(),
    ]);
    const file = join(ARTIFACTS, 'decision-record-answers.pdf');
    writeFileSync(file, readFileSync((await download.path()) as string));
    const pdf = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(pdf).toContain('The answers given');
    expect(pdf).toContain('Kinds of information involved');
    expect(pdf).toContain('An attacker, a thief, or someone unknown');
    expect(pdf).toContain('after hours 0491 570 157');
    expect(pdf).not.toMatch(/\b[a-z]+_[a-z_]+\b/); // no raw ids such as government_identifier
    expect(pdf).not.toContain('?.');
    await context.close();
  });

  it('keeps a long decision’s email link under 1,800 characters (S12: many duties and unknowns)', async () => {
    const s = fixture('S12');
    const { context, page } = await open(s.now);
    await answerIncident(page, s.incident, { organisation: true });
    await page.locator('[data-outcome]').waitFor();
    const mailto = (await page.locator('a[href^="mailto:"]').last().getAttribute('href')) ?? '';
    expect(mailto.length).toBeLessThanOrEqual(1800);
    expect(decodeURIComponent(mailto)).toContain('Record SHA-256');
    await context.close();
  });
});

describe('on every question screen', () => {
  it('"Start again" asks first; No keeps the answers, Yes clears them', async () => {
    const { context, page } = await open();
    await page.check('#f-breach-kind-0');
    await page.check('#f-breach-cause-0');
    await page.click('form button[type=submit]');
    await page.locator('form[data-question="awareness"]').waitFor();
    await page.getByRole('button', { name: 'Start again' }).click();
    await expect
      .poll(() => page.locator('.confirm [role=alert]').textContent())
      .toContain('Clear every answer');
    await axe(page, 'start-again confirm');
    await page.getByRole('button', { name: 'No, keep my answers' }).click();
    expect(await screenId(page)).toBe('awareness');
    await page.getByRole('button', { name: 'Back' }).click();
    expect(await page.locator('form input:checked').count()).toBe(2);
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.getByRole('button', { name: 'Yes, clear and start again' }).click();
    expect(await screenId(page)).toBe('what_happened');
    expect(await page.locator('form input:checked').count()).toBe(0);
    await context.close();
  });

  it('shows "Continue an incident from its file" on the first screen without scrolling, quieter than Next', async () => {
    const { context, page } = await open();
    const link = page.locator('.continue-incident > summary');
    const box = (await link.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(await link.evaluate((el) => el.classList.contains('btn'))).toBe(false);
    // It comes after the plan's facts and before the question, so the question stays first in weight.
    const order = await page.evaluate(() => {
      const at = (s: string) => [...document.querySelectorAll('*')].indexOf(document.querySelector(s)!);
      return [at('.org-facts'), at('.continue-incident'), at('#q-heading')];
    });
    expect(order).toEqual([...order].sort((a, b) => a - b));
    await page.screenshot({ path: join(ARTIFACTS, 'wizard-first-screen.png') });
    await link.click();
    await axe(page, 'first screen with "Continue an incident" open');
    await context.close();
  });
});
