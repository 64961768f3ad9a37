/**
 * Node-only: loads the bundled Noto Sans TTFs (Noto Sans SC for CJK, and one Noto font per other script).
 * Kept out of index.ts so the core stays browser-safe. Bytes are cached so the parsed-font cache
 * (keyed by array identity) is reused across renders.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { ScriptName } from './scripts.ts';
import type { FontSet } from './types.ts';

const require = createRequire(import.meta.url);

const FILES = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  italic: '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  boldItalic: '@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf',
} as const;

/** The fallback pair (Noto Sans SC, ~10.5 MB each): read only for a document that needs it (FontSet.loadCjk). */
const CJK_FILES = {
  cjk: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  cjkBold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

/** Per script: the @expo-google-fonts package and the file stem of its Noto Sans TTFs. */
const SCRIPT_FILES: Record<ScriptName, [pkg: string, stem: string]> = {
  arabic: ['noto-sans-arabic', 'NotoSansArabic'],
  hebrew: ['noto-sans-hebrew', 'NotoSansHebrew'],
  hangul: ['noto-sans-kr', 'NotoSansKR'],
  thai: ['noto-sans-thai', 'NotoSansThai'],
  tamil: ['noto-sans-tamil', 'NotoSansTamil'],
  gurmukhi: ['noto-sans-gurmukhi', 'NotoSansGurmukhi'],
  sinhala: ['noto-sans-sinhala', 'NotoSansSinhala'],
};

const scriptFile = (script: ScriptName, weight: '400Regular' | '700Bold'): string => {
  const [pkg, stem] = SCRIPT_FILES[script];
  return `@expo-google-fonts/${pkg}/${weight}/${stem}_${weight}.ttf`;
};

/** Every font file this module may read, by package specifier (the packed CLI ships exactly these). */
export const FONT_SPECIFIERS: readonly string[] = [
  ...Object.values(FILES),
  ...Object.values(CJK_FILES),
  ...(Object.keys(SCRIPT_FILES) as ScriptName[]).flatMap((s) => [
    scriptFile(s, '400Regular'),
    scriptFile(s, '700Bold'),
  ]),
];

/**
 * A regular and bold font read on first call, once a process (read again only after a failed
 * read): the same arrays every time, as the parse cache needs.
 */
function pairLoader(
  regularSpec: string,
  boldSpec: string,
): () => Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  let pair: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;
  return () => {
    if (!pair) {
      pair = Promise.all([read(regularSpec), read(boldSpec)]).then(([regular, bold]) => ({ regular, bold }));
      pair.catch(() => {
        pair = undefined;
      });
    }
    return pair;
  };
}

/** Each script's fonts, read on first use (renderPdf calls them only when the text needs them). */
const SCRIPT_LOADERS = Object.fromEntries(
  (Object.keys(SCRIPT_FILES) as ScriptName[]).map((s) => [
    s,
    pairLoader(scriptFile(s, '400Regular'), scriptFile(s, '700Bold')),
  ]),
) as FontSet['scripts'];

/**
 * The CJK pair, read on first use. Lazy because reading it was ~65 ms of a cold `ndb build`
 * (21 MB, ~5,000 page faults: `node -e` reading the two files 0.14–0.15 s against 0.08 s for
 * `node -e 0`), and most plans have no character only it draws.
 */
const cjkPair = pairLoader(CJK_FILES.cjk, CJK_FILES.cjkBold);
const loadCjk = () => cjkPair().then(({ regular, bold }) => ({ cjk: regular, cjkBold: bold }));

let cached: Promise<FontSet> | undefined;

async function read(spec: string): Promise<Uint8Array> {
  const buf = await readFile(require.resolve(spec));
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/**
 * All default fonts: the four Latin faces (~2.5 MB) as bytes; the CJK fallback pair (~21 MB) and
 * the other scripts' fonts (Arabic, Hebrew, Korean, Thai, Tamil, Gurmukhi, Sinhala) as loaders,
 * read from disk only when a document has text that needs them.
 */
export function loadDefaultFonts(): Promise<FontSet> {
  cached ??= (async () => {
    const entries = await Promise.all(
      Object.entries(FILES).map(async ([k, spec]) => [k, await read(spec)] as const),
    );
    return Object.fromEntries(entries) as unknown as FontSet;
  })();
  cached.catch(() => {
    cached = undefined;
  });
  // A fresh object each time; the byte arrays (the parse-cache keys) are shared.
  return cached.then((fonts) => ({ ...fonts, loadCjk, scripts: SCRIPT_LOADERS }));
}
