/**
 * Plan-site benchmark: wizard page weight, site build time (1 and 20 practices, one Astro build
 * each run), time until the first question can be answered under slow 4G + 4x CPU throttling,
 * and the wizard's length per public scenario (screens, answers, result height at 390 px).
 * Run: node bench/site.ts [--json] [--runs N] [--only=wizard]
 *   --json         one JSON object on stdout: {"figures":[{name,value,unit,target,met,runs}]}
 *   --runs N       page loads under slow 4G (default 3; the median is reported)
 *   --only=wizard  build one practice and measure only the wizard: its length, and its speed on
 *                  slow 4G (bench/wizard-speed.ts: interactive, result, record PDF first time and
 *                  from the service worker, the PDF's bytes on the wire)
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSites, SITE_ROOT } from '../site/scripts/build-sites.ts';
import { createStaticServer, listen } from '../site/scripts/serve.ts';
import { benchArgs, type Figure, figure, humanOut, median, printFigures } from './figures.ts';
import { measureWizardSpeed } from './wizard-speed.ts';
import { walkScenarios } from './wizard-walk.ts';

const { json: asJson, runs: LOADS = 3 } = benchArgs();
const onlyWizard = process.argv.includes('--only=wizard');
const figures: Figure[] = [];
const lines: string[] = [];
const say = (line: string) => lines.push(line);

const POLICY = join(SITE_ROOT, '../policies/harbourside-family-medical.json');
const work = await mkdtemp(join(tmpdir(), 'ndb-bench-site-'));
const gz = (b: Uint8Array | string) => gzipSync(b, { level: 9 }).byteLength;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

try {
  // 1. Build time, one practice.
  const t = performance.now();
  const [site] = await buildSites({ policies: [POLICY], outDir: join(work, 'one'), flat: true });
  const oneMs = performance.now() - t;
  const dir = site!.dir;
  say('ndb-kit plan site benchmark');

  // The wizard's length per public scenario, with the organisation known from the plan.
  const rows = await walkScenarios(dir);
  const maxScreens = Math.max(...rows.map((r) => r.screens));
  const maxAnswers = Math.max(...rows.map((r) => r.answers));
  const maxHeight = Math.max(...rows.map((r) => r.resultHeight));
  say('  wizard per public scenario (organisation known from the plan; 390×844):');
  for (const r of rows)
    say(
      `    ${r.id.padEnd(4)} ${String(r.screens).padStart(2)} screens ${String(r.answers).padStart(3)} answers  result ${r.resultHeight} px  (${r.outcome})`,
    );
  say(`  wizard screens, most for any scenario: ${maxScreens}  (aim <= 8)`);
  say(`  wizard answers, most for any scenario: ${maxAnswers}`);
  say(`  result page height at 390 px, tallest: ${maxHeight} px`);
  figures.push(
    figure('wizard.maxScreens', maxScreens, 'screens', 1, '<= 8'),
    figure('wizard.maxAnswers', maxAnswers, 'answers', 1),
    figure('wizard.resultHeight.max', maxHeight, 'px', 1),
    ...rows.flatMap((r) => [
      figure(`wizard.screens.${r.id}`, r.screens, 'screens', 1, '<= 8'),
      figure(`wizard.answers.${r.id}`, r.answers, 'answers', 1),
      figure(`wizard.resultHeight.${r.id}`, r.resultHeight, 'px', 1),
    ]),
  );
  figures.push(figure('site.build.onePractice', Math.round(oneMs), 'ms', 1));
  await speedFigures(dir);
  if (!onlyWizard) await pageFigures(dir, oneMs);
} finally {
  await rm(work, { recursive: true, force: true });
}
humanOut(asJson)(lines.join('\n'));
if (asJson) printFigures(figures, true);

async function speedFigures(dir: string): Promise<void> {
  const [speed] = await measureWizardSpeed([dir], LOADS);
  const m = speed!.median;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  say(`  wizard on slow 4G + 4x CPU (S01 answered at automation speed; medians of ${LOADS}):`);
  say(`    interactive (Next works):  ${s(m.interactive)}  (aim <= 1.0 s)`);
  say(`    result shown after the last Next: ${s(m.result)}  (aim <= 1.5 s)`);
  say(
    `    record PDF, first time:    ${s(m.pdfReady)}  (aim <= 3 s), ${kb(m.pdfBytes)} on the wire (aim <= 150 KB)`,
  );
  say(`    record PDF, service worker installed: ${s(m.pdfCached)}`);
  figures.push(
    figure('wizard.interactiveSlow4g', Math.round(m.interactive), 'ms', LOADS, '<= 1000'),
    figure('wizard.resultSlow4g', Math.round(m.result), 'ms', LOADS, '<= 1500'),
    figure('wizard.pdfReadySlow4g', Math.round(m.pdfReady), 'ms', LOADS, '<= 3000'),
    figure('wizard.pdfBytesWire', Math.round(m.pdfBytes), 'bytes', LOADS, `<= ${150 * 1024}`),
    figure('wizard.pdfReadyCachedMs', Math.round(m.pdfCached), 'ms', LOADS),
  );
}

async function pageFigures(dir: string, oneMs: number): Promise<void> {
  // 2. Build time, twenty practices (copies of the example under different ids), one Astro build.
  const source = JSON.parse(await readFile(POLICY, 'utf8'));
  const many: string[] = [];
  for (let i = 1; i <= 20; i++) {
    const file = join(work, `practice-${i}.json`);
    await writeFile(
      file,
      JSON.stringify({ ...source, $schema: undefined, id: `practice-${String(i).padStart(2, '0')}` }),
    );
    many.push(file);
  }
  const t = performance.now();
  await buildSites({ policies: many, outDir: join(work, 'many') });
  const manyMs = performance.now() - t;

  // 3. The wizard page's weight: its HTML and every script it loads before the first question.
  const html = await readFile(join(dir, 'wizard.html'), 'utf8');
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script type="module" src="\.\/([^"]+)"/g)].map((m) => m[1]!);
  let jsGzip = 0;
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(join(dir, file), 'utf8');
    jsGzip += gz(code);
    for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) queue.push(`_astro/${m[1]}`);
  }
  const htmlGzip = gz(html);
  const lazy = await Promise.all(
    ['result-module', 'src.'].map(async (prefix) => {
      const { readdir } = await import('node:fs/promises');
      const files = (await readdir(join(dir, '_astro'))).filter((f) => f.startsWith(prefix));
      let total = 0;
      for (const f of files) total += gz(await readFile(join(dir, '_astro', f)));
      return total;
    }),
  );

  // 4. First question usable under slow 4G (400 kbps, 400 ms RTT) and 4x CPU slowdown.
  const server = createStaticServer(dir);
  const port = await listen(server, 0);
  const { launchChromium } = await import('../site/scripts/chromium.ts');
  const browser = await launchChromium();
  const runs: number[] = [];
  const live: number[] = [];
  // When main.ts set data-ready, read in the page: free of Playwright's polling delay.
  const liveInPage: number[] = [];
  let transfer = 0;
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({
      serviceWorkers: 'block',
      viewport: { width: 390, height: 844 },
    });
    await context.addInitScript(() => {
      const w = window as unknown as { __ndbLive?: number };
      new MutationObserver((_, observer) => {
        if (!document.getElementById('wizard-root')?.dataset.ready) return;
        w.__ndbLive = performance.now();
        observer.disconnect();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 400,
      downloadThroughput: (400 * 1024) / 8,
      uploadThroughput: (400 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
      bytes += e.encodedDataLength;
    });
    await page.goto(`http://127.0.0.1:${port}/wizard.html`, { waitUntil: 'commit' });
    await page.locator('form[data-question] input:visible').first().waitFor({ state: 'visible' });
    runs.push(await page.evaluate(() => performance.now()));
    await page.locator('#wizard-root[data-ready]').waitFor({ state: 'attached' });
    live.push(await page.evaluate(() => performance.now()));
    liveInPage.push(await page.evaluate(() => (window as unknown as { __ndbLive: number }).__ndbLive));
    await page.waitForLoadState('load');
    transfer = bytes;
    await context.close();
  }
  await browser.close();
  server.close();

  const firstMedian = median(runs);
  const liveMedian = median(live);
  const inPageMedian = median(liveInPage);
  say(
    `  wizard page JS before first question (gzip): ${kb(jsGzip)}  (aim < 30 KB)  [${[...seen].map((f) => f.replace('_astro/', '')).join(', ')}]`,
  );
  say(`  wizard page HTML (gzip, CSS inlined):        ${kb(htmlGzip)}`);
  say(`  wizard page total transfer to load (wire):   ${kb(transfer)}`);
  say(`  lazy: result screen ${kb(lazy[0]!)}, PDF renderer ${kb(lazy[1]!)} (+ fonts, on demand)`);
  say(`  site build, 1 practice:   ${(oneMs / 1000).toFixed(1)} s`);
  say(`  site build, 20 practices: ${(manyMs / 1000).toFixed(1)} s  (one Astro build)`);
  say(
    `  first question usable, slow 4G + 4x CPU: ${(firstMedian / 1000).toFixed(2)} s median of ${LOADS} [${runs.map((r) => (r / 1000).toFixed(2)).join(', ')}]  (aim < 1.5 s)`,
  );
  say(
    `  wizard script live (Next works), same conditions: ${(liveMedian / 1000).toFixed(2)} s median of ${LOADS}`,
  );
  say(
    `    (in-page time data-ready was set: ${(inPageMedian / 1000).toFixed(2)} s median [${liveInPage.map((r) => (r / 1000).toFixed(2)).join(', ')}])`,
  );
  figures.push(
    // 30 KB written as bytes so the target is a plain number like every other.
    figure('wizard.firstQuestionJsGzip', Math.round(jsGzip), 'bytes', 1, `< ${30 * 1024}`),
    figure('wizard.htmlGzip', htmlGzip, 'bytes', 1),
    figure('wizard.transfer', transfer, 'bytes', 1),
    figure('site.build.twentyPractices', Math.round(manyMs), 'ms', 1),
    figure('wizard.firstQuestionUsable.slow4g', Math.round(firstMedian), 'ms', LOADS, '< 1500'),
    figure('wizard.live.slow4g', Math.round(liveMedian), 'ms', LOADS),
  );
}
