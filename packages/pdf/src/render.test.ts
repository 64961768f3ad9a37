import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf, renderPdfWithStats, unrenderableChars } from './index.ts';
import { loadDefaultFonts } from './node-fonts.ts';
import { baseInput, flat, LOREM, p, pageCount, pdfText, run, writePdf } from './test-support.ts';
import type { Block, FontSet } from './types.ts';

let fonts: FontSet;
beforeAll(async () => {
  fonts = await loadDefaultFonts();
});

const NAMES = ['Ngāti Whātua Ōrākei', 'Ā ē ī ō ū', 'Nguyễn Thị Ánh', 'Đặng', 'ỹ', '王小明', '陈'];
const HOSTILE = [
  'Smith & Jones <Physio> *Clinic* {{x}}',
  ') Tj ET BT (',
  '\\',
  '%PDF',
  'BEGIN:VEVENT',
  '(unbalanced',
  '>>endobj',
];

/** Strings and dictionaries from pdf-lib objects, decoded. */
const str = (o: unknown): string | undefined =>
  o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined;

async function annotations(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = doc.getPages();
  const pageIndex = (ref: unknown) => pages.findIndex((pg) => ref instanceof PDFRef && pg.ref === ref);
  return pages.map((page) => {
    const annots = page.node.Annots();
    return (annots?.asArray() ?? []).map((ref) => {
      const a = doc.context.lookup(ref, PDFDict);
      const action = a.lookupMaybe(PDFName.of('A'), PDFDict);
      const dest = a.lookupMaybe(PDFName.of('Dest'), PDFArray);
      return {
        uri: action ? str(action.lookup(PDFName.of('URI'))) : undefined,
        destPage: dest ? pageIndex(dest.get(0)) : undefined,
      };
    });
  });
}

describe('renderPdf', () => {
  it('extracts multilingual names and hostile strings verbatim', async () => {
    const blocks: Block[] = [
      { type: 'heading', level: 1, text: 'Affected people' },
      ...NAMES.map((n) => p(`Name: ${n}.`)),
      ...HOSTILE.map((h) => p(h)),
      p('line one\r\nline two\ttabbed\u0000nul \u202Eoverride\u202C done'),
    ];
    const file = writePdf(await renderPdf(baseInput(blocks), fonts));
    const text = pdfText(file);
    for (const n of NAMES) expect(text).toContain(`Name: ${n}.`);
    for (const h of HOSTILE) expect(text).toContain(h);
    // Controls are normalised: CR/LF/tab become spaces, NUL and bidi overrides vanish.
    expect(flat(text)).toContain('line one line two tabbednul override done');
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
  });

  it('keeps glyph-id bytes that look like PDF delimiters from breaking the content stream', async () => {
    // Over 100 distinct characters: subset glyph ids then include 0x28 "(", 0x29 ")", 0x5C "\" and 0x0A/0x0D.
    const chars = Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => String.fromCharCode(0x21 + i)).join('');
    const extra = 'āēīōūĀĒĪŌŪễịứờặđĐỹ';
    const file = writePdf(await renderPdf(baseInput([p(chars), p(extra)]), fonts));
    const text = flat(pdfText(file)).replace(/ /g, '');
    expect(text).toContain(chars);
    expect(text).toContain(extra);
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
  });

  it('writes a font that draws more than 256 glyphs with two bytes each, and the others with one', async () => {
    // ~430 distinct letters in the regular face (ASCII, Latin-1, Latin Extended-A, Greek,
    // Cyrillic): past one byte's 256 codes, so the pages are painted again with it on Identity-H.
    const range = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');
    const many = [
      range(0x21, 0x7e),
      range(0xc0, 0xff),
      range(0x100, 0x17f),
      range(0x3b1, 0x3c9),
      range(0x410, 0x44f),
    ];
    const input = baseInput([
      { type: 'heading', level: 1, text: 'Few glyphs here' },
      ...many.map((m) => p(m)),
    ]);
    const bytes = await renderPdf(input, fonts);
    expect(await renderPdf(input, fonts)).toEqual(bytes);
    const file = writePdf(bytes);
    const rows = run('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
    // pdffonts shows an embedded CMap as "Custom".
    expect(rows.find((r) => r.includes('NotoSans-Regular'))).toMatch(/Identity-H/);
    expect(rows.find((r) => r.includes('NotoSans-Bold'))).toMatch(/Custom/);
    const text = flat(pdfText(file)).replace(/ /g, '');
    for (const m of many) expect(text).toContain(m);
    expect(text).toContain('Fewglyphshere');
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
  });

  it('embeds subset fonts and only adds the CJK font when needed', async () => {
    const latin = await renderPdfWithStats(
      baseInput([p('Plain ', { text: 'bold', bold: true }, ' text, Māori ā')]),
      fonts,
    );
    expect(latin.stats.usedCjk).toBe(false);
    const latinFonts = run('pdffonts', [writePdf(latin.bytes)]);
    expect(latinFonts).not.toContain('NotoSansSC');
    const cjk = await renderPdfWithStats(baseInput([p('王小明 and ', { text: '陈', bold: true })]), fonts);
    expect(cjk.stats.usedCjk).toBe(true);
    const rows = run('pdffonts', [writePdf(cjk.bytes)])
      .split('\n')
      .slice(2)
      .filter(Boolean);
    expect(rows.some((r) => r.includes('NotoSansSC-Regular'))).toBe(true);
    expect(rows.some((r) => r.includes('NotoSansSC-Bold'))).toBe(true);
    for (const row of rows) {
      // name, type..., emb, sub, uni: all three "yes"; subset tag is six capitals and a plus.
      expect(row).toMatch(/^[A-Z]{6}\+NotoSans/);
      expect(row).toMatch(/yes\s+yes\s+yes/);
    }
  });

  it('reads the CJK pair only for a document that needs it, and then writes the same file as with it given', async () => {
    const pair = await fonts.loadCjk?.();
    if (!pair) throw new Error('loadDefaultFonts gives the CJK pair as a loader');
    let calls = 0;
    const lazy: FontSet = {
      ...fonts,
      loadCjk: async () => {
        calls++;
        return pair;
      },
    };
    const eager: FontSet = { ...fonts, ...pair };
    const same = async (input: ReturnType<typeof baseInput>) =>
      Buffer.from(await renderPdf(input, lazy)).equals(Buffer.from(await renderPdf(input, eager)));
    // Latin names with marks (decomposed too: drawn in NFC) and an Arabic one (its own script font).
    const latin = baseInput([
      p('Plain ', { text: 'bold Ngaio Tāwhiri', bold: true }, ' Nguye\u0302\u0303n Thị Ánh, محمد'),
    ]);
    expect(await same(latin)).toBe(true);
    expect(calls).toBe(0);
    // A Han name in bold, one in a heading, and a symbol only the fallback draws (not an ideograph).
    const needing: Block[][] = [
      [p({ text: '陈', bold: true })],
      [{ type: 'heading', level: 1, text: 'Call 王' }],
      [p('Step ① first')],
    ];
    for (const blocks of needing) {
      calls = 0;
      expect(await same(baseInput(blocks))).toBe(true);
      expect(calls).toBe(1);
    }
    // The build's unrenderable-character warnings see the fallback too.
    calls = 0;
    expect(await unrenderableChars('王小明 😀', lazy)).toEqual(['😀']);
    expect(calls).toBe(1);
  });

  it('is byte-identical for identical input (fonts, dates, ids)', async () => {
    const input = baseInput(
      [
        { type: 'heading', level: 1, text: 'One' },
        p(LOREM, { text: ' link', href: 'https://example.org' }),
        p('王小明'),
      ],
      { toc: true },
    );
    const a = await renderPdf(input, fonts);
    const b = await renderPdf(structuredClone(input), { ...fonts });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const raw = Buffer.from(a).toString('latin1');
    expect(raw).toMatch(/\/ID \[ <[0-9A-F]{32}> <[0-9A-F]{32}> \]/);
    const later = await renderPdf({ ...input, date: new Date('2025-03-02T00:00:00Z') }, fonts);
    expect(Buffer.from(later).equals(Buffer.from(a))).toBe(false);
  });

  it('numbers pages "Page N of M" and puts the running header on every page but the first', async () => {
    const blocks = Array.from({ length: 80 }, (_, i) => p(`${i}. ${LOREM}`));
    const file = writePdf(await renderPdf(baseInput(blocks), fonts));
    const n = pageCount(file);
    expect(n).toBeGreaterThan(2);
    expect(pdfText(file, 2)).toContain(`Page 2 of ${n}`);
    expect(pdfText(file, n)).toContain(`Page ${n} of ${n}`);
    expect(pdfText(file, 1)).not.toContain('Data breach response plan v1.2');
    expect(pdfText(file, 2)).toContain('Harbourside Family Medical — Data breach response plan v1.2');
    expect(pdfText(file, 2)).toContain('Decision support, not legal advice');
    // Every paragraph made it, in order.
    const all = flat(pdfText(file));
    let at = 0;
    for (let i = 0; i < 80; i++) {
      const next = all.indexOf(`${i}. The privacy officer`, at);
      expect(next).toBeGreaterThanOrEqual(at);
      at = next;
    }
  });

  it('links contents entries and outline items to the pages holding the headings', async () => {
    const blocks: Block[] = [];
    for (let s = 1; s <= 6; s++) {
      blocks.push({ type: 'heading', level: 1, text: `Section ${s} heading` });
      for (let i = 0; i < 12; i++) blocks.push(p(LOREM));
      blocks.push({ type: 'heading', level: 2, text: `Subsection ${s}.1 heading` });
      blocks.push(p(LOREM));
      blocks.push({ type: 'heading', level: 3, text: `Minor ${s} heading` });
    }
    const bytes = await renderPdf(baseInput(blocks, { toc: true }), fonts);
    const file = writePdf(bytes);
    const n = pageCount(file);
    const pageOf = (heading: string) => {
      // Page 1 is the contents page, which lists every heading too.
      for (let i = 2; i <= n; i++) if (pdfText(file, i).includes(heading)) return i - 1;
      return -1;
    };
    const contents = pdfText(file, 1);
    expect(contents).toContain('Contents');
    expect(contents).toContain('Subsection 3.1 heading');
    expect(contents).not.toContain('Minor 3 heading');
    const links = (await annotations(bytes))[0] ?? [];
    const expected = [];
    for (let s = 1; s <= 6; s++)
      expected.push(pageOf(`Section ${s} heading`), pageOf(`Subsection ${s}.1 heading`));
    expect(links.map((l) => l.destPage)).toEqual(expected);
    // Printed page numbers in the contents match too.
    const layoutText = run('pdftotext', ['-layout', '-f', '1', '-l', '1', file, '-']);
    expect(layoutText).toMatch(new RegExp(`Section 2 heading\\s+${(expected[2] as number) + 1}\\n`));
    expect(layoutText).toMatch(new RegExp(`Subsection 6.1 heading\\s+${(expected[11] as number) + 1}\\n`));

    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    const first = outlines.lookup(PDFName.of('First'), PDFDict);
    expect(str(first.lookup(PDFName.of('Title')))).toBe('Section 1 heading');
    const child = first.lookup(PDFName.of('First'), PDFDict);
    expect(str(child.lookup(PDFName.of('Title')))).toBe('Subsection 1.1 heading');
    expect(outlines.lookup(PDFName.of('Count'))?.toString()).toBe('12');
  });

  it('splits a long table across pages, repeating the header and never splitting a row', async () => {
    const rows = Array.from({ length: 90 }, (_, i) => [
      [{ text: `Row ${i}` }],
      [{ text: i % 2 ? 'Nguyễn Thị Ánh' : '王小明' }],
      [{ text: `Call on 02 9999 ${String(i).padStart(4, '0')} and record the outcome in the register.` }],
    ]);
    const table: Block = {
      type: 'table',
      header: [[{ text: 'Who' }], [{ text: 'Name' }], [{ text: 'Action' }]],
      rows,
    };
    const file = writePdf(await renderPdf(baseInput([p('Intro'), table, p('After the table.')]), fonts));
    const n = pageCount(file);
    expect(n).toBeGreaterThanOrEqual(3);
    const seen = new Set<number>();
    for (let pg = 1; pg <= n; pg++) {
      const text = flat(pdfText(file, pg));
      const here = [...text.matchAll(/Row (\d+)/g)].map((m) => Number(m[1]));
      if (here.length === 0) continue;
      expect(text).toMatch(/Who Name Action/);
      for (const r of here) {
        seen.add(r);
        // The whole row is on this page.
        expect(text).toContain(`Call on 02 9999 ${String(r).padStart(4, '0')} and record`);
      }
    }
    expect(seen.size).toBe(90);
  });

  it('keeps a heading with the text that follows it', async () => {
    for (let fill = 22; fill < 36; fill++) {
      const blocks: Block[] = Array.from({ length: fill }, (_, i) => p(`Filler ${i}`));
      blocks.push({ type: 'heading', level: 2, text: 'Kept heading' }, p('First words after the heading.'));
      const file = writePdf(await renderPdf(baseInput(blocks), fonts));
      const pages = Array.from({ length: pageCount(file) }, (_, i) => pdfText(file, i + 1));
      const h = pages.findIndex((t) => t.includes('Kept heading'));
      const body = pages.findIndex((t) => t.includes('First words after the heading.'));
      expect(h).toBe(body);
    }
  });

  it('does not crash on characters no font has, and reports them', async () => {
    const weird = 'emoji 😀 private \uE000 lone \uD800 surrogate, control \u0007 bell';
    const { bytes, stats } = await renderPdfWithStats(
      baseInput([
        { type: 'heading', level: 1, text: `Head 😀` },
        p(weird),
        { type: 'code', text: 'x\t😀\u0000y' },
      ]),
      fonts,
    );
    expect(stats.missing).toContain('😀');
    expect(stats.missing).toContain('\uE000');
    const text = pdfText(writePdf(bytes));
    expect(text).toContain('emoji \uFFFD private \uFFFD lone \uFFFD surrogate, control bell');
  });

  it('sets document metadata, language and viewer preferences', async () => {
    const bytes = await renderPdf(baseInput([p('x')]), fonts);
    const info = run('pdfinfo', ['-isodates', writePdf(bytes)]);
    expect(info).toMatch(/Title:\s+Data breach response plan/);
    expect(info).toMatch(/Subject:\s+Harbourside Family Medical/);
    expect(info).toMatch(/Author:\s+Harbourside Family Medical/);
    expect(info).toMatch(/Keywords:\s+NDB, privacy, health/);
    expect(info).toMatch(/Creator:\s+ndb-kit/);
    expect(info).toMatch(/Producer:\s+ndb-kit/);
    expect(info).toMatch(/CreationDate:\s+2025-03-01T02:03:04/);
    expect(info).toMatch(/ModDate:\s+2025-03-01T02:03:04/);
    expect(info).toMatch(/Page size:\s+595.28 x 841.89 pts \(A4\)/);
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(str(doc.catalog.lookup(PDFName.of('Lang')))).toBe('en-AU');
    const prefs = doc.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
    expect(prefs.lookup(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');
  });

  it('drops an unsafe language tag rather than writing it raw', async () => {
    const bytes = await renderPdf(baseInput([p('x')], { language: 'en) /JS (alert' }), fonts);
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.catalog.lookup(PDFName.of('Lang'))).toBeUndefined();
  });

  it('makes http(s)/mailto/tel links clickable and leaves other schemes as text', async () => {
    const bytes = await renderPdf(
      baseInput([
        p(
          { text: 'OAIC', href: 'https://www.oaic.gov.au/privacy' },
          ' ',
          { text: 'mail', href: 'mailto:privacy@example.com.au' },
          ' ',
          { text: 'phone', href: 'tel:+61299990000' },
          ' ',
          { text: 'evil', href: 'javascript:alert(1)' },
          ' ',
          { text: 'file', href: 'file:///etc/passwd' },
          ' ',
          { text: 'parens', href: 'https://example.org/a_(b)?q=ü x' },
        ),
      ]),
      fonts,
    );
    const uris = (await annotations(bytes)).flat().map((a) => a.uri);
    expect(uris).toEqual([
      'https://www.oaic.gov.au/privacy',
      'mailto:privacy@example.com.au',
      'tel:+61299990000',
      'https://example.org/a_%28b%29?q=%C3%BC%20x',
    ]);
    expect(pdfText(writePdf(bytes))).toContain('OAIC mail phone evil file parens');
  });

  it('renders lists, callouts, code, rules and page breaks', async () => {
    const blocks: Block[] = [
      {
        type: 'list',
        ordered: true,
        items: [
          [p('First step'), { type: 'list', ordered: false, items: [[p('Nested bullet')], [p('Another')]] }],
          [p('Second step')],
        ],
      },
      { type: 'callout', tone: 'warning', blocks: [p({ text: 'Not legal advice.', bold: true })] },
      { type: 'callout', tone: 'info', blocks: [p('Info note')] },
      { type: 'code', text: 'if (breach) {\n\tnotify();\n}' },
      { type: 'rule' },
      { type: 'pageBreak' },
      p('After the break'),
    ];
    const file = writePdf(await renderPdf(baseInput(blocks), fonts));
    expect(pageCount(file)).toBe(2);
    const first = pdfText(file, 1);
    expect(flat(first)).toMatch(/1\. First step Nested bullet Another 2\. Second step/);
    expect(first).toContain('Not legal advice.');
    expect(first).toContain('notify();');
    expect(pdfText(file, 2)).toContain('After the break');
  });

  it('wraps over-long words and URLs inside the page', async () => {
    // No hyphens: pdftotext would join a hyphen at a line end with the next line.
    const url = `https://example.org/${'pathsegment/'.repeat(20)}end?q=1&r=2`;
    const bytes = await renderPdf(baseInput([p({ text: url, href: url }), p('x'.repeat(400))]), fonts);
    const file = writePdf(bytes);
    const bbox = run('pdftotext', ['-bbox', file, '-']);
    const xMax = Math.max(...[...bbox.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1])));
    expect(xMax).toBeLessThanOrEqual(595.28 - 56 + 0.5);
    expect(flat(pdfText(file)).replace(/ /g, '')).toContain(url);
  });

  it('rejects an invalid date', async () => {
    await expect(renderPdf(baseInput([], { date: new Date('nope') }), fonts)).rejects.toThrow(/date/);
  });
});
