import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { layoutPdf, layoutProblems } from '@ndb-kit/pdf';
import { loadDefaultFonts } from '@ndb-kit/pdf/node-fonts';
import type { PracticePolicy } from '@ndb-kit/policy';
import { describe, expect, it } from 'vitest';
import { buildPractice } from './build.ts';
import { parseMarkdown } from './markdown.ts';
import { planPdfInput } from './plan-pdf.ts';
import { BUILD_DATE, EXAMPLES, loadExample, pdfText } from './test/support.ts';

/** A name in the script of each language most spoken in Australian homes (ABS 2021 census). */
const NAMES = [
  '王小明', // Mandarin
  'محمد عبد الله', // Arabic
  'Nguyễn Thị Ánh', // Vietnamese
  '陳大文', // Cantonese
  'ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ', // Punjabi (Gurmukhi)
  'Γιώργος Παπαδόπουλος', // Greek
  'Giuseppe Rossi', // Italian
  'प्रिया शर्मा', // Hindi
  'José Martínez', // Spanish
  'सुनिता श्रेष्ठ', // Nepali
  '김민준', // Korean
  'கார்த்திக் சுப்பிரமணியம்', // Tamil
  'مهدی رضایی', // Persian
  'สมชาย ใจดี', // Thai
  'דוד כהן', // Hebrew
  'කමල් පෙරේරා', // Sinhala
];

// pdftotext brackets right-to-left words with U+202B…U+202C; the letters inside must be logical.
const logical = (s: string) => s.replace(/[\u202A-\u202E]/g, '');

function withStaffNames(policy: PracticePolicy, names: string[]): PracticePolicy {
  const p = structuredClone(policy);
  p.people.forEach((person, i) => {
    person.name = names[i % names.length] as string;
  });
  return p;
}

function render(bytes: Uint8Array, args: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'ndb-plan-pdf-'));
  const file = join(dir, 'plan.pdf');
  writeFileSync(file, bytes);
  return execFileSync(args[0] as string, [...args.slice(1), file], { encoding: 'utf8' });
}

describe('plan PDF', () => {
  it('prints staff names in every listed script, in logical order, with no warning', async () => {
    const base = loadExample('harbourside-family-medical');
    const per = base.people.length;
    // As many builds as it takes to give every name a person of the call tree.
    for (let i = 0; i < NAMES.length; i += per) {
      const names = NAMES.slice(i, i + per);
      const a = await buildPractice(withStaffNames(base, names), { date: BUILD_DATE });
      const pdf = a.files.get('plan.pdf') as Uint8Array;
      const text = logical(pdfText(pdf));
      for (const n of names) expect(text, n).toContain(n);
      expect(text).not.toContain('\uFFFD');
      expect(a.warnings.filter((w) => w.kind === 'pdf_unrenderable')).toEqual([]);
      expect(render(pdf, ['pdfinfo'])).toMatch(/Tagged:\s+yes/);
    }
  });

  it('warns, naming the field, about a character no PDF font has', async () => {
    const policy = withStaffNames(loadExample('harbourside-family-medical'), ['Abebe አበበ']);
    const a = await buildPractice(policy, { date: BUILD_DATE });
    const w = a.warnings.filter((x) => x.kind === 'pdf_unrenderable');
    expect(w[0]?.pointer).toBe('/people/0/name');
    expect(w[0]?.message).toContain('U+12A0 (አ)');
  });

  it.each(EXAMPLES)(
    '%s: no lone heading, no quarter-empty page, phone numbers never wrapped',
    async (name) => {
      const policy = loadExample(name);
      const a = await buildPractice(policy, { date: BUILD_DATE });
      const fonts = await loadDefaultFonts();
      const layout = await layoutPdf(
        planPdfInput(a.model, parseMarkdown(a.planMarkdown), BUILD_DATE, a.banners.length > 0),
        fonts,
      );
      expect(layoutProblems(layout)).toEqual([]);
      const text = pdfText(a.files.get('plan.pdf') as Uint8Array);
      const phones = [...JSON.stringify(policy).matchAll(/"(?:phone|afterHoursPhone)":"([^"]+)"/g)].map(
        (m) => m[1] as string,
      );
      expect(phones.length).toBeGreaterThan(2);
      // A wrapped number would have a line break inside it in the extracted text.
      for (const phone of phones)
        if (text.includes(phone.split(' ')[0] as string)) expect(text).toContain(phone);
    },
  );
});
