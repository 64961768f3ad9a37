/**
 * The wizard on a phone: slow 4G (400 kbit/s each way, 400 ms RTT) and 4x CPU slowdown through
 * CDP, one fresh browser context per load (HTTP cache off, service worker blocked), answering
 * scenario S01 as fast as the automation can (the worst case for lazy chunks).
 * Times are read in the page (performance.now()), free of Playwright's polling, and nothing of
 * Playwright's runs in the page until it is live (installMarks):
 * - interactive: main.ts set data-ready (the wizard's script has hydrated the first screen: its
 *   Next shows the next question; checked by answering once it is set)
 * - takesInput: the first screen takes input before that: its answers tick and a Next pressed
 *   is held and honoured once the wizard is live (the inline early-input script set data-early
 *   and the first question is shown;
 *   a build without it: data-ready). Not "Next works": the next question waits for the script
 * - result: from the click on the last Next to the result banner in the DOM
 * - pdfReady: from the click on "Download as PDF", pressed as soon as the result shows, to the
 *   PDF's Blob handed to the download
 * - pdfBytes: bytes on the wire (encodedDataLength) from the result on screen to the PDF, the
 *   result screen's notice drafts chunk left out
 * - pdfCached: the same click once the service worker has installed (precache done), on a
 *   second visit, still on slow 4G
 * Run alone to compare builds, loads interleaved: node bench/wizard-speed.ts DIR_A [DIR_B] [--runs N]
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SITE_ROOT } from '../site/scripts/build-sites.ts';
import { createStaticServer, listen } from '../site/scripts/serve.ts';
import { answerIncident } from '../site/tests/support/answer.ts';
import { median } from './figures.ts';

// playwright-core's types, through the site's launcher (bench/ has no dependency of its own).
type Browser = Awaited<ReturnType<typeof import('../site/scripts/chromium.ts').launchChromium>>;
type BrowserContext = Awaited<ReturnType<Browser['newContext']>>;
type Page = Awaited<ReturnType<BrowserContext['newPage']>>;
type CDPSession = Awaited<ReturnType<BrowserContext['newCDPSession']>>;

export interface WizardLoad {
  firstQuestion: number;
  /** Bytes on the wire (encodedDataLength) from the navigation until the wizard is live. */
  liveBytes: number;
  interactive: number;
  takesInput: number;
  result: number;
  pdfReady: number;
  pdfBytes: number;
}

const scenario = JSON.parse(readFileSync(join(SITE_ROOT, '../fixtures/scenarios/S01.json'), 'utf8'));

type Marks = {
  __first?: number;
  __firstShown?: Promise<number>;
  __liveReady?: Promise<number>;
  __early?: number;
  __live?: number;
  __lastSubmit?: number;
  __result?: number;
  __pdfClick?: number;
  __pdf?: number;
};

/**
 * In-page timestamps: first question shown, data-early, data-ready, last Next click, result
 * banner, PDF click, PDF blob. The first two are also promises (`__firstShown`, `__liveReady`) the
 * bench awaits with one CDP evaluation each: Playwright's locators would evaluate its injected
 * script (~120 ms on the 4x-throttled main thread) while the page is loading, a cost no phone has.
 */
function installMarks(): void {
  const w = window as unknown as Marks;
  let shown = (_: number) => {};
  let live = (_: number) => {};
  w.__firstShown = new Promise((done) => {
    shown = done;
  });
  w.__liveReady = new Promise((done) => {
    live = done;
  });
  // Shown: an input of the first question is rendered (what Playwright's `:visible` checks: a box
  // and not visibility:hidden), checked once a frame as Playwright's polling does.
  const visible = () => {
    for (const input of document.querySelectorAll('form[data-question] input'))
      if (input.getClientRects().length && input.checkVisibility({ visibilityProperty: true })) return true;
    return false;
  };
  const frame = () => {
    if (w.__first === undefined && visible()) {
      w.__first = performance.now();
      shown(w.__first);
    } else if (w.__first === undefined) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new MutationObserver(() => {
    const root = document.getElementById('wizard-root');
    // On <html> (the early-input script in <head>); on the root in builds before that.
    const early = document.documentElement.dataset.early || root?.dataset.early;
    if (w.__early === undefined && early) w.__early = performance.now();
    if (w.__live === undefined && root?.dataset.ready) {
      w.__live = performance.now();
      live(w.__live);
    }
    if (w.__result === undefined && document.querySelector('[data-outcome]')) w.__result = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true });
  document.addEventListener(
    'click',
    (e) => {
      const b = (e.target as Element).closest?.('button');
      if (b?.matches('form[data-question] button[type=submit]')) w.__lastSubmit = performance.now();
      if (b?.textContent?.includes('Download as PDF')) w.__pdfClick = performance.now();
    },
    true,
  );
  const create = URL.createObjectURL;
  URL.createObjectURL = (o: Blob | MediaSource) => {
    if (o instanceof Blob && o.type === 'application/pdf') w.__pdf = performance.now();
    return create(o);
  };
}

/** The one "slow 4G + 4× CPU" of every wizard figure: 400 ms latency, 400 kbit/s each way. */
export async function emulateSlow4g(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: (400 * 1024) / 8,
    uploadThroughput: (400 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

async function throttle(context: BrowserContext, page: Page): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await emulateSlow4g(cdp);
  return cdp;
}

const marks = (page: Page) => page.evaluate(() => ({ ...(window as unknown as Marks) }));

/**
 * One of installMarks' promises (`__firstShown`, `__liveReady`), awaited in the page with one CDP
 * evaluation (-1 while the new document's init script has not run yet: asked again).
 */
async function inPage(cdp: CDPSession, promise: string): Promise<number> {
  for (;;) {
    const { result } = (await cdp.send('Runtime.evaluate', {
      expression: `window.${promise} ?? -1`,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value?: number } };
    if (typeof result.value === 'number' && result.value >= 0) return result.value;
    await new Promise((wait) => setTimeout(wait, 20));
  }
}

async function pressPdf(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Download as PDF' }).click();
  await page.waitForFunction(() => (window as unknown as Marks).__pdf !== undefined, undefined, {
    timeout: 120_000,
  });
}

/**
 * A first visit on a phone: a new context (390 px wide, no service worker), installMarks, slow 4G +
 * 4x CPU and the HTTP cache off. The caller closes the context.
 */
async function firstVisit(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 390, height: 844 },
    ...options,
  });
  try {
    await context.addInitScript(installMarks);
    const page = await context.newPage();
    const cdp = await throttle(context, page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    return { context, page, cdp };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** One first-time load on slow 4G: first question, interactive, result and PDF. */
export async function loadOnce(browser: Browser, origin: string): Promise<WizardLoad> {
  const { context, page, cdp } = await firstVisit(browser, {
    timezoneId: 'Australia/Sydney',
    locale: 'en-AU',
  });
  try {
    // Bytes per response once the result is on screen, to count what the PDF fetched.
    let counting = false;
    const urls = new Map<string, string>();
    const bytes = new Map<string, number>();
    cdp.on('Network.responseReceived', (e: { requestId: string; response: { url: string } }) => {
      urls.set(e.requestId, e.response.url);
    });
    let wire = 0;
    cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
      const url = urls.get(e.requestId) ?? '';
      wire += e.encodedDataLength;
      if (counting) bytes.set(url, (bytes.get(url) ?? 0) + e.encodedDataLength);
    });
    await page.goto(`${origin}/wizard.html`, { waitUntil: 'commit' });
    // In the page, without Playwright's injected script (installMarks): the first question shown,
    // then data-ready; only then does Playwright drive the page.
    const firstQuestion = await inPage(cdp, '__firstShown');
    await inPage(cdp, '__liveReady');
    const liveBytes = wire;
    // The scenario's "now", fixed only once the wizard is live: Playwright's clock is a script of
    // its own that every page would run first, on the 4x-throttled main thread (~80 ms later first
    // question, ~45 ms later live, medians of 12 interleaved loads, 2026-12-02), a cost no phone
    // has and the floor's page does not pay. The wizard reads the time when it assesses
    // (Wizard.tsx), after the last Next.
    await page.clock.setFixedTime(new Date(scenario.now));
    await answerIncident(page, scenario.incident, { organisation: false });
    await page.locator('[data-outcome]').waitFor();
    // Pressed as soon as the result shows: the worst case (the result screen starts loading the
    // PDF code when idle, so a reader who looks at the result first waits less).
    counting = true;
    await pressPdf(page);
    await page.waitForTimeout(200); // the last loadingFinished events
    // The notice drafts load with the result screen, not for the PDF.
    let pdfBytes = 0;
    for (const [url, n] of bytes) if (!/notice-drafts/.test(url)) pdfBytes += n;
    const m = await marks(page);
    return {
      firstQuestion,
      liveBytes,
      interactive: m.__live as number,
      // Not before it is shown: the early-input script in <head> runs before the screen is there.
      takesInput: Math.max(
        firstQuestion,
        Math.min(m.__early ?? Number.POSITIVE_INFINITY, m.__live as number),
      ),
      result: (m.__result as number) - (m.__lastSubmit as number),
      pdfReady: (m.__pdf as number) - (m.__pdfClick as number),
      pdfBytes,
    };
  } finally {
    await context.close();
  }
}

/** The PDF once the service worker has installed: a second visit, still on slow 4G. */
export async function pdfCachedOnce(browser: Browser, origin: string): Promise<number> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    timezoneId: 'Australia/Sydney',
    locale: 'en-AU',
  });
  try {
    await context.addInitScript(installMarks);
    const first = await context.newPage();
    await first.goto(`${origin}/wizard.html`);
    await first.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await first.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 60_000 });
    await first.close();
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(scenario.now));
    await throttle(context, page);
    await page.goto(`${origin}/wizard.html`);
    await answerIncident(page, scenario.incident, { organisation: false });
    await page.locator('[data-outcome]').waitFor();
    await pressPdf(page);
    const m = await marks(page);
    return (m.__pdf as number) - (m.__pdfClick as number);
  } finally {
    await context.close();
  }
}

export interface WizardSpeed {
  loads: WizardLoad[];
  cached: number[];
  median: WizardLoad & { pdfCached: number };
}

/** `runs` loads of each site, interleaved (A, B, A, B …) so machine noise hits both alike. */
export async function measureWizardSpeed(dirs: string[], runs: number): Promise<WizardSpeed[]> {
  const { launchChromium } = await import('../site/scripts/chromium.ts');
  const servers = dirs.map((d) => createStaticServer(d, { log: () => {} }));
  const origins = await Promise.all(servers.map(async (s) => `http://127.0.0.1:${await listen(s, 0)}`));
  const browser = await launchChromium();
  const out: WizardSpeed[] = dirs.map(() => ({ loads: [], cached: [], median: {} as WizardSpeed['median'] }));
  try {
    for (let i = 0; i < runs; i++)
      for (let d = 0; d < dirs.length; d++) {
        out[d]!.loads.push(await loadOnce(browser, origins[d]!));
        out[d]!.cached.push(await pdfCachedOnce(browser, origins[d]!));
      }
  } finally {
    await browser.close();
    for (const s of servers) s.close();
  }
  for (const r of out) {
    const pick = (k: keyof WizardLoad) => median(r.loads.map((l) => l[k]));
    r.median = {
      firstQuestion: pick('firstQuestion'),
      liveBytes: pick('liveBytes'),
      interactive: pick('interactive'),
      takesInput: pick('takesInput'),
      result: pick('result'),
      pdfReady: pick('pdfReady'),
      pdfBytes: pick('pdfBytes'),
      pdfCached: median(r.cached),
    };
  }
  return out;
}

/**
 * The floor under the wizard figures: a page of ~450 bytes, its first "question" (one radio button
 * in a form) in the HTML and one module script of a line that marks the root ready, loaded the
 * same way (same emulation, fresh context, cache off). Nothing can be live earlier on this
 * machine's emulation; it says how far `interactive`'s aim is from what any page gets here.
 */
const FLOOR_PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>floor</title>' +
  // The server's header policy is the page's own (else default-src 'none', which blocks the script).
  `<meta http-equiv="Content-Security-Policy" content="script-src 'self'">` +
  '<link rel="modulepreload" href="./ready.js"></head><body><div id="wizard-root">' +
  '<form data-question="q"><label><input type="radio" name="a"> Yes</label><button>Next</button></form>' +
  '</div><script type="module" async src="./ready.js"></script></body></html>';
const FLOOR_SCRIPT = "document.getElementById('wizard-root').dataset.ready = 'true';\n";

export async function measureFloor(runs: number): Promise<{ firstQuestion: number; interactive: number }> {
  const { launchChromium } = await import('../site/scripts/chromium.ts');
  const dir = await mkdtemp(join(tmpdir(), 'ndb-bench-floor-'));
  await writeFile(join(dir, 'wizard.html'), FLOOR_PAGE);
  await writeFile(join(dir, 'ready.js'), FLOOR_SCRIPT);
  const server = createStaticServer(dir, { log: () => {} });
  const origin = `http://127.0.0.1:${await listen(server, 0)}`;
  const browser = await launchChromium();
  const loads: { firstQuestion: number; interactive: number }[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const { context, page, cdp } = await firstVisit(browser);
      try {
        await page.goto(`${origin}/wizard.html`, { waitUntil: 'commit' });
        const firstQuestion = await inPage(cdp, '__firstShown');
        loads.push({ firstQuestion, interactive: await inPage(cdp, '__liveReady') });
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
  return {
    firstQuestion: median(loads.map((l) => l.firstQuestion)),
    interactive: median(loads.map((l) => l.interactive)),
  };
}

if (process.argv[1]?.endsWith('wizard-speed.ts')) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--runs');
  const runs = i >= 0 ? Number(args[i + 1]) : 3;
  const dirs = args.filter((a, k) => !a.startsWith('--') && (i < 0 || k !== i + 1));
  const results = await measureWizardSpeed(dirs, runs);
  const floor = await measureFloor(runs);
  console.log(
    `floor (a ~450-byte page, one-line script): first question ${floor.firstQuestion.toFixed(0)} ms, interactive ${floor.interactive.toFixed(0)} ms`,
  );
  results.forEach((r, d) => {
    const m = r.median;
    console.log(
      `${dirs[d]}: first question ${m.firstQuestion.toFixed(0)} ms, takes input ${m.takesInput.toFixed(0)} ms, interactive ${m.interactive.toFixed(0)} ms, result ${m.result.toFixed(0)} ms, PDF ${m.pdfReady.toFixed(0)} ms (${(m.pdfBytes / 1024).toFixed(1)} KB wire), PDF cached ${m.pdfCached.toFixed(0)} ms  (medians of ${runs})`,
    );
    console.log(
      `  loads: ${JSON.stringify(r.loads.map((l) => Object.values(l).map(Math.round)))} cached: ${JSON.stringify(r.cached.map(Math.round))}`,
    );
  });
}
