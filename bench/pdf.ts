/**
 * Render-time benchmark for @ndb-kit/pdf: the GP clinic's real plan (20 pages, with the CJK
 * fallback font for 王小明), the same plan with that name romanised (Latin fonts only), and a
 * synthetic ~30-page plan (Latin, with CJK, and with a table of names in 16 scripts: shaping and
 * bidi). Prints the first-use font parse time, warm wall-time median and min, process CPU time per render
 * (all threads: steadier than wall time on a shared machine), and a CPU breakdown by stage.
 * Then the peers, each interleaved with ours (a, b, b, a, …; medians and their ratio):
 * - `pdf.vsChromium`: the same plan's plan.html printed by a warm headless Chromium (aim ≥ 20×);
 * - `pdf.vsTypst`: the same plan as Typst markup (bench/typst/markdown-to-typst.ts, same Noto
 *   fonts) compiled to PDF by a warm Typst (npm @myriaddreamin/typst-ts-node-compiler);
 * - `cli.coldBuildVsTypst`: a cold `ndb build` of one practice in a child process against a cold
 *   Typst compile of its plan in a child process (aim ≤ 1: ours no slower).
 * Run: node bench/pdf.ts [--json] [--runs N] [--no-peers | --chromium-only]   (N renders per case, default 20)
 * `--chromium-only`: the GP plan's warm figures (`pdf.warmMs`, `pdf.cpuMs`) and `pdf.vsChromium` alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPractice } from '../packages/generator/src/index.ts';
import { parseMarkdown } from '../packages/generator/src/markdown.ts';
import { planPdfInput } from '../packages/generator/src/plan-pdf.ts';
import { composePages } from '../packages/pdf/src/compose.ts';
import { pickDeflate } from '../packages/pdf/src/deflate.ts';
import { Face, FontBook } from '../packages/pdf/src/fonts.ts';
import { NAMES } from '../packages/pdf/src/sample-names.ts';
import type { Block, PdfInput, ScriptFonts } from '../packages/pdf/src/index.ts';
import { scriptsIn } from '../packages/pdf/src/index.ts';
import { renderPdf, renderPdfWithStats } from '../packages/pdf/src/index.ts';
import { loadDefaultFonts } from '../packages/pdf/src/node-fonts.ts';
import type { PracticePolicy } from '../packages/policy/src/index.ts';
import { benchArgs, type Figure, figure, humanOut, interleave, median, printFigures } from './figures.ts';
import { planToTypst, typstFontFiles } from './typst/markdown-to-typst.ts';

const { json, runs: N = 20 } = benchArgs();
const peers = !process.argv.includes('--no-peers');
const chromiumOnly = process.argv.includes('--chromium-only');
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

const GP_FILE = new URL('../policies/harbourside-family-medical.json', import.meta.url);
const DATE = '2026-11-20';

/** The GP clinic's plan as the generator lays it out; `latin` romanises its one Chinese name. */
async function gpArtifacts(fonts: Awaited<ReturnType<typeof loadDefaultFonts>>, latin: boolean) {
  let json = readFileSync(GP_FILE, 'utf8');
  if (latin) json = json.replaceAll('王小明', 'Wáng Xiǎomíng');
  const policy = JSON.parse(json) as PracticePolicy;
  const artifacts = await buildPractice(policy, { date: DATE, fonts });
  return { policy, artifacts };
}

async function gpPlan(
  fonts: Awaited<ReturnType<typeof loadDefaultFonts>>,
  latin: boolean,
): Promise<PdfInput> {
  const { artifacts } = await gpArtifacts(fonts, latin);
  return planPdfInput(
    artifacts.model,
    parseMarkdown(artifacts.planMarkdown),
    DATE,
    artifacts.banners.length > 0,
  );
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
// The CJK pair too (read only for a document that needs it): the GP plan has a Han name.
const defaults = await loadDefaultFonts();
const fonts = { ...defaults, ...(await defaults.loadCjk?.()) };
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
// One context for every timed render (a document gets its own in renderPdf): this only times.
const platform = pickDeflate() ?? ((b: Uint8Array) => b);
let deflateCpu = 0;
const timedDeflate = (b: Uint8Array): Uint8Array | Promise<Uint8Array> => {
  const c = process.cpuUsage();
  const out = platform(b); // Node's zlib is synchronous, so this times the compression itself
  deflateCpu += cpuMs(process.cpuUsage(c));
  return out;
};

for (const [name, key, input] of chromiumOnly ? cases.slice(0, 1) : cases) {
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

// ---------------------------------------------------------------- peers, interleaved with ours

const gp = await gpArtifacts(fonts, false);
const gpInput = planPdfInput(
  gp.artifacts.model,
  parseMarkdown(gp.artifacts.planMarkdown),
  DATE,
  gp.artifacts.banners.length > 0,
);
const ours = () => renderPdf(gpInput, fonts);
const skipped = (what: string, error: unknown) =>
  say(`${what} skipped: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);

// Our plan.pdf against the same plan.html printed by a warm headless Chromium.
if (peers) {
  try {
    const { launchChromium } = await import('../site/scripts/chromium.ts');
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const chromium = async () => {
        await page.setContent(gp.artifacts.planHtml);
        return page.pdf({ format: 'A4', printBackground: true });
      };
      for (let r = 0; r < 3; r++) {
        await ours();
        await chromium();
      }
      const ab = await interleave(ours, chromium, N);
      say(
        `\nplan.pdf vs Chromium (setContent + page.pdf), interleaved, ${N} runs each: ours median ` +
          `${ab.a.median.toFixed(1)} ms, Chromium ${ab.b.median.toFixed(1)} ms: ${ab.ratio.toFixed(1)}× (aim >= 20×)`,
      );
      figures.push(
        figure('pdf.vsChromium', round1(ab.ratio), 'x', N, '>= 20'),
        figure('pdf.vsChromium.oursMs', round1(ab.a.median), 'ms', N),
        figure('pdf.vsChromium.chromiumMs', round1(ab.b.median), 'ms', N),
      );
    } finally {
      await browser.close();
    }
  } catch (error) {
    skipped('Chromium comparison', error); // no Chromium here: leave the figure out rather than invent one
  }
}

// Typst: the plan's Markdown as Typst markup, the same Noto fonts.
const { typst } = planToTypst(
  gp.artifacts.model,
  gp.artifacts.planMarkdown,
  DATE,
  gp.artifacts.banners.length > 0,
);
const fontFiles = typstFontFiles();
if (peers && !chromiumOnly) {
  try {
    const { NodeCompiler } = await import('@myriaddreamin/typst-ts-node-compiler');
    const compiler = NodeCompiler.create({
      fontArgs: [{ fontBlobs: fontFiles.map((f) => readFileSync(f)) }],
    });
    // Typst memoises layout by content, so compiling the same source again times its cache. Two
    // figures: `pdf.vsTypst`, a new document each run (the text size nudged by 1e-5 pt per run,
    // which changes every element's styles, so nothing laid out before is reused; fonts stay
    // loaded, as ours do), and `pdf.vsTypstIncremental`, the same plan each run with only a
    // comment changed (Typst reuses its layout: what its watch mode does on a small edit).
    let k = 0;
    const typstPdf = (fresh: boolean) => () => {
      k++;
      const source = fresh
        ? typst.replace('#set par(', `#set text(size: 10pt + ${k} * 0.00001pt)\n#set par(`)
        : `// run ${k}\n${typst}`;
      const r = compiler.compile({ mainFileContent: source });
      if (!r.result) throw new Error('Typst did not compile the plan');
      const pdf = compiler.pdf(r.result);
      compiler.evictCache(10); // the suggested age for one-off tools: keeps memory bounded
      return pdf;
    };
    for (const [name, fresh, what] of [
      ['pdf.vsTypst', true, 'a new document each run'],
      ['pdf.vsTypstIncremental', false, 'the same plan, memoised layout reused'],
    ] as const) {
      for (let r = 0; r < 3; r++) {
        await ours();
        typstPdf(fresh)();
      }
      const ab = await interleave(ours, typstPdf(fresh), N);
      say(
        `plan.pdf vs Typst (compile + pdf, warm, ${what}), interleaved, ${N} runs each: ours median ` +
          `${ab.a.median.toFixed(1)} ms, Typst ${ab.b.median.toFixed(1)} ms: ${ab.ratio.toFixed(1)}×`,
      );
      figures.push(
        figure(name, round1(ab.ratio), 'x', N),
        figure(`${name}.oursMs`, round1(ab.a.median), 'ms', N),
        figure(`${name}.typstMs`, round1(ab.b.median), 'ms', N),
      );
    }

    // Cold: each side a new Node process. Ours: `ndb build` of the practice (validation and every
    // artefact, plan.pdf among them) by the repository's `ndb` (packages/cli/bin/ndb.js: the
    // cached bundle of the sources; the warm-up run rebuilds it if stale); Typst: load the
    // compiler and fonts, compile, write the PDF.
    const work = mkdtempSync(join(tmpdir(), 'ndb-bench-cold-'));
    try {
      const typFile = join(work, 'plan.typ');
      writeFileSync(typFile, typst);
      const root = new URL('../', import.meta.url).pathname;
      let n = 0;
      const child = (args: string[]) => () => {
        const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
        if (r.status !== 0) throw new Error(`${args.slice(0, 2).join(' ')} exited ${r.status}: ${r.stderr}`);
      };
      const ndbCold = () =>
        child([
          'packages/cli/bin/ndb.js',
          'build',
          GP_FILE.pathname,
          '--out',
          join(work, `out-${n++}`),
          '--date',
          DATE,
          '--quiet',
        ])();
      const typstCold = () =>
        child(['bench/typst/compile.ts', typFile, join(work, `typst-${n++}.pdf`), ...fontFiles])();
      const coldRuns = Math.min(Math.max(3, Math.ceil(N / 4)), 9);
      ndbCold(); // warm the OS file cache for both
      typstCold();
      const cold = await interleave(ndbCold, typstCold, coldRuns);
      const ratio = cold.a.median / cold.b.median;
      say(
        `cold, child processes, interleaved, ${coldRuns} runs each: ndb build median ${cold.a.median.toFixed(0)} ms, ` +
          `Typst compile median ${cold.b.median.toFixed(0)} ms: ours / Typst ${ratio.toFixed(2)} (aim <= 1)`,
      );
      figures.push(
        figure('cli.coldBuildVsTypst', Number(ratio.toFixed(2)), 'x', coldRuns, '<= 1'),
        figure('cli.coldBuildVsTypst.ndbMs', Math.round(cold.a.median), 'ms', coldRuns),
        figure('cli.coldBuildVsTypst.typstMs', Math.round(cold.b.median), 'ms', coldRuns),
      );
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  } catch (error) {
    skipped('Typst comparison', error);
  }
}

if (json) printFigures(figures, true);
