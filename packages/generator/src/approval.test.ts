// Approval tied to content, as every output of the plan shows it: an approved, unchanged plan is
// CONFIDENTIAL and nowhere DRAFT; a plan whose policy content or rules version changed since the
// approval says so and is marked DRAFT in plan.md, plan.html, plan.pdf (every page), plan.docx
// (header) and the site's cover section. Revision history and distribution list stay literal text.
import type { PracticePolicy } from '@ndb-kit/policy';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildPractice, type PlanArtifacts } from './build.ts';
import { BUILD_DATE, EXAMPLES, htmlText, loadExample, markdownText, norm, pdfText } from './test/support.ts';

const FRESH_LAW = '2100-01-01'; // no law-as-at banner: only the approval shows

const build = (p: PracticePolicy) => buildPractice(p, { date: BUILD_DATE, lawAsAt: FRESH_LAW });

function docxXml(a: PlanArtifacts, part: string): string {
  const zip = unzipSync(a.files.get('plan.docx') as Uint8Array);
  const entry = zip[part];
  if (!entry) throw new Error(`plan.docx has no ${part}`);
  return strFromU8(entry);
}

/** Every piece of plan output a reader sees, as text. */
function outputs(a: PlanArtifacts) {
  const pages = pdfText(a.files.get('plan.pdf') as Uint8Array)
    .split('\f')
    .filter((p) => p.trim());
  return {
    md: norm(markdownText(a.planMarkdown)),
    html: norm(htmlText(a.planHtml)),
    pages: pages.map(norm),
    docxHeader: docxXml(a, 'word/header1.xml'),
    docxBody: docxXml(a, 'word/document.xml'),
    site: norm(htmlText(a.sections[0]?.html ?? '')),
  };
}

describe('approved and unchanged', () => {
  it.each(EXAMPLES)('%s: CONFIDENTIAL on every page and output, DRAFT nowhere', async (name) => {
    const a = await build(loadExample(name));
    expect(a.warnings).toEqual([]);
    expect(a.outputWarnings).toEqual([]); // the signature lines are not "unfinished" blanks
    const o = outputs(a);
    for (const text of [o.md, o.html, o.docxHeader, o.docxBody, o.site, ...o.pages]) {
      expect(text).not.toMatch(/DRAFT|changed since approval/);
    }
    for (const page of o.pages) expect(page).toContain('CONFIDENTIAL · Decision support, not legal advice');
    expect(o.docxHeader).toContain('>CONFIDENTIAL<');
    expect(a.planHtml).toMatch(/<div class="meta">CONFIDENTIAL · /);
    expect(o.md).toMatch(/^[^.]*CONFIDENTIAL · For /);
    expect(o.site).toContain('CONFIDENTIAL');
    // The cover records who signed and what the approval covers.
    expect(o.md).toMatch(/Policy content hash \(SHA-256\) [0-9a-f]{64} \(as approved\)/);
    expect(o.md).toMatch(/Rules version \d{4}\.\d+\.\d+ \(as approved\)/);
  });
});

describe('changed since approval', () => {
  it('policy content changed: every output says so and is marked DRAFT', async () => {
    const p = loadExample('harbourside-family-medical');
    p.people[0]!.phone = '02 5550 4199';
    const a = await build(p);
    expect(a.warnings.map((w) => w.kind)).toEqual(['changed_since_approval']);
    const sentence =
      'Draft — changed since approval. Since Dr Anna Lee approved version 1.2 on 15 Jan 2026, the policy content has changed. This plan is a draft until it is re-approved.';
    expect(a.banners).toEqual([sentence]);
    const o = outputs(a);
    for (const text of [o.md, o.html, o.site, o.pages[0] ?? '']) expect(text).toContain(sentence);
    expect(o.md).toContain(
      'Plan version 1.2 (DRAFT, changed since approval: the policy content changed after it was approved by Dr Anna Lee on 15 Jan 2026)',
    );
    expect(o.md).toMatch(/Policy content hash \(SHA-256\) [0-9a-f]{64} \(approved: [0-9a-f]{64}\)/);
    // The footer of every page, and the header of every page but the title page.
    for (const page of o.pages) expect(page).toContain('CONFIDENTIAL · DRAFT · Decision support');
    for (const page of o.pages.slice(1))
      expect(page).toContain('CONFIDENTIAL · DRAFT — changed since approval · Harbourside Family Medical');
    expect(o.docxHeader).toContain('CONFIDENTIAL · DRAFT — changed since approval');
    expect(a.planHtml).toMatch(/<div class="meta">CONFIDENTIAL · DRAFT — changed since approval · /);
    // The signature block waits for the new approval.
    expect(o.md).toContain('Approval of this version To be signed when it is approved Name Dr Anna Lee');
  });

  it('rules version changed: the plan names the rules version and the one approved against', async () => {
    const p = loadExample('mindful-psychology');
    p.plan.approvedAgainst!.rulesVersion = '2000.1.1';
    const a = await build(p);
    expect(a.warnings.map((w) => w.kind)).toEqual(['changed_since_approval']);
    const o = outputs(a);
    expect(o.md).toMatch(
      /Draft — changed since approval\. .*the rules version is now \d{4}\.\d+\.\d+ \(approved against 2000\.1\.1\)\./,
    );
    expect(o.md).not.toContain('the policy content has changed');
    expect(o.md).toContain('Rules version');
    expect(o.md).toContain('(approved: 2000.1.1)');
    for (const page of o.pages) expect(page).toContain('CONFIDENTIAL · DRAFT');
    expect(o.docxHeader).toContain('DRAFT — changed since approval');
  });

  it('an approval that does not record what it covered, and draft: true, are marked DRAFT too', async () => {
    const unrecorded = loadExample('bright-smile-dental');
    delete unrecorded.plan.approvedAgainst;
    const u = outputs(await build(unrecorded));
    expect(u.md).toContain('Draft — approval not tied to content.');
    expect(u.docxHeader).toContain('DRAFT — approval not tied to content');
    const draft = loadExample('bright-smile-dental');
    draft.plan.draft = true;
    const d = outputs(await build(draft));
    expect(d.md).toContain('Draft — not approved. Version 2.0 of this plan has not been approved.');
    expect(d.docxHeader).toContain('DRAFT — not approved');
    for (const page of d.pages) expect(page).toContain('CONFIDENTIAL · DRAFT');
  });
});

describe('revision history and distribution list', () => {
  it('are on the cover in every format, from the policy', async () => {
    const a = await build(loadExample('harbourside-family-medical'));
    const o = outputs(a);
    const revision = '1.1 20 Jan 2025 Ngaio Tāwhiri Annual review: new after-hours numbers';
    const holder =
      'Front desk binder Reception, Level 1 (the paper copy for when the computers are down) Printed copy';
    for (const text of [o.md, o.html, o.site]) {
      expect(text).toContain(revision);
      expect(text).toContain(holder);
      expect(text).toContain('Ngaio Tāwhiri Practice Manager Printed copy'); // a person by id: name and position
    }
    expect(o.pages.join(' ')).toContain('Front desk binder');
    expect(o.docxBody).toContain('Annual review: new after-hours numbers');
  });

  it('hostile text in a revision or a holder stays inert in Markdown, HTML, PDF and DOCX', async () => {
    const hostile = '<script>alert(1)</script> **x** [l](javascript:alert(1)) | cell & co';
    const p = loadExample('harbourside-family-medical');
    p.plan.revisions = [
      { version: '9 <b>', date: '2026-01-01', by: hostile, summary: `${hostile}\n# heading` },
    ];
    p.plan.distribution = [{ name: hostile, organisation: '=HYPERLINK("x") |', copy: 'email' }];
    const a = await build(p);
    const o = outputs(a);
    expect(a.planHtml).not.toMatch(/<script|href="javascript|<b>/);
    expect(a.sections[0]?.html).not.toMatch(/<script|href="javascript|<b>/);
    for (const text of [o.md, o.html]) {
      expect(text).toContain(`9 <b> 1 Jan 2026 ${hostile} ${hostile} # heading`);
      expect(text).toContain(`${hostile} =HYPERLINK("x") | Email`);
    }
    expect(o.pages.join(' ')).toContain(
      '<script>alert(1)</script> **x** [l](javascript:alert(1)) | cell & co',
    );
    expect(o.docxBody).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; **x** [l](javascript:alert(1)) | cell &amp; co',
    );
    expect(o.docxBody).not.toContain('<script>');
  });
});
