// Hostile practice data must either be rejected by validation with a clear message or appear
// literally in every output: rendered Markdown, HTML text, PDF text, notices and the calendar.
import fc from 'fast-check';
import type { PracticePolicy } from '@ndb-kit/policy';
import { describe, expect, it } from 'vitest';
import { buildPractice, PolicyInvalidError, type PlanArtifacts } from './build.ts';
import {
  BUILD_DATE,
  decode,
  htmlText,
  loadExample,
  markdownText,
  norm,
  parseIcs,
  pdfText,
} from './test/support.ts';

const BASE = loadExample('harbourside-family-medical');

/** The policy with the value in every kind of place: practice names, a person, a vendor, a system, a drill. */
function withValue(value: string): PracticePolicy {
  const p = structuredClone(BASE);
  p.organisation.tradingName = value;
  p.organisation.legalName = `${value} Pty Ltd`;
  (p.people[1] as { name: string }).name = value;
  (p.contacts.vendors[0] as { name: string }).name = value;
  (p.systems[0] as { name: string }).name = value;
  (p.drills[0] as { title: string }).title = value;
  (p.drills[0] as { location: string }).location = value;
  return p;
}

type Output = [file: string, text: string];

/** Every output file as the text a reader sees. */
function readable(a: PlanArtifacts, withPdf: boolean): Output[] {
  const out: Output[] = [
    ['plan.md (rendered)', markdownText(a.planMarkdown)],
    ['plan.html', htmlText(a.planHtml)],
    ...a.notices.map(
      (n): Output => [`notices/${n.fileName}`, n.format === 'md' ? markdownText(n.content) : n.content],
    ),
    ...a.sections.map((s): Output => [`section ${s.id} html`, htmlText(s.html)]),
  ];
  if (withPdf) out.push(['plan.pdf', pdfText(a.files.get('plan.pdf') as Uint8Array)]);
  return out;
}

function expectLiteralEverywhere(a: PlanArtifacts, value: string, withPdf: boolean): void {
  const v = norm(value);
  for (const [file, text] of readable(a, withPdf)) {
    if (file.startsWith('section') && !['section cover html', 'section contacts html'].includes(file))
      continue;
    expect(norm(text), `${file} should contain ${JSON.stringify(value)}`).toContain(v);
  }
  const ics = parseIcs(a.drillsIcs);
  expect(ics.name).toBe(`${value}: data breach drills`);
  expect(ics.events[0]?.summary).toBe(value);
  expect(ics.events[0]?.location).toBe(value);
  expect(String(ics.events[0]?.description)).toContain(value);
  expect(ics.events).toHaveLength(BASE.drills.length); // no injected VEVENT
}

describe('hostile strings', () => {
  it('renders "Smith & Jones <Physio> *Clinic* {{x}}" literally in every output', async () => {
    const name = 'Smith & Jones <Physio> *Clinic* {{x}}';
    const a = await buildPractice(withValue(name), { date: BUILD_DATE });
    expectLiteralEverywhere(a, name, true);
    expect(a.planHtml).not.toContain('<Physio>');
    expect(a.planHtml).toContain('&lt;Physio&gt;');
    expect(decode(a.files.get('notices/individuals-sms.txt'))).toContain(name);
  });

  it.each([
    ['markup', '<img src=x onerror=alert(1)> [x](javascript:alert(1)) **b** _i_ `c` | ~~s~~'],
    ['template syntax', '{{x}} {{{x}}} {{> partial}} {{#each a}}'],
    ['entities', '&amp; &lt;b&gt; &#x41; \\*'],
    ['block syntax at line start', '# 1. - > +'],
    ['iCalendar injection (one line)', 'BEGIN:VEVENT; UID:evil, END:VCALENDAR \\n'],
    ['scripts', 'Nguyễn Thị Ánh · 王小明 · Ngāti · Øresund'],
  ])('%s: literal everywhere, PDF included', async (_label, value) => {
    const a = await buildPractice(withValue(value), { date: BUILD_DATE });
    expectLiteralEverywhere(a, value, true);
  });

  it.each([
    ['CR/LF', 'Clinic\r\nBEGIN:VEVENT\r\nUID:evil'],
    ['LF', 'Clinic\n# heading'],
    ['NUL', 'Clinic\u0000'],
    ['bidi override', 'Clinic\u202Eevil'],
  ])('%s in a single-line field is rejected by validation with a clear issue', async (_label, value) => {
    const error = await buildPractice(withValue(value), { date: BUILD_DATE }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PolicyInvalidError);
    const issues = (error as PolicyInvalidError).issues;
    expect(issues.map((i) => i.pointer)).toContain('/organisation/tradingName');
    expect(issues.find((i) => i.pointer === '/organisation/tradingName')?.message).toMatch(
      /one line|control/,
    );
  });

  it('generated hostile strings: rejected clearly or rendered literally (property)', async () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '{{x}}',
        '{{{x}}}',
        'BEGIN:VEVENT',
        '\r\n',
        '\n',
        '<b>',
        '&amp;',
        '*',
        '_',
        '`',
        '|',
        '#',
        '> ',
        '1. ',
        '- ',
        '[a](b)',
        '\\',
        ';',
        ',',
        ':',
      ),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    let rejected = 0;
    let rendered = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { minLength: 1, maxLength: 6 }), async (parts) => {
        const value = `X${parts.join('')}`;
        fc.pre(value.length <= 150);
        const result = await buildPractice(withValue(value), { date: BUILD_DATE }).catch((e: unknown) => e);
        if (result instanceof PolicyInvalidError) {
          rejected++;
          // only control/separator/bidi characters are grounds to reject a name
          expect(value).toMatch(
            // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what validation rejects
            /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]|[\uD800-\uDFFF]/,
          );
          expect(result.issues.length).toBeGreaterThan(0);
          return;
        }
        if (result instanceof Error) throw result;
        rendered++;
        // The PDF draws what its fonts have; for arbitrary Unicode check the text outputs and the calendar.
        expectLiteralEverywhere(result as PlanArtifacts, value, false);
      }),
      { numRuns: 25, seed: 20261120 },
    );
    // both paths must have been exercised for the property to mean anything
    expect(rejected).toBeGreaterThan(0);
    expect(rendered).toBeGreaterThan(5);
  }, 600_000);
});
