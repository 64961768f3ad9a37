// The wizard's record PDF in the browser prints names in any script the PDF package supports. Its
// "Who to call" names the privacy officer, the decision maker and the lawyer, so a copy of the
// example policy makes 王小明 (the example's IT contact) privacy officer, gives the decision maker
// an Arabic name (shaped with HarfBuzz's wasm, under the wizard's CSP) and the lawyer a Korean
// one. Fonts are fetched only for scripts the record has; the service worker precaches only the
// fonts the practice's own data needs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSites, SITE_ROOT } from '../scripts/build-sites.ts';
import { createStaticServer, listen } from '../scripts/serve.ts';
import { answerIncident } from './support/answer.ts';
import { ARTIFACTS, BUILD_DIR, type Harness, startHarness } from './support/browser.ts';
import { BUILD_DATE, POLICY } from './support/global-setup.ts';

// S01 (misdirected email): its "Who to call" includes the lawyer.
const scenario = JSON.parse(readFileSync(join(SITE_ROOT, '../fixtures/scenarios/S01.json'), 'utf8'));
const ARABIC = 'ليلى حداد';
const KOREAN = '김민준';
const OUT = join(ARTIFACTS, 'wizard-pdf-scripts');

let h: Harness;
let server: Server;
let otherOrigin = '';
beforeAll(async () => {
  const policy = JSON.parse(readFileSync(POLICY, 'utf8'));
  const rename = (id: string, name: string) => {
    policy.people.find((p: { id: string }) => p.id === id).name = name;
  };
  rename('anna-lee', ARABIC);
  policy.roles.privacyOfficer = 'wang-xiaoming';
  policy.contacts.lawyer.name = KOREAN;
  const file = join(mkdtempSync(join(tmpdir(), 'ndb-wizard-pdf-')), 'harbourside-family-medical.json');
  writeFileSync(file, JSON.stringify(policy));
  await buildSites({ policies: [file], outDir: OUT, date: BUILD_DATE, flat: true, force: true });
  server = createStaticServer(OUT, { log: () => {} });
  otherOrigin = `http://127.0.0.1:${await listen(server, 0)}`;
  h = await startHarness();
}, 300_000);
afterAll(async () => {
  await h?.close();
  await new Promise((done) => server?.close(done));
});

// pdftotext marks right-to-left runs with U+202A…U+202E; the letters themselves must be logical.
const logical = (s: string) => s.replace(/[\u202A-\u202E]/g, '');

/** Answers S01 on `origin`'s wizard, downloads the record PDF; its text, the fonts and wasm fetched. */
async function recordPdf(origin: string, label: string) {
  const { context, page } = await h.newPage();
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|WebAssembly/i.test(m.text())) refused.push(m.text());
  });
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.clock.setFixedTime(new Date(scenario.now));
  await page.goto(`${origin}/wizard.html`);
  await answerIncident(page, scenario.incident, { organisation: false });
  const before = fetched.length;
  const pdf = await download(page);
  const file = join(ARTIFACTS, `${label}.pdf`);
  writeFileSync(file, pdf);
  const text = logical(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
  const during = fetched.slice(before);
  // The result screen starts loading the PDF code and Latin fonts when idle, maybe before the click.
  const all = [...fetched];
  // A font the build did not precache, fetched through the service worker, is kept for offline use.
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 30_000 });
  const keptThai = await page.evaluate(async () => {
    await fetch('./fonts/NotoSansThai_400Regular.ttf');
    for (let i = 0; i < 50; i++) {
      if (await caches.match(new URL('./fonts/NotoSansThai_400Regular.ttf', location.href).href)) return true;
      await new Promise((r) => setTimeout(r, 100));
    }
    return false;
  });
  await context.close();
  return { file, text, refused, keptThai, fetched: during, all };
}

async function download(page: Page): Promise<Buffer> {
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as PDF' }).click(),
  ]);
  return readFileSync((await d.path()) as string);
}

const precache = (dir: string) => {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  return JSON.parse(/const FILES = (\[.*\]);/.exec(sw)?.[1] ?? '[]') as string[];
};

describe('the record PDF prints names in every script', () => {
  it('prints the example clinic’s record with the Latin subset alone; precaches its Han name’s font', async () => {
    const { text, all, refused, keptThai } = await recordPdf(h.origin, 'record-example');
    expect(text).toContain('Ngaio Tāwhiri');
    expect(text).not.toContain('\uFFFD');
    // The record names nobody in Han script (王小明 is the IT contact, not on it) and has only
    // characters of the gzip'd Latin subset (_astro/noto-sans-latin-*.bin): no full Noto Sans,
    // no CJK font, no other script's font, no shaper.
    expect(all.filter((p) => /^\/_astro\/noto-sans-latin-(400|700)\.[^/]+\.bin$/.test(p))).toHaveLength(2);
    expect(all.filter((p) => p.includes('/fonts/'))).toEqual([]);
    expect(all.filter((p) => p.endsWith('.wasm'))).toEqual([]);
    expect(refused).toEqual([]);
    // Precached: Latin, and CJK as the practice's data has a Han name; no script it has none of.
    const files = precache(BUILD_DIR);
    expect(files).toContain('./fonts/NotoSans_400Regular.ttf');
    expect(files).toContain('./fonts/NotoSansSC_700Bold.ttf');
    // Font files by name: a chunk's content hash can spell "KR" (held-file.5KRudZ22.js did).
    expect(
      files.filter((f) => /\/fonts\/NotoSans(Arabic|KR|Thai|Hebrew|Tamil|Gurmukhi|Sinhala)_/.test(f)),
    ).toEqual([]);
    expect(keptThai).toBe(true);
  });

  it('prints Chinese, Arabic (shaped by HarfBuzz wasm under the wizard CSP) and Korean names', async () => {
    const { file, text, fetched, all, refused } = await recordPdf(otherOrigin, 'record-arabic-korean');
    expect(text).toContain(ARABIC);
    // Latin text from the subset: none of these names is in the full Noto Sans pair either.
    expect(all.filter((p) => /\/NotoSans_/.test(p))).toEqual([]);
    expect(text).toContain(KOREAN);
    expect(text).toContain('王小明');
    expect(text).not.toContain('\uFFFD');
    expect(fetched).toEqual(
      expect.arrayContaining([
        '/fonts/NotoSansArabic_400Regular.ttf',
        '/fonts/NotoSansKR_400Regular.ttf',
        '/fonts/NotoSansSC_400Regular.ttf',
      ]),
    );
    expect(fetched.filter((p) => /^\/_astro\/.*\.wasm$/.test(p))).toHaveLength(1);
    expect(refused).toEqual([]);
    const files = precache(OUT);
    expect(files).toContain('./fonts/NotoSansArabic_400Regular.ttf');
    expect(files).toContain('./fonts/NotoSansKR_700Bold.ttf');
    expect(files).toContain('./fonts/NotoSansSC_400Regular.ttf');
    expect(files.filter((f) => /\/fonts\/NotoSans(Thai|Hebrew|Tamil)_/.test(f))).toEqual([]);
    // A page to look at.
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      file,
      join(ARTIFACTS, 'record-arabic-korean'),
    ]);
  });
});
