// One practice's site, in memory: the steps of `ndb site` that depend on the practice, run either
// in the builder's own thread or in a worker (site-workers.ts), with the same code and bytes.
//   loadPractice   policy file → validated policy, its warnings and status (an invalid policy is
//                  reported, not thrown, so the caller can stop on the first one in file order);
//   practiceSite   validated policy → every file of its folder: the generator's artefacts under
//                  files/, the pages (src/pages/site-map.tsx, with their CSP hashes), the
//                  single-file wizard and the versioned service worker, each with its SHA-256;
//                  the fonts and _astro/ files, the same for every practice, only by name (the
//                  builder links or copies them: build-sites.ts).
import { createHash } from 'node:crypto';
import * as workerThreads from 'node:worker_threads';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { scriptsIn, unrenderableChars } from '@ndb-kit/pdf';
import { loadDefaultFonts } from '@ndb-kit/pdf/node-fonts';
import { buildPractice, type Issue, type PlanArtifacts, type SiteData, siteData } from '@ndb-kit/generator';
import { checkRelative } from '@ndb-kit/generator/output-folder';
import {
  formatIssues,
  formatWarning,
  loadPolicy,
  type PracticePolicy,
  type PracticeStatus,
  practiceStatus,
  practiceToday,
} from '@ndb-kit/policy';
import { scriptHash, scriptHashes, withScriptHashes } from './csp.ts';
import { serviceWorker } from './service-worker.ts';
import { ASSETS_DIR, digest, loadSiteAssets, SHARED_DIR } from './site-assets.ts';
import { WORKER_ROLE } from './site-workers.ts';
import { CJK_FILES, LATIN_FILES, scriptFiles } from '../src/wizard/pdf-fonts.ts';

/** The generator's artefacts' folder inside a practice's site. */
const FILES_DIR = 'files';

export type Loaded =
  | { ok: true; id: string; date: string; warnings: string[]; status: PracticeStatus }
  | { ok: false; issues: Issue[]; message: string };

/** Loads and validates one policy; the policy itself stays in `policies` under `index`. */
export async function loadPractice(
  index: number,
  file: string,
  date: string | undefined,
  policies: Map<number, PracticePolicy>,
): Promise<Loaded> {
  const today = date ?? (await practiceToday(file));
  const loaded = await loadPolicy(file, { today });
  if (!loaded.ok) {
    const issues = formatIssues(loaded.issues, '  ').join('\n');
    return {
      ok: false,
      issues: loaded.issues,
      message: `${file} is not a valid practice policy:\n${issues}`,
    };
  }
  policies.set(index, loaded.policy);
  return {
    ok: true,
    id: loaded.policy.id,
    date: today,
    warnings: loaded.warnings.map(formatWarning),
    status: practiceStatus(loaded.policy, loaded.warnings, today),
  };
}

/** What every practice of one build shares: where the assets are and the digests of the shared files. */
export interface SiteContext {
  /** The prebuilt assets' folder (site-assets.ts). */
  assetsDir: string;
  /** Under --all without --self-contained: _astro/ and the non-Latin fonts are in ../_shared/. */
  shared: boolean;
  /** Font file name → SHA-256, for every font the wizard may fetch. */
  fontDigests: Record<string, string>;
  /** _astro/ file name → SHA-256. */
  assetDigests: Record<string, string>;
}

export interface PracticeFiles {
  id: string;
  banners: string[];
  /** The build's version (sw.js): every file it serves, by name and content. */
  version: string;
  /** Files made for this practice, relative to its folder, with their bytes. */
  files: [string, Uint8Array][];
  /** Files the same for every practice, relative to its folder ("fonts/X.ttf", "_astro/Y.js"). */
  common: string[];
  /** Every file of the folder (both kinds) → SHA-256, for the output marker. */
  hashes: Record<string, string>;
}

/** The builder's two steps on practices numbered by their place in the build. */
export interface PracticeBuilder {
  load(index: number, file: string, date: string | undefined): Promise<Loaded>;
  /** The practice `index` (loaded before, valid) on `date`. */
  build(index: number, date: string, context: SiteContext): Promise<PracticeFiles>;
  close(): Promise<void>;
}

/** Both steps in this thread. */
export function inThisThread(generate?: Generate): PracticeBuilder {
  const policies = new Map<number, PracticePolicy>();
  return {
    load: (index, file, date) => loadPractice(index, file, date, policies),
    build: (index, date, context) => {
      const policy = policies.get(index);
      if (!policy) throw new Error(`site builder: practice ${index} was not loaded`);
      return practiceSite(policy, date, context, generate);
    },
    close: async () => {},
  };
}

export interface WorkerRequest {
  id: number;
  op: 'load' | 'build';
  args: unknown[];
}
export type WorkerReply =
  | { id: number; value: unknown }
  | { id: number; error: { name: string; message: string; stack?: string } };

// A worker thread: one request at a time, in the order they come.
if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE && parentPort) {
  const port = parentPort;
  const builder = inThisThread();
  let queue = Promise.resolve();
  port.on('message', (request: WorkerRequest) => {
    queue = queue.then(async () => {
      try {
        if (request.op === 'load') {
          const [index, file, date] = request.args as [number, string, string | undefined];
          port.postMessage({ id: request.id, value: await builder.load(index, file, date) });
        } else {
          const [index, date, context] = request.args as [number, string, SiteContext];
          const value = await builder.build(index, date, context);
          port.postMessage({ id: request.id, value }, transferable(value.files));
        }
      } catch (error) {
        const e = error instanceof Error ? error : new Error(String(error));
        port.postMessage({ id: request.id, error: { name: e.name, message: e.message, stack: e.stack } });
      }
    });
  });
}

/**
 * Bytes this module encoded for one practice (its pages, the single-file wizard): nothing else
 * holds them, so a worker moves their buffer as it is. Each file's bytes are ~1.2 MB a practice.
 */
const ownBytes = new WeakSet<Uint8Array>();

/**
 * The files' bytes, moved rather than cloned to the builder's thread. Bytes this module did not
 * make, or that share a buffer (Node's pool for small strings), are copied to a buffer of their
 * own first: a generator may keep a buffer across practices, and moving it would empty it.
 */
function transferable(files: [string, Uint8Array][]): ArrayBuffer[] {
  // isMarkedAsUntransferable is Node >= 21 (the packed CLI runs on 20, which has no way to ask:
  // there a whole buffer of our own is moved, as Node 20 marks only its shared pools).
  const isMarkedAsUntransferable =
    (workerThreads as { isMarkedAsUntransferable?: (b: ArrayBuffer) => boolean }).isMarkedAsUntransferable ??
    (() => false);
  const out: ArrayBuffer[] = [];
  for (const entry of files) {
    const bytes = entry[1];
    const { buffer } = bytes;
    const whole =
      ownBytes.has(bytes) &&
      buffer instanceof ArrayBuffer &&
      bytes.byteOffset === 0 &&
      bytes.byteLength === buffer.byteLength &&
      !isMarkedAsUntransferable(buffer);
    const own = whole ? bytes : new Uint8Array(bytes);
    entry[1] = own;
    out.push(own.buffer as ArrayBuffer);
  }
  return out;
}

export type Generate = (policy: PracticePolicy, options: { date: string }) => Promise<PlanArtifacts>;

/** Every file of one practice's folder (see the top of the file). */
export async function practiceSite(
  policy: PracticePolicy,
  date: string,
  context: SiteContext,
  generate: Generate = buildPractice,
): Promise<PracticeFiles> {
  const { shared } = context;
  const assets = await loadSiteAssets(context.assetsDir);
  const artifacts = await generate(policy, { date });
  const data = siteData(artifacts, FILES_DIR);
  const files: [string, Uint8Array][] = [];
  const written = new Map<string, string>(); // file → SHA-256 of its bytes
  const put = (file: string, content: string | Uint8Array) => {
    // Text encoded once, here: hashed, moved to the writing thread and written as these bytes.
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    if (typeof content === 'string') ownBytes.add(bytes);
    files.push([file, bytes]);
    written.set(file, digest(bytes));
  };
  const base = shared ? `../${SHARED_DIR}/${ASSETS_DIR}/` : `./${ASSETS_DIR}/`;
  for (const [file, html] of assets.render(data, { base, ...assets.manifest })) {
    const page = withScriptHashes(html); // the page's final HTML: its CSP lists its inline scripts
    put(file, page);
    if (file === 'wizard.html') {
      const single = singleFileHtml(page, assets.singleFileScript);
      ownBytes.add(single);
      put('wizard-offline.html', single);
    }
  }
  for (const [path, bytes] of artifacts.files) {
    checkRelative(path);
    put(`${FILES_DIR}/${path}`, bytes);
  }
  // The PDF fonts. Alone, the folder has them all. Under --all it has the Latin pair (the record
  // PDF always needs it, with or without the service worker) and the service worker fetches and
  // precaches the practice's other scripts from ../_shared/fonts/.
  const kept = await precachedFonts(data);
  const own = shared ? [...LATIN_FILES] : Object.keys(context.fontDigests);
  const common: string[] = [];
  for (const name of own) {
    common.push(`fonts/${name}`);
    written.set(`fonts/${name}`, context.fontDigests[name] as string);
  }
  for (const f of assets.manifest.files) {
    if (!shared) common.push(`${ASSETS_DIR}/${f}`);
    written.set(
      shared ? `../${SHARED_DIR}/${ASSETS_DIR}/${f}` : `${ASSETS_DIR}/${f}`,
      context.assetDigests[f] as string,
    );
  }
  const precached = kept.map((f) => (own.includes(f) ? `fonts/${f}` : `../${SHARED_DIR}/fonts/${f}`));
  for (const f of precached)
    if (!written.has(f)) written.set(f, context.fontDigests[f.slice(f.lastIndexOf('/') + 1)] as string);
  // The build's version: every file it serves, by name and content.
  const names = [...written.keys()].sort();
  const hash = createHash('sha256');
  for (const f of names) hash.update(`${f}\0${written.get(f)}\n`);
  const version = hash.digest('hex').slice(0, 16);
  put(
    'sw.js',
    serviceWorker(
      version,
      names.filter((f) => f !== 'wizard-offline.html' && (!/(^|\/)fonts\//.test(f) || precached.includes(f))),
      shared ? { fontFallback: `../${SHARED_DIR}/fonts/` } : {},
    ),
  );
  const hashes: Record<string, string> = {};
  for (const [f, h] of written) if (!f.startsWith('../')) hashes[f] = h;
  return { id: data.model.practice.id, banners: data.model.banners, version, files, common, hashes };
}

/** The single-file wizard's script, the same for every practice: its tag, as text and bytes, and its CSP hash. */
let inlined: { script: string; tag: string; bytes: Buffer; hash: string | null } | undefined;

/**
 * Stands in for the single-file wizard's script while the page's CSP is made: hashing and copying
 * the ~530 KB script cost ~10 ms a practice (the script never changes within a build).
 */
const PLACEHOLDER = '/*ndb-single-file-wizard*/';
const PLACEHOLDER_TAG = `<script>${PLACEHOLDER}</script>`;
const PLACEHOLDER_HASH = scriptHash(PLACEHOLDER);

/**
 * The wizard page with its module script replaced by one inline classic script: works from
 * file://. As bytes: the practice's part of the page around the shared script's cached bytes.
 */
export function singleFileHtml(html: string, script: string): Buffer {
  if (inlined?.script !== script) {
    const tag = `<script>${script.replaceAll('</script', '<\\/script')}</script>`;
    // The tag's one hash as the CSP reads it (null, never swapped in, if it reads the tag otherwise).
    const found = scriptHashes(tag);
    const hash = scriptHash(tag.slice('<script>'.length, -'</script>'.length));
    const bytes = Buffer.from(tag, 'utf8');
    inlined = { script, tag, bytes, hash: found.length === 1 && found[0] === hash ? hash : null };
  }
  const withoutModules = html
    .replace(/<script type="module"[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '');
  // Links to other pages point at the hosted site; in the single file they cannot work offline.
  // A function, not a string: the script holds `$'` and `$&` (regular expressions), which a
  // replacement string would expand. The inline script's hash joins the page's CSP: the page is
  // hashed with a placeholder script, whose hash and tag are then swapped for the real ones —
  // the same text as hashing the whole page (tests/single-file-wizard.test.ts), unless the
  // page's own scripts could collide with the placeholder (then the whole page is hashed).
  const withTag = (tag: string) => withoutModules.replace('</body>', () => `${tag}</body>`);
  const { tag, hash, bytes } = inlined;
  const whole = () => Buffer.from(withScriptHashes(withTag(tag)), 'utf8');
  if (hash === null || withoutModules.includes(PLACEHOLDER)) return whole();
  const page = withScriptHashes(withTag(PLACEHOLDER_TAG));
  const at = page.indexOf(PLACEHOLDER_TAG);
  const before = page.slice(0, Math.max(at, 0));
  const once = page.split(PLACEHOLDER_HASH).length === 2 && before.includes(PLACEHOLDER_HASH);
  if (at < 0 || !once || page.includes(hash)) return whole();
  const after = page.slice(at + PLACEHOLDER_TAG.length);
  const head = before.replace(PLACEHOLDER_HASH, () => hash);
  return Buffer.concat([Buffer.from(head, 'utf8'), bytes, Buffer.from(after, 'utf8')]);
}

/** precachedFonts' answer by the characters a practice's data holds (the same for most practices). */
const fontsByChars = new Map<string, Promise<string[]>>();

/**
 * The font files the service worker precaches: Latin always, plus the fonts of the scripts in the
 * practice's own data (its people's names and the rest), so a record PDF works offline for what
 * the practice wrote. The others (the CJK pair is ~10 MB each) are fetched when a record needs them.
 */
function precachedFonts(data: SiteData): Promise<string[]> {
  const text = JSON.stringify(data);
  // The answer depends only on which characters the text holds, once it is in NFC (then the
  // PDF's clean-up maps and drops characters one by one): asked once per set of characters, as
  // the characters separated by spaces (a space starts a new NFC segment, and is skipped).
  const key = text.normalize('NFC') === text ? distinctChars(text).join(' ') : null;
  if (key === null) return fontsFor(text);
  let answer = fontsByChars.get(key);
  if (!answer) {
    answer = fontsFor(key);
    fontsByChars.set(key, answer);
  }
  return answer;
}

/** Each character of `text` once, in order of appearance (a Set over the string is ~10× slower). */
function distinctChars(text: string): string[] {
  const seen = new Uint8Array(0x10000);
  const astral = new Set<number>();
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const next = c >= 0xd800 && c <= 0xdbff ? text.charCodeAt(i + 1) : 0;
    if (next >= 0xdc00 && next <= 0xdfff) {
      const cp = (c - 0xd800) * 0x400 + (next - 0xdc00);
      if (!astral.has(cp)) {
        astral.add(cp);
        out.push(text.slice(i, i + 2));
      }
      i++;
    } else if (!seen[c]) {
      seen[c] = 1;
      out.push(text[i] as string);
    }
  }
  return out;
}

async function fontsFor(text: string): Promise<string[]> {
  const { regular, bold } = await loadDefaultFonts();
  const missing = await unrenderableChars(text, { regular, bold });
  const cjk = missing.some((ch) => scriptsIn(ch).length === 0);
  return [...LATIN_FILES, ...(cjk ? CJK_FILES : []), ...scriptsIn(text).flatMap((s) => scriptFiles(s))];
}
