import { describe, expect, it } from 'vitest';
import { type PlanArtifacts, buildPractice } from './build.ts';
import { sha256 } from './manifest.ts';
import { joinParses, parseMarkdown } from './markdown.ts';
import {
  BUILD_DATE,
  decode,
  EXAMPLES,
  loadExample,
  markdownText,
  norm,
  parseIcs,
  pdfText,
} from './test/support.ts';

const built = new Map<string, PlanArtifacts>();
async function build(name: string): Promise<PlanArtifacts> {
  let a = built.get(name);
  if (!a) {
    a = await buildPractice(loadExample(name), { date: BUILD_DATE });
    built.set(name, a);
  }
  return a;
}

const headings = (a: PlanArtifacts) =>
  [...a.planMarkdown.matchAll(/^#{1,4} (.*)$/gm)].map((m) => m[1] as string);

describe.each(EXAMPLES)('%s', (name) => {
  it('builds every artefact', async () => {
    const a = await build(name);
    const files = [...a.files.keys()];
    for (const f of [
      'plan.md',
      'plan.html',
      'plan.pdf',
      'drills.ics',
      'manifest.json',
      'notices/oaic-statement.md',
      'notices/individuals-sms.txt',
    ]) {
      expect(files).toContain(f);
    }
    expect(a.sections.map((s) => s.id)).toEqual([
      'cover',
      'start-here',
      'roles',
      'contain',
      'assess',
      'notify',
      'review',
      'register',
      'contacts',
      'systems',
      'drills',
    ]);
    expect(a.sections[1]?.title).toBe('1. Breach now? Start here');
    expect(a.planHtml).toMatch(/^<!doctype html>/);
    expect(a.planHtml).toContain('@media print');
    expect(a.planHtml).not.toMatch(/<(?:script|link|img|iframe)\b/i); // standalone, no external assets
    expect(a.planMarkdown).toContain('decision support, not legal advice');
  });

  it('is deterministic: the same policy and date give byte-identical files', async () => {
    const again = await buildPractice(loadExample(name), { date: BUILD_DATE });
    const first = await build(name);
    expect([...again.files.keys()]).toEqual([...first.files.keys()]);
    for (const [path, bytes] of first.files)
      expect(sha256(again.files.get(path) as Uint8Array), path).toBe(sha256(bytes));
  });

  it('the manifest lists every other file with its hash and size', async () => {
    const a = await build(name);
    const manifest = JSON.parse(decode(a.files.get('manifest.json')));
    const others = [...a.files.keys()].filter((f) => f !== 'manifest.json');
    expect(Object.keys(manifest.files)).toEqual(others);
    for (const f of others) {
      const bytes = a.files.get(f) as Uint8Array;
      expect(manifest.files[f]).toEqual({ sha256: sha256(bytes), bytes: bytes.byteLength });
    }
    expect(manifest.policyHash).toBe(a.policyHash);
    expect(manifest.buildDate).toBe(BUILD_DATE);
    expect(manifest.templateVersion).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.rulesVersion).toMatch(/^\d{4}\.\d+\.\d+$/);
  });

  it("the plan's tokens joined from its sections' parses are one parse of plan.md", async () => {
    const a = await build(name);
    const joined = joinParses(
      a.sections.map((s) => ({ source: s.markdown, tokens: parseMarkdown(s.markdown) })),
    );
    expect(JSON.stringify(joined)).toBe(JSON.stringify(parseMarkdown(a.planMarkdown)));
  });

  it('drills.ics parses with one VEVENT per drill and stable UIDs', async () => {
    const a = await build(name);
    const policy = loadExample(name);
    const { events, name: calName } = parseIcs(a.drillsIcs);
    expect(events).toHaveLength(policy.drills.length);
    expect(events.map((e) => e.uid)).toEqual(policy.drills.map((d) => `${d.id}.${policy.id}@ndb-kit`));
    expect(calName).toContain(policy.organisation.tradingName);
    for (const [i, e] of events.entries()) {
      expect(e.summary).toBe(policy.drills[i]?.title);
      expect(e.isRecurring()).toBe(true);
      expect(e.component.getAllSubcomponents('valarm')).toHaveLength(2);
    }
    // the plan's "next dates" are occurrences the calendar produces
    for (const [i, d] of a.drills.entries()) {
      const it = events[i]?.iterator();
      const dates: string[] = [];
      for (let next = it?.next(); next && dates.length < 200; next = it?.next())
        dates.push(next.toString().slice(0, 10));
      for (const date of d.nextDates) expect(dates).toContain(date);
      expect(d.nextDates.every((x) => x >= BUILD_DATE)).toBe(true);
    }
  });

  it('plan.pdf opens and its text extracts with the practice name and the section headings', async () => {
    const a = await build(name);
    const text = norm(pdfText(a.files.get('plan.pdf') as Uint8Array));
    const policy = loadExample(name);
    expect(text).toContain(norm(policy.organisation.tradingName));
    for (const h of [
      '1. Breach now? Start here',
      '3. Step 1: Contain',
      '4. Step 2: Assess',
      '5. Step 3: Notify',
      '8. Contact list',
    ]) {
      expect(text).toContain(h);
    }
    expect(text).toContain('not legal advice');
  });
});

describe('tailoring', () => {
  it('My Health Record: a section for the GP clinic (a participant), none for the psychologist', async () => {
    const gp = await build('harbourside-family-medical');
    const psych = await build('mindful-psychology');
    expect(headings(gp)).toContain('5.6 My Health Record');
    expect(gp.notices.map((n) => n.id)).toContain('my-health-record-notice');
    expect(headings(psych).join('\n')).not.toMatch(/My Health Record/);
    // (the OAIC's own description in the contact list may still mention My Health Record notices)
    expect(psych.planMarkdown).not.toMatch(/My Health Records Act|Could My Health Record|section 5\.6/);
    expect(psych.notices.map((n) => n.id)).not.toContain('my-health-record-notice');
  });

  it('ransomware payment report: applies to the $3m+ dental group, not to the others', async () => {
    const section = (a: PlanArtifacts) =>
      norm(markdownText(a.planMarkdown.split('### 5.4 Ransomware payment report')[1]?.split('###')[0] ?? ''));
    expect(section(await build('bright-smile-dental'))).toMatch(/^This applies to Bright Smile/);
    for (const name of ['harbourside-family-medical', 'mindful-psychology']) {
      expect(section(await build(name))).toMatch(
        /^The ransomware payment report does not apply to .*turnover \(\$[\d,]+\) is not over \$3,000,000/,
      );
    }
  });

  it('a sole practitioner holds every role and is addressed as "you"', async () => {
    const psych = await build('mindful-psychology');
    const text = norm(markdownText(psych.planMarkdown));
    expect(text).toContain('You hold every role in this plan');
    expect(text).not.toContain('Call tree');
    expect(text).toContain('You lead the response');
    const gp = norm(markdownText((await build('harbourside-family-medical')).planMarkdown));
    expect(gp).not.toContain('You hold every role');
    expect(gp).toContain('Call the response lead, Ngaio Tāwhiri');
  });

  it('first-hour checklist names the practice’s own people, MSP and insurer with their numbers', async () => {
    const gp = await build('harbourside-family-medical');
    const start = norm(markdownText(gp.sections[1]?.markdown ?? ''));
    expect(start).toContain(
      'Call Harbour IT Partners (managed IT) on 02 5550 2290, after hours 1300 975 708; quote HITP-MSA-0117',
    );
    expect(start).toContain('quote policy number CYB-204518');
    expect(start).toContain('131 444'); // from the engine's OFFICIAL_CONTACTS
    const psych = norm(markdownText((await build('mindful-psychology')).sections[1]?.markdown ?? ''));
    expect(psych).not.toContain('managed IT');
  });

  it('the 30-day example counts from the day after awareness and is not rolled forward', async () => {
    const gp = await build('harbourside-family-medical');
    // 2026-11-20 + 30 days = Sun 20 Dec 2026: a Sunday, left as it is.
    expect(gp.planMarkdown).toContain('due by **Sun 20 Dec 2026**');
  });

  it('official contacts come from the engine, not the templates', async () => {
    const { readTemplates } = await import('./precompile-templates.ts');
    for (const t of await readTemplates())
      expect(t.source, t.name).not.toMatch(/1300 363 992|131 444|1300 292 371|oaic\.gov\.au/);
  });
});

describe('joinParses', () => {
  it('shifts line maps and counts repeated heading ids over the whole document', () => {
    const parts = [
      '# Contacts\n\n- one\n- two\n',
      '## Contacts\n\n| a | b |\n|---|---|\n| 1 | 2 |\n',
      '# Contacts\n\ntext\n',
    ];
    const joined = joinParses(parts.map((source) => ({ source, tokens: parseMarkdown(source) })));
    const whole = parseMarkdown(parts.join('\n'));
    expect(JSON.stringify(joined)).toBe(JSON.stringify(whole));
    expect(joined.filter((t) => t.type === 'heading_open').map((t) => t.attrGet('id'))).toEqual([
      'contacts',
      'contacts-2',
      'contacts-3',
    ]);
  });
});
