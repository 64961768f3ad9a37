// The decision-record PDF's fonts in the browser: the site builder copies every file of
// FONT_SPECIFIERS (@ndb-kit/pdf/node-fonts) into the site's fonts/ under its base name, and this
// module fetches from there only what a document needs. Latin always; the ~10 MB CJK pair only
// when the text has a character the Latin fonts lack and no per-script font covers (FontSet.cjk
// is bytes, not a loader, so that is decided here); every other script through FontSet.scripts'
// loaders, which renderPdf calls only for text in that script — the same shape as loadDefaultFonts.
import type { FontSet, ScriptFonts, ScriptName } from '@ndb-kit/pdf';

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

const pair = ([regular, bold]: readonly [string, string]): Promise<ScriptFonts> =>
  Promise.all([font(regular), font(bold)]).then(([r, b]) => ({ regular: r, bold: b }));

/** The fonts for a document whose text (all of it, e.g. the JSON of the PdfInput) is `text`. */
export async function browserFonts(pdf: Pdf, text: string): Promise<FontSet> {
  const [regular, bold] = await Promise.all(LATIN_FILES.map(font));
  const latin: FontSet = { regular: regular as Uint8Array, bold: bold as Uint8Array };
  const scripts = Object.fromEntries(
    pdf.SCRIPTS.map((s) => [s, () => pair(scriptFiles(s))]),
  ) as FontSet['scripts'];
  // Characters the Latin fonts cannot draw and that belong to no per-script font: CJK's to try.
  const missing = await pdf.unrenderableChars(text, latin);
  const needsCjk = missing.some((ch) => pdf.scriptsIn(ch).length === 0);
  if (!needsCjk) return { ...latin, scripts };
  const { regular: cjk, bold: cjkBold } = await pair(CJK_FILES);
  return { ...latin, cjk, cjkBold, scripts };
}
