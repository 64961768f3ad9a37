// Content Security Policy of the built pages. The layout's meta CSP is written with
// `script-src 'self'` and no 'unsafe-inline'; after the build has made each page's final HTML
// (relative URLs, the single-file wizard), `hashInlineScripts` adds the SHA-256 of every inline
// script of that page, so exactly those scripts run and an injected one does not. The served
// header (serve.ts; deploy/nginx.conf for other servers) repeats the page's policy and adds
// `frame-ancestors 'none'`, which a meta CSP cannot carry.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/i;
// Executable inline scripts: no src, and no data type (application/json is never run).
const INLINE_SCRIPT = /<script((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*>([\s\S]*?)<\/script>/gi;

/** The 'sha256-…' source that allows an inline script whose text is `body`. */
export const scriptHash = (body: string): string =>
  `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;

/** 'sha256-…' sources of a page's executable inline scripts, in order, without duplicates. */
export function scriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc=/i.test(attributes)) continue;
    const type = /\btype="([^"]*)"/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    const hash = scriptHash(body);
    if (!hashes.includes(hash)) hashes.push(hash);
  }
  return hashes;
}

/** The page with its meta CSP's script-src listing the hashes of its own inline scripts. */
export function withScriptHashes(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const hashes = scriptHashes(html);
  const all = (meta[1] ?? '')
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d !== '');
  const directives = all.filter((d) => !d.startsWith('script-src'));
  // Of the layout's script-src only 'wasm-unsafe-eval' stays (the wizard's PDF shaper compiles
  // WebAssembly); anything else, 'unsafe-inline' included, is replaced by the hashes.
  const keywords = (all.find((d) => d.startsWith('script-src')) ?? '')
    .split(/\s+/)
    .filter((k) => k === "'wasm-unsafe-eval'");
  const sources = ["'self'", ...keywords, ...hashes];
  const policy = [`script-src ${sources.join(' ')}`, ...directives].join('; ');
  return html.replace(META, () => `<meta http-equiv="Content-Security-Policy" content="${policy}">`);
}

const DOCUMENT_POLICY =
  "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'none'";

/** The CSP header for a page: its meta policy plus frame-ancestors (a meta CSP ignores that one). */
export function headerPolicy(html: string): string {
  // A page without one (files/plan.html, the generator's printable plan) runs no script.
  const meta = META.exec(html)?.[1] ?? DOCUMENT_POLICY;
  return `${meta}; frame-ancestors 'none'`;
}

/** Rewrites the meta CSP of every .html file in dir (not recursive: the site's pages are flat). */
export async function hashInlineScripts(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.html')) continue;
    const html = await readFile(join(dir, name), 'utf8');
    const hashed = withScriptHashes(html);
    if (hashed !== html) await writeFile(join(dir, name), hashed);
  }
}
