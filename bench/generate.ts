/**
 * Plan generator benchmark: time to build every artefact of a practice (plan.md/html/pdf, notices,
 * drills.ics, manifest), throughput for 1, 20 and 200 practices (synthetic variations of the
 * example policies), the PDF on its own, and the same plan.html printed by a warm headless Chromium.
 * Run: node bench/generate.ts [repeats]   (aims: < 100 ms per practice; our PDF ≥ 10× Chromium)
 */
import { readFileSync } from 'node:fs';
import { buildPractice } from '../packages/generator/src/index.ts';
import { parseMarkdown } from '../packages/generator/src/markdown.ts';
import { planPdfInput } from '../packages/generator/src/plan-pdf.ts';
import { renderPdf } from '../packages/pdf/src/index.ts';
import { loadDefaultFonts } from '../packages/pdf/src/node-fonts.ts';
import type { PracticePolicy } from '../packages/policy/src/index.ts';

const REPEATS = Number(process.argv.slice(2).find((a) => !a.startsWith('-')) ?? 30);
const DATE = '2026-11-20';
const root = new URL('../', import.meta.url);
const examples = ['harbourside-family-medical', 'mindful-psychology', 'bright-smile-dental'].map(
  (n) => JSON.parse(readFileSync(new URL(`policies/${n}.json`, root), 'utf8')) as PracticePolicy,
);

const FIRST = ['Alex', 'Sam', 'Priya', 'Minh', 'Aroha', 'Lena', 'Tomás', 'Jun', 'Fatima', 'Oliver'];
const LAST = ['Nguyen', 'Smith', 'Patel', 'Walker', 'Kaur', 'Chen', 'Brown', 'Rossi', 'Ngata', 'Khan'];

/** The i-th synthetic practice: an example with its names, people and drills varied. */
function synthetic(i: number): PracticePolicy {
  const p = structuredClone(examples[i % examples.length] as PracticePolicy);
  p.id = `${p.id}-${i}`;
  p.organisation.tradingName = `${p.organisation.tradingName} ${i}`;
  p.organisation.legalName = `${p.organisation.legalName} (${i})`;
  p.people = p.people.map((person, k) => ({
    ...person,
    name: `${FIRST[(i + k) % 10]} ${LAST[(i * 3 + k) % 10]}`,
  }));
  const extra = i % 4; // 0–3 extra staff who only attend drills
  for (let k = 0; k < extra; k++) {
    p.people.push({
      id: `staff-${k}`,
      name: `${FIRST[k]} ${LAST[(i + k) % 10]}`,
      position: 'Receptionist',
      phone: `02 5550 41${10 + k}`,
    });
  }
  p.drills = p.drills.map((d, k) => ({
    ...d,
    title: `${d.title} (${i})`,
    startTime: `${String(8 + ((i + k) % 9)).padStart(2, '0')}:${k % 2 ? '30' : '00'}`,
    attendees: extra > 0 && k === 0 ? [...d.attendees, 'staff-0'] : d.attendees,
  }));
  return p;
}

const ms = (t0: number) => performance.now() - t0;
function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] as number;
  return { median: at(0.5), p95: at(0.95), min: s[0] as number };
}
const f = (n: number) => n.toFixed(1).padStart(7);

const fonts = await loadDefaultFonts();
const options = { date: DATE, fonts };

// Warm-up: JIT, font parsing caches, template compilation.
for (const p of examples) await buildPractice(p, options);

console.log(
  `ndb-kit plan generator benchmark (node ${process.version}, ${REPEATS} repeats, build date ${DATE})\n`,
);
console.log('Per practice, every artefact (ms):      median     p95     min');
for (const p of examples) {
  const times: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    const t0 = performance.now();
    await buildPractice(p, options);
    times.push(ms(t0));
  }
  const s = stats(times);
  console.log(`  ${p.id.padEnd(36)} ${f(s.median)} ${f(s.p95)} ${f(s.min)}`);
}

console.log('\nThroughput (sequential, one process):');
for (const n of [1, 20, 200]) {
  const practices = Array.from({ length: n }, (_, i) => synthetic(i));
  const t0 = performance.now();
  for (const p of practices) await buildPractice(p, options);
  const total = ms(t0);
  console.log(
    `  ${String(n).padStart(3)} practices: ${f(total)} ms total, ${f(total / n)} ms each, ${(n / (total / 1000)).toFixed(1)} practices/s`,
  );
}

// The PDF alone, from the same plan.
const gp = examples[0] as PracticePolicy;
const artifacts = await buildPractice(gp, options);
const input = planPdfInput(gp, parseMarkdown(artifacts.planMarkdown), DATE, artifacts.banners.length > 0);
const ours: number[] = [];
for (let r = 0; r < REPEATS; r++) {
  const t0 = performance.now();
  await renderPdf(input, fonts);
  ours.push(ms(t0));
}
const o = stats(ours);
console.log(
  `\nplan.pdf alone (${gp.id}, @ndb-kit/pdf): median ${o.median.toFixed(1)} ms, p95 ${o.p95.toFixed(1)} ms`,
);

// The same plan.html printed by a warm headless Chromium.
try {
  const { launchChromium } = await import('../site/scripts/chromium.ts');
  const browser = await launchChromium();
  const page = await browser.newPage();
  const print = async () => {
    await page.setContent(artifacts.planHtml);
    return page.pdf({ format: 'A4', printBackground: true });
  };
  for (let r = 0; r < 3; r++) await print(); // warm-up
  const chrome: number[] = [];
  const runs = Math.max(5, Math.min(REPEATS, 15));
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    await print();
    chrome.push(ms(t0));
  }
  await browser.close();
  const c = stats(chrome);
  console.log(
    `plan.html → PDF, warm headless Chromium (setContent + page.pdf, ${runs} runs): median ${c.median.toFixed(1)} ms, p95 ${c.p95.toFixed(1)} ms`,
  );
  console.log(`ratio (Chromium median / ours): ${(c.median / o.median).toFixed(1)}×  (aim ≥ 10×)`);
} catch (error) {
  console.log(
    `Chromium comparison skipped: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
  );
}
