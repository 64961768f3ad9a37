/**
 * Node-only: loads the bundled Noto Sans (and Noto Sans SC for CJK fallback) TTFs.
 * Kept out of index.ts so the core stays browser-safe. Bytes are cached so the parsed-font cache
 * (keyed by array identity) is reused across renders.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { FontSet } from './types.ts';

const require = createRequire(import.meta.url);

const FILES = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  italic: '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  boldItalic: '@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf',
  cjk: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  cjkBold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

let cached: Promise<FontSet> | undefined;

async function read(spec: string): Promise<Uint8Array> {
  const buf = await readFile(require.resolve(spec));
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/** All default fonts (~22 MB with CJK; the CJK ones are only parsed when text needs them). */
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
  return cached.then((fonts) => ({ ...fonts }));
}
