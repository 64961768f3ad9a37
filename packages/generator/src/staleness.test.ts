// What has aged never stops a build; the reader sees it at the top of the plan (Markdown, HTML,
// PDF title page, the site's cover section), and hostile text in the banners stays text.
import { describe, expect, it } from 'vitest';
import { buildPractice } from './build.ts';
import { BUILD_DATE, htmlText, loadExample, markdownText, norm, pdfText } from './test/support.ts';

const FRESH_LAW = '2100-01-01'; // rules never out of date here, so only the policy's own ageing shows
const AHEAD = '2028-06-01';

function pdfPage1(bytes: Uint8Array | undefined): string {
  // pdftotext separates pages with a form feed.
  return norm(pdfText(bytes as Uint8Array).split('\f')[0] ?? '');
}

describe('staleness banners', () => {
  it('a current plan has none', async () => {
    const a = await buildPractice(loadExample('harbourside-family-medical'), {
      date: BUILD_DATE,
      lawAsAt: FRESH_LAW,
    });
    expect(a.warnings).toEqual([]);
    expect(a.banners).toEqual([]);
    expect(a.planMarkdown).not.toContain('[!CAUTION]');
    expect(pdfPage1(a.files.get('plan.pdf'))).not.toMatch(/due for review/);
  });

  it('a year ahead: the plan still builds and opens with the overdue review, in every format', async () => {
    const a = await buildPractice(loadExample('harbourside-family-medical'), {
      date: AHEAD,
      lawAsAt: FRESH_LAW,
    });
    expect(a.warnings.map((w) => w.kind)).toEqual([
      'review_overdue',
      'approval_old',
      'restore_test_old',
      ...a.policy.drills.map(() => 'drill_overdue'),
    ]);
    const review =
      'This plan was due for review on 15 Jan 2027. Check names and phone numbers before relying on them.';
    const approval = 'This plan was last approved on 15 Jan 2026, more than 12 months ago.';
    expect(a.banners).toEqual([review, approval]);
    expect(norm(markdownText(a.planMarkdown))).toContain(`${review} ${approval}`);
    expect(a.planHtml).toMatch(/<blockquote class="callout callout-warning" role="alert">/);
    expect(norm(htmlText(a.planHtml))).toContain(review);
    const cover = a.sections.find((s) => s.id === 'cover');
    expect(norm(htmlText(cover?.html ?? ''))).toContain(review);
    const page1 = pdfPage1(a.files.get('plan.pdf'));
    expect(page1).toContain(review);
    expect(page1.indexOf(review)).toBeLessThan(page1.indexOf('Contents'));
    // Shown once in the PDF: moved to the title page, not repeated on the cover page.
    expect(
      pdfText(a.files.get('plan.pdf') as Uint8Array).split('due for review on 15 Jan 2027'),
    ).toHaveLength(2);
  });

  it('a draft says "Draft — not approved", and the cover says whose approval is the last one', async () => {
    const p = loadExample('harbourside-family-medical');
    p.plan.draft = true;
    p.plan.version = '1.3';
    const a = await buildPractice(p, { date: BUILD_DATE, lawAsAt: FRESH_LAW });
    expect(a.banners).toEqual(['Draft — not approved. Version 1.3 of this plan has not been approved.']);
    expect(norm(markdownText(a.planMarkdown))).toContain(
      'Plan version 1.3 (DRAFT: not yet approved; the last version was approved by Dr Anna Lee on 15 Jan 2026)',
    );
    expect(pdfPage1(a.files.get('plan.pdf'))).toContain('Draft — not approved.');
  });

  it('hostile text in a banner (the plan version) stays literal text in Markdown, HTML and PDF', async () => {
    const value = '<img src=x onerror=alert(1)> *v* [x](javascript:alert(1)) {{x}}';
    const p = loadExample('harbourside-family-medical');
    p.plan.draft = true;
    p.plan.version = value;
    const a = await buildPractice(p, { date: BUILD_DATE, lawAsAt: FRESH_LAW });
    const sentence = `Draft — not approved. Version ${value} of this plan has not been approved.`;
    expect(norm(markdownText(a.planMarkdown))).toContain(sentence);
    expect(norm(htmlText(a.planHtml))).toContain(sentence);
    expect(a.planHtml).not.toMatch(/<img|href="javascript/);
    expect(pdfPage1(a.files.get('plan.pdf'))).toContain(norm(sentence));
  });

  it('same policy and date: byte-identical files, banners included', async () => {
    const p = loadExample('mindful-psychology');
    const [x, y] = await Promise.all([
      buildPractice(p, { date: AHEAD, lawAsAt: FRESH_LAW }),
      buildPractice(structuredClone(p), { date: AHEAD, lawAsAt: FRESH_LAW }),
    ]);
    expect(x.banners.length).toBeGreaterThan(0);
    for (const [name, bytes] of x.files)
      expect(Buffer.from(y.files.get(name) ?? []).equals(bytes), name).toBe(true);
  });
});
