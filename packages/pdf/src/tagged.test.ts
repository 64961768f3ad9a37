import { PDFDocument, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from './index.ts';
import { loadDefaultFonts } from './node-fonts.ts';
import { checkTagged, xmpOf } from './tagged-check.ts';
import { baseInput, LOREM, p, pdfText, run, writePdf } from './test-support.ts';
import type { Block, FontSet } from './types.ts';

let fonts: FontSet;
beforeAll(async () => {
  fonts = await loadDefaultFonts();
});

const doc: Block[] = [
  { type: 'heading', level: 1, text: 'Start here' },
  p(
    LOREM,
    ' See ',
    { text: 'the OAIC guidance on notifiable data breaches', href: 'https://www.oaic.gov.au/' },
    '.',
  ),
  { type: 'heading', level: 2, text: 'Who to call' },
  {
    type: 'table',
    header: [[{ text: 'Role' }], [{ text: 'Name' }], [{ text: 'Phone' }]],
    rows: Array.from({ length: 60 }, (_, i) => [
      [{ text: `Role ${i}` }],
      [{ text: i % 2 ? 'Lê Văn Hùng' : 'محمد عبد الله' }],
      [{ text: '0491 570 157', href: 'tel:+61491570157' }],
    ]),
  },
  { type: 'heading', level: 3, text: 'Steps' },
  {
    type: 'list',
    ordered: true,
    items: [[p('Contain.')], [p('Assess.'), { type: 'list', ordered: false, items: [[p('Nested.')]] }]],
  },
  { type: 'callout', tone: 'warning', blocks: [p('Decision support, not legal advice.')] },
  { type: 'code', text: 'NDB-2025-001' },
];

describe('tagged PDF (PDF/UA-1 structure)', () => {
  it('tags all content: text and paths are in structure elements or artifacts, MCIDs match the tree', async () => {
    const file = writePdf(await renderPdf(baseInput(doc, { toc: true }), fonts));
    expect(run('pdfinfo', [file])).toMatch(/Tagged:\s+yes/);
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
    const r = checkTagged(file);
    expect(r.issues).toEqual([]);
    expect(r.types[0]).toBe('Document');
    for (const t of [
      'H1',
      'H2',
      'H3',
      'H4',
      'P',
      'L',
      'LI',
      'Lbl',
      'LBody',
      'Table',
      'TR',
      'TH',
      'TD',
      'Link',
      'TOC',
      'TOCI',
      'Div',
    ])
      expect(r.types, t).toContain(t);
    // Reading order is the document's: title, contents, then the sections in order.
    const headings = r.types.filter((t) => /^H\d$/.test(t));
    expect(headings.slice(0, 5)).toEqual(['H1', 'H2', 'H2', 'H3', 'H4']);
    // Header cells say what they head.
    for (const th of r.elements.filter((e) => e.type === 'TH')) expect(th.attrs?.['/Scope']).toBe('/Column');
    // Every page has marked content, so the tree covers every page.
    expect(r.mcids.every((m) => m.length > 0)).toBe(true);
    expect(r.pages.length).toBeGreaterThan(2);
    for (const page of r.pages) {
      expect(page['/Tabs']).toBe('/S');
      expect(typeof page['/StructParents']).toBe('number');
    }
  });

  it('the checker itself finds untagged text (a PDF written by pdf-lib)', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage();
    page.drawText('Untagged', { font: await doc.embedFont(StandardFonts.Helvetica) });
    const r = checkTagged(writePdf(await doc.save()));
    expect(r.issues).toContain('page 1: Tj outside tagged content or artifact');
  });

  it('marks the document as tagged, PDF/UA, titled and in its language', async () => {
    const file = writePdf(await renderPdf(baseInput([p(LOREM)], { title: 'Plan <&> "x"' }), fonts));
    const { catalog } = checkTagged(file);
    expect(catalog['/MarkInfo']).toEqual({ '/Marked': true });
    expect(catalog['/Lang']).toBe('u:en-AU');
    expect(catalog['/ViewerPreferences']).toEqual({ '/DisplayDocTitle': true });
    const xmp = xmpOf(file);
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Plan &#60;&#38;&#62; &#34;x&#34;</rdf:li>');
    expect(run('pdfinfo', ['-meta', file])).toContain('pdfuaid:part');
  });

  it('keeps the running header and page numbers out of the structure (pagination artifacts)', async () => {
    const file = writePdf(await renderPdf(baseInput(doc), fonts));
    const json = run('qpdf', ['--json', '--json-stream-data=inline', '--decode-level=generalized', file]);
    const contents = [...json.matchAll(/"data": "([^"]+)"/g)].map((m) =>
      Buffer.from(m[1] as string, 'base64').toString('latin1'),
    );
    const page = contents.find((c) => /\/Subtype\s*\/Footer/.test(c)) ?? '';
    expect(page).toMatch(/\/Artifact\s*<<\s*\/Type\s*\/Pagination\s*\/Subtype\s*\/Footer\s*>>\s*BDC/);
    expect(
      contents.some((c) =>
        /\/Artifact\s*<<\s*\/Type\s*\/Pagination\s*\/Subtype\s*\/Header\s*>>\s*BDC/.test(c),
      ),
    ).toBe(true);
    // Text still extracts as before (marking does not change what is drawn).
    expect(pdfText(file)).toContain('Page 1 of');
  });
});
