/**
 * Render-time benchmark for @ndb-kit/pdf: the GP clinic's real plan (18 pages, with the CJK
 * fallback font for 王小明), the same plan with that name romanised (Latin fonts only), and a
 * synthetic ~30-page plan (Latin, with CJK, and with a table of names in 16 scripts: shaping and
 * bidi). Prints the first-use font parse time, warm wall-time median and min, process CPU time per render
 * (all threads: steadier than wall time on a shared machine), and a CPU breakdown by stage.
 * Run: node bench/pdf.ts [--json] [--runs N]   (N renders per case, default 20)
 */
import { readFileSync } from 'node:fs';
import { buildPractice } from '../packages/generator/src/index.ts';
import { parseMarkdown } from '../packages/generator/src/markdown.ts';
import { planPdfInput } from '../packages/generator/src/plan-pdf.ts';
import { composePages } from '../packages/pdf/src/compose.ts';
import { pickDeflate } from '../packages/pdf/src/deflate.ts';
import { Face, FontBook } from '../packages/pdf/src/fonts.ts';
import { NAMES } from '../packages/pdf/src/sample-names.ts';
import type { Block, PdfInput, ScriptFonts } from '../packages/pdf/src/index.ts';
import { scriptsIn } from '../packages/pdf/src/index.ts';
import { renderPdfWithStats } from '../packages/pdf/src/index.ts';
import { loadDefaultFonts } from '../packages/pdf/src/node-fonts.ts';
import type { PracticePolicy } from '../packages/policy/src/index.ts';
import { benchArgs, type Figure, figure, humanOut, median, printFigures } from './figures.ts';

const { json, runs: N = 20 } = benchArgs();
const say = humanOut(json);
const figures: Figure[] = [];
const round1 = (n: number) => Number(n.toFixed(1));

const para = (i: number): Block => ({
  type: 'paragraph',
  inlines: [
    { text: `Step ${i}. `, bold: true },
    {
      text: 'When a suspected data breach is identified, the privacy officer records what happened, which patients are affected and what personal information was involved. Contain the breach first: recall misdirected emails, change passwords, and isolate affected systems. ',
    },
    { text: 'Assess', italic: true },
    {
      text: ' whether serious harm is likely, taking into account the sensitivity of health information and any remedial action. See the ',
    },
    { text: 'OAIC guidance', href: 'https://www.oaic.gov.au/privacy/notifiable-data-breaches' },
    { text: ' and record the decision in the ' },
    { text: 'breach register', code: true },
    { text: '.' },
  ],
});

function section(n: number, cjk: boolean): Block[] {
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: `${n}. Response phase ${n}` },
    para(n * 10 + 1),
    para(n * 10 + 2),
    { type: 'heading', level: 2, text: `${n}.1 Responsibilities` },
    {
      type: 'list',
      ordered: true,
      items: Array.from({ length: 5 }, (_, i) => [
        {
          type: 'paragraph',
          inlines: [
            {
              text: `Task ${i + 1}: notify the practice principal and keep a contemporaneous note of every action, including times and who was told.`,
            },
          ],
        },
        ...(i === 2
          ? [
              {
                type: 'list',
                ordered: false,
                items: [
                  [{ type: 'paragraph', inlines: [{ text: 'Check the IT provider log.' }] }],
                  [{ type: 'paragraph', inlines: [{ text: 'Preserve evidence.' }] }],
                ],
              } as Block,
            ]
          : []),
      ]),
    },
    {
      type: 'callout',
      tone: n % 2 ? 'warning' : 'info',
      blocks: [
        {
          type: 'paragraph',
          inlines: [
            { text: 'Decision support, not legal advice. ', bold: true },
            {
              text: 'If in doubt about whether a breach is notifiable, seek advice from your medical defence organisation.',
            },
          ],
        },
      ],
    },
    { type: 'heading', level: 2, text: `${n}.2 Contacts` },
    {
      type: 'table',
      header: [[{ text: 'Role' }], [{ text: 'Name' }], [{ text: 'Phone' }], [{ text: 'Email' }]],
      rows: Array.from({ length: 8 }, (_, i) => [
        [{ text: ['Privacy officer', 'Practice principal', 'IT provider', 'Insurer'][i % 4] as string }],
        [
          {
            text:
              cjk && i % 3 === 0
                ? '王小明 (Wang Xiaoming)'
                : (['Nguyễn Thị Ánh', 'Aroha Ngāti', 'Dr Sam Đặng', 'Jo Smith'][i % 4] as string),
          },
        ],
        [{ text: '02 9999 0000', href: 'tel:+61299990000' }],
        [{ text: 'privacy@harbourside.example.com.au', href: 'mailto:privacy@harbourside.example.com.au' }],
      ]),
    },
    para(n * 10 + 3),
    { type: 'heading', level: 3, text: 'Record keeping' },
    para(n * 10 + 4),
    { type: 'code', text: 'Breach ID: NDB-2025-001\nReported: 2025-03-01 09:30\nContained: yes' },
  ];
  return blocks;
}

function plan(cjk: boolean): PdfInput {
  return {
    title: 'Data breach response plan',
    subject: 'Harbourside Family Medical',
    author: 'Harbourside Family Medical',
    keywords: ['NDB', 'privacy', 'data breach'],
    language: 'en-AU',
    header: 'Harbourside Family Medical — Data breach response plan v1.2',
    footer: 'Decision support, not legal advice',
    date: new Date('2025-03-01T00:00:00Z'),
    toc: true,
    blocks: Array.from({ length: 20 }, (_, i) => section(i + 1, cjk)).flat(),
  };
}

/** The GP clinic's plan as the generator lays it out; `latin` romanises its one Chinese name. */
async function gpPlan(
  fonts: Awaited<ReturnType<typeof loadDefaultFonts>>,
  latin: boolean,
): Promise<PdfInput> {
  let json = readFileSync(new URL('../policies/harbourside-family-medical.json', import.meta.url), 'utf8');
  if (latin) json = json.replaceAll('王小明', 'Wáng Xiǎomíng');
  const policy = JSON.parse(json) as PracticePolicy;
  const date = '2026-11-20';
  const artifacts = await buildPractice(policy, { date, fonts });
  return planPdfInput(policy, parseMarkdown(artifacts.planMarkdown), date, artifacts.banners.length > 0);
}

/** The script fonts renderPdf would load for `input` (so the layout-only timing matches). */
async function scriptFontsFor(input: PdfInput) {
  const out: Record<string, ScriptFonts> = {};
  for (const s of scriptsIn(JSON.stringify(input))) {
    const src = fonts.scripts?.[s];
    if (src) out[s] = typeof src === 'function' ? await src() : src;
  }
  return out;
}

const cpuMs = (c: NodeJS.CpuUsage): number => (c.user + c.system) / 1000;

const t0 = performance.now();
const fonts = await loadDefaultFonts();
const loadMs = performance.now() - t0;
say(`load fonts: ${loadMs.toFixed(1)} ms (node ${process.version})`);
figures.push(figure('pdf.fontsLoadMs', round1(loadMs), 'ms', 1));

// Font parsing (fontkit) on first use: a Face per font, then one cmap lookup (tables load lazily).
{
  const t1 = performance.now();
  for (const bytes of [fonts.regular, fonts.bold, fonts.italic, fonts.boldItalic, fonts.cjk]) {
    if (bytes) new Face(bytes).glyph(0x41);
  }
  const parseMs = performance.now() - t1;
  say(`parse fonts (Latin ×4 + CJK, first use): ${parseMs.toFixed(1)} ms`);
  figures.push(figure('pdf.fontsParseMs', round1(parseMs), 'ms', 1));
}

/** Staff names in each script of the languages most spoken in Australian homes (shaping + bidi). */
function scriptsPlan(): PdfInput {
  const base = plan(false);
  const table: Block = {
    type: 'table',
    header: [[{ text: 'Language' }], [{ text: 'Name' }], [{ text: 'Phone' }]],
    rows: NAMES.map(([l, n]) => [[{ text: l }], [{ text: n }], [{ text: '0491 570 157' }]]),
  };
  return { ...base, blocks: base.blocks.flatMap((b): Block[] => (b.type === 'table' ? [b, table] : [b])) };
}

// [label, figure prefix, input]: the GP plan is the headline (`pdf.warmMs`).
const cases: [string, string, PdfInput][] = [
  ['GP plan, with CJK', 'pdf', await gpPlan(fonts, false)],
  ['GP plan, Latin only', 'pdf.gpLatin', await gpPlan(fonts, true)],
  ['synthetic, Latin only', 'pdf.synthetic', plan(false)],
  ['synthetic, with CJK', 'pdf.syntheticCjk', plan(true)],
  ['synthetic, 16 scripts', 'pdf.syntheticScripts', scriptsPlan()],
];

// Stage breakdown (CPU): layout alone, deflate (timed inside the compressor), and the rest
// (painting content streams, font subsets, PDF objects) as the remainder of a full render.
const platform = pickDeflate() ?? ((b: Uint8Array) => b);
let deflateCpu = 0;
const timedDeflate = (b: Uint8Array): Uint8Array | Promise<Uint8Array> => {
  const c = process.cpuUsage();
  const out = platform(b); // Node's zlib is synchronous, so this times the compression itself
  deflateCpu += cpuMs(process.cpuUsage(c));
  return out;
};

for (const [name, key, input] of cases) {
  let t = performance.now();
  const first = await renderPdfWithStats(input, fonts);
  const firstMs = performance.now() - t;
  for (let i = 0; i < 5; i++) await renderPdfWithStats(input, fonts); // warm-up (JIT)
  const walls: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < N; i++) {
    t = performance.now();
    await renderPdfWithStats(input, fonts);
    walls.push(performance.now() - t);
  }
  const cpu = cpuMs(process.cpuUsage(cpu0)) / N;
  const warm = median(walls);

  let c = process.cpuUsage();
  const scripts = await scriptFontsFor(input);
  for (let i = 0; i < N; i++) composePages(input, new FontBook(fonts, scripts));
  const layoutCpu = cpuMs(process.cpuUsage(c)) / N;
  deflateCpu = 0;
  c = process.cpuUsage();
  for (let i = 0; i < N; i++) await renderPdfWithStats(input, fonts, { compress: timedDeflate });
  const totalCpu = cpuMs(process.cpuUsage(c)) / N;
  const deflate = deflateCpu / N;

  say(
    `${name.padEnd(22)} ${first.stats.pages} pages, ${(first.bytes.length / 1024).toFixed(0)} KB, ` +
      `first ${firstMs.toFixed(1)} ms, warm median ${warm.toFixed(1)} ms (min ${Math.min(...walls).toFixed(1)}), ` +
      `CPU ${cpu.toFixed(1)} ms/render (n=${N})\n` +
      `${''.padEnd(22)} CPU by stage: layout ${layoutCpu.toFixed(1)}, deflate ${deflate.toFixed(1)}, ` +
      `paint + fonts + PDF objects ${(totalCpu - layoutCpu - deflate).toFixed(1)} ms`,
  );
  figures.push(
    figure(`${key}.warmMs`, round1(warm), 'ms', N),
    figure(`${key}.cpuMs`, round1(cpu), 'ms', N),
    figure(`${key}.firstMs`, round1(firstMs), 'ms', 1),
    figure(`${key}.pages`, first.stats.pages, 'pages', 1),
  );
}

if (json) printFigures(figures, true);
