// The decision-record PDF's fonts in the browser: the site builder copies every file of
// FONT_SPECIFIERS (@ndb-kit/pdf/node-fonts) into the site's fonts/ under its base name, and this
// module fetches from there only what a document needs. Latin always: the ~49 KB gzip subset
// (fonts/latin-subset.ts, bundled as _astro assets) when the record's text has no character only
// the full Noto Sans pair draws (FULL_ONLY_RANGES), else the full pair (1.26 MB); the ~10 MB CJK pair
// through FontSet.loadCjk, which renderPdf calls only when the text has a character neither Latin
// face nor a per-script font draws; every other script through FontSet.scripts' loaders, which
// renderPdf calls only for text in that script — the same shape as loadDefaultFonts.
import type { FontSet, ScriptName } from '@ndb-kit/pdf';
import { FULL_ONLY_RANGES } from './fonts/full-only-ranges.ts';

type Pdf = typeof import('@ndb-kit/pdf');

/** Per script: the file stem of its Noto Sans TTFs (the base names of node-fonts.ts' SCRIPT_FILES). */
export const SCRIPT_STEMS: Record<ScriptName, string> = {
  arabic: 'NotoSansArabic',
  hebrew: 'NotoSansHebrew',
  hangul: 'NotoSansKR',
  thai: 'NotoSansThai',
  tamil: 'NotoSansTamil',
  gurmukhi: 'NotoSansGurmukhi',
  sinhala: 'NotoSansSinhala',
};

export const LATIN_FILES = ['NotoSans_400Regular.ttf', 'NotoSans_700Bold.ttf'] as const;
export const CJK_FILES = ['NotoSansSC_400Regular.ttf', 'NotoSansSC_700Bold.ttf'] as const;
export const scriptFiles = (s: ScriptName): [string, string] => [
  `${SCRIPT_STEMS[s]}_400Regular.ttf`,
  `${SCRIPT_STEMS[s]}_700Bold.ttf`,
];

// Kept for the page's life: the PDF package caches parsed fonts by byte-array identity.
const fetched = new Map<string, Promise<Uint8Array>>();

function font(file: string): Promise<Uint8Array> {
  let p = fetched.get(file);
  if (!p) {
    p = fetch(`./fonts/${file}`).then(async (res) => {
      if (!res.ok) throw new Error(`PDF font ./fonts/${file}: HTTP ${res.status}`);
      return new Uint8Array(await res.arrayBuffer());
    });
    p.catch(() => fetched.delete(file));
    fetched.set(file, p);
  }
  return p;
}

/** A regular and bold font (a ScriptFonts with both). */
type Pair = { regular: Uint8Array; bold: Uint8Array };

const pair = ([regular, bold]: readonly [string, string]): Promise<Pair> =>
  Promise.all([font(regular), font(bold)]).then(([r, b]) => ({ regular: r, bold: b }));

/** Whether `text` has a character the full Latin fonts draw and the subset lacks. */
export function needsFullLatin(text: string): boolean {
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp >= 0x20 && cp <= 0x7e) continue; // printable ASCII: always in the subset
    for (const [a, b] of FULL_ONLY_RANGES) if (cp >= a && cp <= b) return true;
  }
  return false;
}

let subset: Promise<Pair> | undefined;

/** A gzip'd subset font (decompressed here, unless a server already sent it decoded). */
async function gzipFont(asset: URL): Promise<Uint8Array> {
  // Vite emits the file beside this chunk in _astro/ but writes its URL from the site root
  // (/_astro/…): resolve the bare name against this module, so a site under a sub-path works.
  const name = asset.pathname.slice(asset.pathname.lastIndexOf('/') + 1);
  const res = await fetch(new URL(name, import.meta.url));
  if (!res.ok) throw new Error(`PDF font ${name}: HTTP ${res.status}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const plain = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(plain).arrayBuffer());
}

/** The Latin pair for `text`: the subset when it draws the text exactly as the full pair would. */
export function latinFonts(text: string): Promise<Pair> {
  if (needsFullLatin(text)) return pair(LATIN_FILES);
  if (!subset) {
    // new URL(literal, import.meta.url): the bundler emits the files as assets (hashed names).
    subset = Promise.all([
      gzipFont(new URL('./fonts/noto-sans-latin-400.bin', import.meta.url)),
      gzipFont(new URL('./fonts/noto-sans-latin-700.bin', import.meta.url)),
    ]).then(([regular, bold]) => ({
      regular,
      bold,
    }));
    subset.catch(() => {
      subset = undefined;
    });
  }
  return subset;
}

/**
 * The fonts for a document whose text (all of it, e.g. the JSON of the PdfInput) is `text`.
 * Call latinFonts(text) first to start the download while the PDF code loads.
 */
export async function browserFonts(pdf: Pdf, text: string): Promise<FontSet> {
  const latin: FontSet = { ...(await latinFonts(text)) };
  const scripts = Object.fromEntries(
    pdf.SCRIPTS.map((s) => [s, () => pair(scriptFiles(s))]),
  ) as FontSet['scripts'];
  // The CJK pair as a loader: renderPdf fetches it only when the record has a character neither
  // Latin face nor a script font draws (FontBook.needsFallback, the rule the CLI's plans follow).
  const loadCjk = () => pair(CJK_FILES).then(({ regular, bold }) => ({ cjk: regular, cjkBold: bold }));
  return { ...latin, loadCjk, scripts };
}
