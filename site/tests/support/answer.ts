// Drives the real wizard UI to enter a fixture incident: for each screen, for each field shown,
// tick the option whose value matches the fixture (or "I don't know" where the fixture holds the
// field's unknown value), fill dates and numbers, then press Next.
import { type Field, getPath, QUESTIONS } from '@ndb-kit/engine';
import type { Page } from 'playwright-core';

// Fields the incident model lets a file leave out, and what their absence means
// (docs/incident-model.md); `unknown` where absence means "not known".
const ABSENT_MEANS: Record<string, unknown> = {
  'breach.alsoOutsideMyHealthRecord': 'unknown',
  'breach.accessLikelyAfterLoss': true,
  'breach.otherEntities.anotherEntityHasNotified': false,
  'information.aboutPatients': true,
  'information.employeeRecordsIncludeTfnOrPatientRecords': 'unknown',
  obtainedInProtectedForm: 'unknown', // for a loss, absent means true (absentMeans below)
};
const absentMeans = (incident: unknown, path: string): unknown =>
  path === 'obtainedInProtectedForm' && getPath(incident, 'breach.kind') === 'loss'
    ? true
    : ABSENT_MEANS[path];
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const fieldId = (path: string) => `f-${path.replaceAll('.', '-')}`;

/** Answers one field; false when it was left blank (an optional field the fixture leaves out). */
async function answerField(page: Page, field: Field, value: unknown): Promise<boolean> {
  await fillField(page, field, value);
  if (field.input === 'multi') return !(field.optional && !(Array.isArray(value) && value.length));
  return !(field.optional && (value === undefined || value === null));
}

async function fillField(page: Page, field: Field, value: unknown): Promise<void> {
  const id = fieldId(field.path);
  const options = field.options ?? [];
  const unknownBox = `#${id}-${field.input === 'choice' || field.input === 'multi' ? options.length : 1}`;
  const unknownValue = field.unknown?.value;
  if (field.input === 'choice') {
    const i = options.findIndex((o) => same(o.value, value));
    if (i >= 0) return page.check(`#${id}-${i}`);
    if (same(value, unknownValue) || value === 'unknown') return page.check(unknownBox);
    throw new Error(`${field.path}: no option for ${JSON.stringify(value)}`);
  }
  if (field.input === 'multi') {
    const values = Array.isArray(value) ? value : [];
    for (const [i, o] of options.entries())
      if (values.some((v) => same(v, o.value))) await page.check(`#${id}-${i}`);
    const rest = values.filter((v) => !options.some((o) => same(o.value, v)));
    const unknownValues = (unknownValue ?? []) as unknown[];
    if (rest.length && rest.every((v) => unknownValues.some((u) => same(u, v)))) await page.check(unknownBox);
    else if (rest.length) throw new Error(`${field.path}: no option for ${JSON.stringify(rest)}`);
    else if (!values.length && !field.optional) await page.check(unknownBox);
    return;
  }
  if (value === undefined || value === null) {
    if (field.optional) return;
    return page.check(unknownBox);
  }
  if (value === 'unknown') return page.check(unknownBox);
  // Fixture offsets match the practice's zone, so the wall-clock part is what a person types.
  // A time whose date is asked on the same screen (the time of awareness) is a time input.
  const timeOnly = (await page.getAttribute(`#${id}-0`, 'type')) === 'time';
  const text = field.input === 'datetime' ? String(value).slice(timeOnly ? 11 : 0, 16) : String(value);
  await page.fill(`#${id}-0`, text);
  await page.dispatchEvent(`#${id}-0`, 'change');
}

/** What one walk through the wizard took: the screens seen (question ids) and the answers given. */
export interface Tally {
  screens: string[];
  /** Answers per screen, in the order of `screens`. */
  answers: number[];
}

export async function answerIncident(
  page: Page,
  incident: unknown,
  options: {
    organisation: boolean;
    /** Start once the first screen takes input (data-early), before the wizard is live. */
    early?: boolean;
    tally?: Tally;
    /** Stop when this screen appears. */
    stopAt?: string;
    /** Called on each screen once it is answered, before Next (screenshots). */
    onAnswered?: (id: string) => Promise<void>;
  },
): Promise<string[]> {
  const seen: string[] = [];
  const startWhen = options.early
    ? 'html[data-early] #wizard-root form[data-question], #wizard-root[data-ready]'
    : '#wizard-root[data-ready]';
  await page.locator(startWhen).waitFor({ state: 'attached' });
  if (options.organisation) await page.getByRole('button', { name: 'Check or change these facts' }).click();
  for (let screen = 0; screen < 20; screen++) {
    const form = page.locator('form[data-question]');
    const result = page.locator('[data-outcome]');
    await Promise.race([form.waitFor(), result.waitFor()]);
    if (await result.count()) return seen;
    const id = (await form.getAttribute('data-question')) ?? '';
    if (id === options.stopAt) return seen;
    seen.push(id);
    const question = QUESTIONS.find((q) => q.id === id);
    if (!question) throw new Error(`unknown question ${id}`);
    let answers = 0;
    for (const field of question.fields) {
      // Fields with showIf appear once an earlier answer on the same screen allows them.
      if (!(await page.locator(`#${fieldId(field.path)}-0`).count())) continue;
      const value = getPath(incident, field.path) ?? absentMeans(incident, field.path);
      if (await answerField(page, field, value)) answers++;
    }
    options.tally?.screens.push(id);
    options.tally?.answers.push(answers);
    await options.onAnswered?.(id);
    await page.locator('form[data-question] button[type=submit]').click();
    await page.waitForFunction(
      (prev) => document.querySelector('form[data-question]')?.getAttribute('data-question') !== prev,
      id,
    );
  }
  throw new Error('the wizard did not reach a result within 20 screens');
}
