// wizard-offline.html (practice-site.ts singleFileHtml): made from the practice's part of the page
// and the shared script's bytes, with the script's CSP hash computed once per build. The bytes
// must be those of hashing the whole page (the way it was made before), whatever the page holds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withScriptHashes } from '../scripts/csp.ts';
import { singleFileHtml } from '../scripts/practice-site.ts';
import { loadSiteAssets } from '../scripts/site-assets.ts';
import { BUILD_DIR } from './support/global-setup.ts';

/** The single file as made by hashing the whole page. */
function reference(html: string, script: string): Buffer {
  const tag = `<script>${script.replaceAll('</script', '<\\/script')}</script>`;
  const withoutModules = html
    .replace(/<script type="module"[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '');
  return Buffer.from(withScriptHashes(withoutModules.replace('</body>', () => `${tag}</body>`)), 'utf8');
}

const CSP =
  "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'\">";
const page = (body: string) =>
  `<!doctype html><html><head>${CSP}<link rel="modulepreload" href="./_astro/a.js"><script type="module" src="./_astro/w.js"></script></head><body>${body}</body></html>`;

describe('the single-file wizard', () => {
  it('is the reference bytes, and the built file, for the built wizard page and its real script', async () => {
    const html = readFileSync(join(BUILD_DIR, 'wizard.html'), 'utf8');
    const { singleFileScript } = await loadSiteAssets();
    expect(singleFileScript.length).toBeGreaterThan(100_000);
    const made = singleFileHtml(html, singleFileScript);
    expect(made.equals(reference(html, singleFileScript))).toBe(true);
    expect(made.equals(readFileSync(join(BUILD_DIR, 'wizard-offline.html')))).toBe(true);
  });

  it.each([
    ['a plain script', 'console.log(1)', page('<p>hi ’ ✓</p><script>early()</script>')],
    ['replacement patterns in the script', 'x.replace(/a/, "$\'$&$1")', page("<p>$& $'</p>")],
    ['a closing tag in upper case (the CSP reads the script otherwise)', 'a="</SCRIPT>";b()', page('')],
    ['an escaped closing tag', 'a="</script>"', page('<script>c()</script>')],
    ['the same script already inline', 'dup()', page('<script>dup()</script>')],
    ['the placeholder in the page', 'z()', page('<p>/*ndb-single-file-wizard*/</p>')],
    ['a page without a CSP', 'y()', '<html><body><script>q()</script></body></html>'],
    ['a page without a body end', 'y()', page('').replace('</body>', '')],
  ])('is the reference bytes with %s', (_, script, html) => {
    // Twice: the second call reuses the cached script.
    for (let i = 0; i < 2; i++)
      expect(singleFileHtml(html, script).equals(reference(html, script))).toBe(true);
  });
});
