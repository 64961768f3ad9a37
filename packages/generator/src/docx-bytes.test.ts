// The Word writer (markdown-to-docx.ts) writes the XML itself; the `docx` package it replaced is
// the reference: every document here is made both ways and must be the same bytes, part by part.
// The corpus: the examples' plans and notices, hostile strings, every script, and generated
// Markdown that mixes lists, callouts, tables, blanks, links and characters XML cannot carry.
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildPractice } from './build.ts';
import { type DocxInput, type DocxMeta, markdownToDocx, textToDocx } from './markdown-to-docx.ts';
import * as reference from './test/docx-reference.ts';
import { BUILD_DATE, EXAMPLES, loadExample } from './test/support.ts';

const decoder = new TextDecoder();

/** Same bytes; on a difference, the first part that differs and where, so the failure says what to fix. */
function expectSameDocx(ours: Uint8Array, theirs: Uint8Array, label: string): void {
  if (Buffer.from(ours).equals(Buffer.from(theirs))) return;
  const a = unzipSync(ours);
  const b = unzipSync(theirs);
  expect(Object.keys(a), `${label}: parts`).toEqual(Object.keys(b));
  for (const name of Object.keys(b)) {
    const x = decoder.decode(a[name]);
    const y = decoder.decode(b[name]);
    if (x === y) continue;
    let at = 0;
    while (x[at] === y[at]) at++;
    expect(x.slice(Math.max(0, at - 200), at + 200), `${label}: ${name} at ${at}`).toBe(
      y.slice(Math.max(0, at - 200), at + 200),
    );
  }
  expect(Buffer.from(ours).equals(Buffer.from(theirs)), `${label}: zip bytes`).toBe(true);
}

async function both(input: DocxInput, label: string): Promise<void> {
  expectSameDocx(await markdownToDocx(input), await reference.markdownToDocx(input), `${label} (md)`);
  const { markdown, ...meta } = input;
  expectSameDocx(
    await textToDocx(markdown, meta),
    await reference.textToDocx(markdown, meta),
    `${label} (txt)`,
  );
}

const UNESCAPE: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
};
const unescapeXml = (xml: string) => xml.replace(/&(?:amp|lt|gt|quot|apos);/g, (e) => UNESCAPE[e] ?? e);

/** The title, creator, date, footer and header a .docx was made with, read back from its parts. */
function metaOf(file: Uint8Array): DocxMeta {
  const parts = unzipSync(file);
  const read = (name: string) => (parts[name] ? decoder.decode(parts[name]) : undefined);
  const core = read('docProps/core.xml') as string;
  const tag = (xml: string, name: string) =>
    unescapeXml(xml.match(new RegExp(`<${name}[^>]*>([^<]*)</${name}>`))?.[1] ?? '');
  const header = read('word/header1.xml');
  return {
    title: tag(core, 'dc:title'),
    creator: tag(core, 'dc:creator'),
    date: tag(core, 'dcterms:created').slice(0, 10),
    footer: tag(read('word/footer1.xml') as string, 'w:t'),
    ...(header ? { header: tag(header, 'w:t') } : {}),
  };
}

const META = { title: 'T', creator: 'C', date: BUILD_DATE, footer: 'F' };

const HOSTILE = [
  'Smith & Jones <Physio> *Clinic* {{x}}',
  '<img src=x onerror=alert(1)> [x](javascript:alert(1)) **b** _i_ `c` | ~~s~~',
  '{{x}} {{{x}}} {{> partial}} {{#each a}}',
  '&amp; &lt;b&gt; &#x41; \\* "quoted" \'single\' ]]> <![CDATA[x]]>',
  '# 1. - > +',
  'BEGIN:VEVENT; UID:evil, END:VCALENDAR \\n',
  'Nguyễn Thị Ánh · 王小明 · Ngāti · Øresund',
  // every script the PDF has a font for, and some it does not
  'العربية עברית हिन्दी বাংলা ਪੰਜਾਬੀ தமிழ் ไทย ລາວ ខ្មែរ မြန်မာ 한국어 日本語 Ελληνικά Русский ქართული Հայերեն አማርኛ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀👩🏽‍⚕️',
  // what XML cannot carry: C0 controls, U+FFFE/U+FFFF, lone surrogates; and what it can (tab, CR, LF)
  'a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\uFFFEh\uFFFFi\uD800j\uDC00k\tl\rm',
  '\u202Eevil\u202C \u2028 \u2029 \u00A0 \u200B',
];

const BLOCKS = `# Title with [[BLANK]]

Intro with **bold [[IN BOLD]]**, _italic [[IN ITALIC]]_, \`code [[IN CODE]]\`, ***both***, a [link](https://example.org/a)
and a [https://example.org/b](https://example.org/b), [mail](mailto:a@b.c), [tel](tel:+61255550100), [anchor](#x).
Hard break:\\
next line. ![alt text](https://example.org/i.png)

## Heading 2

### Heading 3

#### Heading 4

##### Heading 5

###### Heading 6

- one
- two
  - nested **a**
    - deeper
      - deepest

      continuation of deepest
  - nested b

  continuation of two
-
- - starts with a list
1. first
2. second

   second's paragraph

> a note with [[BLANK]]
>
> - a list in a note
>   1. numbered in a note

> [!WARNING]
> a warning

| Key | Value |
| --- | --- |
| a | **b** [[C]] |
| only one cell |
| x | y | extra |

| | |
| --- | --- |
| hidden head | row |

| | |
| --- | --- |

| A | B | C | D | E | F | G |
| - | - | - | - | - | - | - |
| 1 | 2 | 3 | 4 | 5 | 6 | 7 |

\`\`\`
code block [[X]]
  indented <tag> & "q"
\`\`\`

    indented code

---

Last line.`;

describe('the Word writer writes what the docx package wrote', () => {
  it.each(EXAMPLES)('%s: the plan.docx and notices the build wrote', async (name) => {
    const a = await buildPractice(loadExample(name), { date: BUILD_DATE });
    // The reference gets the build's Markdown and the properties, header and footer read back from the file.
    const check = async (path: string, source: string, text: boolean) => {
      const ours = a.files.get(path) as Uint8Array;
      const meta = metaOf(ours);
      const theirs = text
        ? await reference.textToDocx(source, meta)
        : await reference.markdownToDocx({ ...meta, markdown: source });
      expectSameDocx(ours, theirs, `${name} ${path}`);
    };
    await check('plan.docx', a.planMarkdown, false);
    for (const n of a.notices) await check(`notices/${n.id}.docx`, n.content, n.format === 'txt');
    // and with no header, through both entry points
    await both({ ...META, markdown: a.planMarkdown }, `${name} plan`);
  });

  it('constructs: headings, nested lists, callouts, tables, code, links, breaks, blanks', async () => {
    await both({ ...META, markdown: BLOCKS, header: 'DRAFT' }, 'blocks');
    await both({ ...META, markdown: BLOCKS }, 'blocks without header');
    await both({ ...META, markdown: '' }, 'empty');
    await both({ ...META, markdown: '', header: '\u0000' }, 'header of nothing XML can carry');
  });

  it.each(HOSTILE)('hostile or every-script text everywhere: %s', async (value) => {
    const markdown = BLOCKS.replaceAll('[[BLANK]]', value)
      .replaceAll('Heading', value)
      .replaceAll('a | **b**', `${value} | **b**`);
    await both(
      { title: value, creator: value, date: BUILD_DATE, footer: value, header: value, markdown },
      value,
    );
    await both({ ...META, markdown: value }, `${value} alone`);
  });

  it('generated Markdown (property)', async () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '\n',
        '\n\n',
        '- ',
        '  - ',
        '1. ',
        '> ',
        '> [!WARNING]\n> ',
        '| a | b |\n| - | - |\n| ',
        ' | ',
        '| | |\n| - | - |\n',
        '# ',
        '### ',
        '**',
        '_',
        '`',
        '```\n',
        '[[X]]',
        '[[',
        ']]',
        '[l](https://e.org)',
        '<https://e.org>',
        '\\\n',
        '&',
        '<',
        '"',
        "'",
        '\t',
        '\r\n',
      ),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { minLength: 1, maxLength: 30 }), async (pieces) => {
        const markdown = pieces.join('');
        await both({ ...META, markdown, header: pieces[0] }, JSON.stringify(markdown));
      }),
      { numRuns: 300, seed: 20261201 },
    );
  }, 300_000);
});
