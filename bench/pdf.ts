/**
 * Render-time benchmark for @ndb-kit/pdf: a realistic ~30-page breach response plan.
 * Run: node bench/pdf.ts [iterations]
 */
import { renderPdfWithStats } from '../packages/pdf/src/index.ts';
import type { Block, PdfInput } from '../packages/pdf/src/index.ts';
import { loadDefaultFonts } from '../packages/pdf/src/node-fonts.ts';

const N = Number(process.argv[2] ?? 20);

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

const t0 = performance.now();
const fonts = await loadDefaultFonts();
console.log(`load fonts: ${(performance.now() - t0).toFixed(1)} ms`);

for (const cjk of [false, true]) {
  const input = plan(cjk);
  let t = performance.now();
  const first = await renderPdfWithStats(input, fonts);
  const firstMs = performance.now() - t;
  // Wall time is noisy on a shared machine; process CPU time (all threads) is reported alongside.
  const walls: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < N; i++) {
    t = performance.now();
    await renderPdfWithStats(input, fonts);
    walls.push(performance.now() - t);
  }
  const cpu = process.cpuUsage(cpu0);
  walls.sort((a, b) => a - b);
  const median = walls[Math.floor(N / 2)] as number;
  const cpuMs = (cpu.user + cpu.system) / 1000 / N;
  console.log(
    `${cjk ? 'with CJK  ' : 'Latin only'}: ${first.stats.pages} pages, ${(first.bytes.length / 1024).toFixed(0)} KB, ` +
      `first ${firstMs.toFixed(1)} ms, warm median ${median.toFixed(1)} ms (min ${(walls[0] as number).toFixed(1)}), ` +
      `CPU ${cpuMs.toFixed(1)} ms/render (n=${N})`,
  );
}
