// The documents a consultant hands over: every notice and the plan as .docx (read back with
// python-docx, the reader Word users' tooling is built on), .html and Markdown-free .txt; the
// wording defects found in review, each as a quote that must (not) appear; and the output
// warnings for what reads unfinished.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type PracticePolicy, scaffoldPolicy } from '@ndb-kit/policy';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildPractice, type PlanArtifacts } from './build.ts';
import { markdownToDocx, xmlSafe } from './markdown-to-docx.ts';
import { markdownToText } from './markdown-to-text.ts';
import { BUILD_DATE, EXAMPLES, loadExample, norm } from './test/support.ts';

const cache = new Map<string, Promise<PlanArtifacts>>();
const build = (name: string) => {
  let a = cache.get(name);
  if (!a) {
    a = buildPractice(loadExample(name), { date: BUILD_DATE });
    cache.set(name, a);
  }
  return a;
};

const dir = mkdtempSync(join(tmpdir(), 'ndb-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// python-docx (Debian: python3-docx). The system interpreter, not a pyenv shim without the module.
const PYTHON = '/usr/bin/python3';
const READ_DOCX = `
import docx, json, sys
out = []
for path in sys.argv[1:]:
    d = docx.Document(path)
    cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
    out.append({"paragraphs": [p.text for p in d.paragraphs], "cells": cells,
                "styles": sorted({p.style.name for p in d.paragraphs}),
                "created": d.core_properties.created.isoformat(), "author": d.core_properties.author})
print(json.dumps(out))
`;
interface DocxRead {
  paragraphs: string[];
  cells: string[];
  styles: string[];
  created: string;
  author: string;
}

/** Every document's text as python-docx reads it (one interpreter start for the lot). */
function readDocx(files: Record<string, Uint8Array>): Record<string, DocxRead & { text: string }> {
  const names = Object.keys(files);
  const paths = names.map((name, i) => {
    const p = join(dir, `${i}.docx`);
    writeFileSync(p, files[name] as Uint8Array);
    return p;
  });
  const read = JSON.parse(
    execFileSync(PYTHON, ['-c', READ_DOCX, ...paths], { encoding: 'utf8', maxBuffer: 64 << 20 }),
  ) as DocxRead[];
  return Object.fromEntries(
    names.map((name, i) => {
      const r = read[i] as DocxRead;
      return [name, { ...r, text: [...r.paragraphs, ...r.cells].join('\n') }];
    }),
  );
}

const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml'] as Uint8Array);
const docxFiles = (a: PlanArtifacts) =>
  Object.fromEntries([...a.files].filter(([path]) => path.endsWith('.docx')));
const notice = (a: PlanArtifacts, id: string) => {
  const n = a.notices.find((x) => x.id === id);
  if (!n) throw new Error(`no notice ${id}`);
  return n;
};
const file = (a: PlanArtifacts, path: string) => new TextDecoder().decode(a.files.get(path));

// What a Markdown reader would see as syntax in a "plain" text.
const MARKDOWN_MARKERS: [string, RegExp][] = [
  ['bold/italic markers', /\*\*|__|(^|\s)\*\S|\S\*(\s|$)/m],
  ['link syntax', /\]\(|\]\[/],
  ['alert marker', /\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]/],
  ['heading marker', /^#{1,6} /m],
  ['blockquote marker', /^> /m],
  ['table syntax', /^\|.*\|$|\|---/m],
  ['backslash escape', /\\[\\`*_{}[\]()#+\-.!|<>]/],
  ['autolink', /<https?:|<mailto:/],
];

describe.each(EXAMPLES)('%s: every notice and the plan as a document', (name) => {
  it('builds .docx, .html and .txt for every notice and a plan.docx, all in the manifest', async () => {
    const a = await build(name);
    const manifest = JSON.parse(file(a, 'manifest.json')) as { files: Record<string, unknown> };
    expect(a.files.has('plan.docx')).toBe(true);
    for (const n of a.notices) {
      for (const ext of ['docx', 'html', 'txt']) {
        expect(a.files.has(`notices/${n.id}.${ext}`), `${n.id}.${ext}`).toBe(true);
        expect(Object.keys(manifest.files)).toContain(`notices/${n.id}.${ext}`);
      }
      expect(n.files.map((f) => f.fileName)).toEqual(
        expect.arrayContaining([`${n.id}.docx`, `${n.id}.html`, `${n.id}.txt`]),
      );
    }
  });

  it('python-docx reads every .docx: practice details filled, headings styled, dates from the build', async () => {
    const a = await build(name);
    const docs = readDocx(docxFiles(a));
    const policy = loadExample(name);
    for (const [path, d] of Object.entries(docs)) {
      expect(d.created, path).toBe(`${BUILD_DATE}T00:00:00`);
      expect(d.author, path).toBe(policy.organisation.legalName);
      expect(
        d.styles.some((s) => /^(Title|Heading \d)$/.test(s)),
        `${path} has headings`,
      ).toBe(true);
      // Every notice but the SMS names the practice; the plan names it too.
      if (!path.includes('sms')) expect(norm(d.text), path).toContain(norm(policy.organisation.tradingName));
    }
    const plan = docs['plan.docx'] as DocxRead & { text: string };
    expect(plan.paragraphs).toContain('1. Breach now? Start here');
    expect(plan.cells.length).toBeGreaterThan(50); // the tables are real tables
  });

  it('every incident blank is a highlighted run a person can find', async () => {
    const a = await build(name);
    const xml = documentXml(a.files.get('notices/oaic-statement.docx') as Uint8Array);
    const runs = [...xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*?\[\[[^\]]*\]\](?:(?!<\/w:r>).)*?<\/w:r>/gs)];
    expect(runs.length).toBeGreaterThan(5);
    for (const [run] of runs) expect(run).toContain('<w:highlight w:val="yellow"/>');
    // And never in the HTML page without its mark.
    expect(file(a, 'notices/oaic-statement.html')).toContain('<mark class="blank">[[DATE OR PERIOD]]</mark>');
  });

  it('.txt notices carry no Markdown syntax at all', async () => {
    const a = await build(name);
    for (const n of a.notices) {
      const text = file(a, `notices/${n.id}.txt`);
      expect(text).toBe(n.text);
      for (const [what, re] of MARKDOWN_MARKERS) expect(text, `${n.id}.txt: ${what}`).not.toMatch(re);
    }
  });
});

describe('deterministic documents', () => {
  it('the .docx files do not depend on the clock: the same bytes with the clock in another year', async () => {
    const policy = loadExample('harbourside-family-medical');
    const first = await buildPractice(policy, { date: BUILD_DATE });
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2031-07-04T13:14:15Z') });
    let second: PlanArtifacts;
    try {
      second = await buildPractice(policy, { date: BUILD_DATE });
    } finally {
      vi.useRealTimers();
    }
    for (const [path, bytes] of first.files)
      if (path.endsWith('.docx'))
        expect(Buffer.from(second.files.get(path) as Uint8Array).equals(Buffer.from(bytes)), path).toBe(true);
  });
});

describe('hostile strings in policy fields', () => {
  const VALUES = [
    'Smith & Jones <Physio> "Clinic" \'x\'',
    'Close ]]> <![CDATA[ x ]]> </w:t><w:t>injected',
    'Right\u200Fto\u200Eleft marks עברית مرحبا',
    `Long${'w'.repeat(150)}word`,
    'Lone \uD800 surrogate and \uFFFF noncharacter',
  ];
  const withValue = (value: string): PracticePolicy => {
    const p = structuredClone(loadExample('harbourside-family-medical'));
    p.organisation.tradingName = value;
    p.organisation.legalName = `${value} Pty Ltd`;
    p.organisation.address.street = value;
    (p.people[0] as { name: string }).name = value; // the privacy officer: every notice names them
    return p;
  };

  it.each(VALUES)('%s: every .docx opens and shows it literally', async (value) => {
    const a = await buildPractice(withValue(value), { date: BUILD_DATE });
    const docs = readDocx(docxFiles(a));
    const shown = norm(xmlSafe(value)).replace(/\uFFFD/g, '');
    for (const [path, d] of Object.entries(docs)) {
      if (path.includes('sms')) continue; // the SMS names the practice only in passing: checked below
      expect(norm(d.text), path).toContain(shown);
      expect(d.text, path).not.toContain('injected</w:t>');
    }
    expect(norm(docs['notices/individuals-sms.docx']?.text ?? '')).toContain(shown);
    for (const [path, bytes] of Object.entries(docxFiles(a)))
      expect(documentXml(bytes), path).not.toMatch(/<w:t>injected/);
  });

  it('control characters (which XML cannot carry) are dropped, never written', async () => {
    const bytes = await markdownToDocx({
      markdown: '# Notice\n\nBell\u0007 null\u0000 escape\u001b form\u000c done [[DATE]]\n',
      title: 'T\u0001',
      creator: 'C\u0002',
      date: BUILD_DATE,
      footer: 'F\u0003',
    });
    const d = readDocx({ 'x.docx': bytes })['x.docx'] as DocxRead & { text: string };
    // CommonMark turns NUL into U+FFFD before anything else sees it; the other controls are dropped.
    expect(d.paragraphs).toContain('Bell null\uFFFD escape form done [[DATE]]');
    expect(xmlSafe('a\u0000b\u0008c\u000bd\u001fe\ufffef\ud800g\ud83d\ude00h')).toBe('abcdefg\ud83d\ude00h');
  });
});

describe('plain text from the Markdown tokens', () => {
  it('resolves escapes, drops emphasis and link syntax, keeps a web address the label hides', () => {
    const text = markdownToText(
      [
        '# Title',
        '',
        '> [!WARNING]',
        '> **Careful** \\*not bold\\* and \\[not a link\\](x)',
        '',
        '- [02 5550 4100](tel:+61255504100) or [the form](https://example.org/form)',
        '',
        '| Field | Entry |',
        '|---|---|',
        '| Date | **[[DATE]]** |',
      ].join('\n'),
    );
    expect(text).toBe(
      'TITLE\n\nIMPORTANT: Careful *not bold* and [not a link](x)\n\n- 02 5550 4100 or the form (https://example.org/form)\n\nDate: [[DATE]]\n',
    );
  });
});

describe('wording defects found in review', () => {
  it('My Health Record: a notice pair, the OAIC one with the 16 items and the identities warning; its own channel in the contacts', async () => {
    const a = await build('harbourside-family-medical');
    const oaic = notice(a, 'my-health-record-oaic').text;
    const adha = notice(a, 'my-health-record-notice').text;
    for (let i = 1; i <= 16; i++) expect(oaic).toMatch(new RegExp(`^${i}\\. `, 'm'));
    for (const item of [
      'Inadvertent or intentional?',
      'Systemic or isolated?',
      'Other entities involved',
      'Has a similar breach happened before?',
      'Measures already in place',
      'Did the practice have a data breach response plan, and was it activated?',
    ])
      expect(oaic).toContain(item);
    expect(oaic).toContain('Do not include the names, Individual Healthcare Identifiers');
    expect(oaic).toContain('report-a-my-health-record-data-breach');
    expect(oaic).toContain('not the notifiable data breach form');
    expect(adha).toContain('NAMES AND IHIs');
    const contacts = a.planMarkdown.split('### 8.3 Official contacts')[1] ?? '';
    expect(contacts).toContain('report-a-my-health-record-data-breach');
    expect(contacts).not.toMatch(/online NDB form\)? and My Health Record/);
    expect(a.planMarkdown).toContain("Do not send patients' names or other identifying details to the OAIC");
  });

  it('individuals are told what is true for everyone notified under s 26WL(2)(a): "likely", to some', async () => {
    const a = await build('mindful-psychology');
    for (const id of ['individuals-letter', 'individuals-email', 'website-statement']) {
      const text = norm(notice(a, id).text);
      expect(text, id).not.toContain('could cause you serious harm');
      expect(text, id).not.toContain('could cause them serious harm');
      expect(text, id).toMatch(/likely to result in serious harm to some of/);
    }
  });

  it('SMS is a pointer: the draft points to the full notice and the plan says SMS alone notifies no one', async () => {
    const a = await build('mindful-psychology');
    expect(notice(a, 'individuals-sms').text).toContain('with the full details');
    expect(norm(a.planMarkdown)).toContain('an SMS is only a pointer');
    expect(a.planMarkdown).not.toContain('Letter, email or SMS to each person');
  });

  it('the plan says why the practice is bound: s 6D(4)(b) at any turnover, never reading like an exemption', async () => {
    const psych = norm(markdownToText((await build('mindful-psychology')).planMarkdown));
    expect(psych).toContain(
      'It provides a health service and holds health information, so it is an organisation bound by the Privacy Act whatever its annual turnover (Privacy Act 1988 (Cth) s 6D(4)(b)): a turnover of $180,000 does not exempt it.',
    );
    expect(psych).toContain('This is about the Cyber Security Act report only');
  });

  it('complaint and support routes: OAIC web address, TIS National, Lifeline, IDCARE and the state law by jurisdiction', async () => {
    const cases: [string, string | null][] = [
      ['harbourside-family-medical', 'Health Records and Information Privacy Act 2002 (NSW)'],
      ['mindful-psychology', 'Health Records Act 2001 (Vic)'],
      ['bright-smile-dental', null],
    ];
    for (const [name, law] of cases) {
      const a = await build(name);
      for (const id of ['individuals-letter', 'individuals-email', 'website-statement']) {
        const text = norm(notice(a, id).text);
        expect(text, `${name} ${id}`).toContain('https://www.oaic.gov.au/privacy/privacy-complaints');
        expect(text).toContain('TIS National on 131 450');
        expect(text).toContain('Lifeline is on 13 11 14');
        expect(text).toContain('IDCARE gives free help on 1800 595 160');
        if (law) expect(text).toContain(law);
        else expect(text).not.toMatch(/Health Records (and Information Privacy )?Act/);
      }
    }
    const act = structuredClone(loadExample('harbourside-family-medical'));
    act.organisation.entity.jurisdiction = 'ACT';
    const built = await buildPractice(act, { date: BUILD_DATE });
    expect(norm(notice(built, 'individuals-letter').text)).toContain(
      'ACT Human Rights Commission (https://hrc.act.gov.au) under the Health Records (Privacy and Access) Act 1997 (ACT)',
    );
  });

  it('citations: sensitive information is s 6(1); the loss limb keeps "likely to occur"; no claim the plan cannot keep', async () => {
    const plan = norm(markdownToText((await build('harbourside-family-medical')).planMarkdown));
    expect(plan).toContain('Health information is sensitive information (Privacy Act 1988 (Cth) s 6(1))');
    expect(plan).not.toMatch(/Health information is sensitive information[^.]{0,40}s 26WG\(d\)\)/);
    expect(plan).toContain(
      'its loss in circumstances where unauthorised access or disclosure is likely to occur',
    );
    expect(plan).not.toContain('Every legal statement in this plan cites its source');
    expect(plan).toContain('"Likely" means more probable than not (Explanatory Memorandum');
  });

  it('the register asks for the date reasonable grounds to believe were formed', async () => {
    const a = await build('harbourside-family-medical');
    expect(norm(markdownToText(a.planMarkdown))).toMatch(
      /date reasonable grounds to believe there was an eligible data breach were formed/,
    );
    expect(notice(a, 'incident-report').text).toContain(
      'Date reasonable grounds to believe there was an eligible data breach were formed',
    );
  });
});

describe('silently wrong output', () => {
  const initPolicy = () =>
    scaffoldPolicy({
      name: 'Test Psych',
      practiceType: 'psychology',
      state: 'VIC',
      annualTurnover: 180000,
      myHealthRecordParticipant: false,
      privacyOfficer: { name: 'Ann Lee', email: 'ann@example.com.au', phone: '03 9999 0000' },
      today: '2026-11-01',
    });

  it('an `ndb init` policy: the TODOs it prints into the notices are build warnings, by file', async () => {
    const a = await buildPractice(initPolicy(), { date: BUILD_DATE });
    const files = a.outputWarnings.filter((w) => /TODO/.test(w.message)).map((w) => w.file);
    expect(files).toEqual(
      expect.arrayContaining(['notices/oaic-statement.md', 'notices/individuals-letter.md']),
    );
  });

  it('a sole practitioner reads grammatical English; no after-hours "same" that is not; no empty table', async () => {
    const a = await buildPractice(initPolicy(), { date: BUILD_DATE });
    const plan = markdownToText(a.planMarkdown);
    expect(plan).not.toContain('You ticks');
    expect(plan).toContain('You tick off each step and record it in the incident register');
    expect(plan).not.toMatch(/\bsame\b\s*\n/);
    expect(plan).toContain('None recorded');
    expect(plan).toContain('No outside help is recorded in the policy');
    expect(a.outputWarnings.filter((w) => /no rows|has no value/.test(w.message))).toEqual([]);
  });

  it('a vendor named like its system is not repeated; the insurer notice reads as English; one date format', async () => {
    const dental = await build('bright-smile-dental');
    expect(dental.planMarkdown).not.toMatch(/DentalDesk Cloud\*\* \(DentalDesk Cloud\)/);
    expect(dental.planMarkdown).not.toContain('DentalDesk Cloud (DentalDesk Cloud)');
    const gp = await build('harbourside-family-medical');
    expect(notice(gp, 'insurer-notice').text).not.toContain('without your and legal advice');
    expect(notice(gp, 'insurer-notice').text).toContain('without your advice and legal advice');
    // No ISO dates in what a reader sees (web addresses aside), and every printed date is "31 Oct 2025" style.
    const plan = markdownToText(gp.planMarkdown).replace(/https?:\S+/g, '');
    expect(plan).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
  });
});
