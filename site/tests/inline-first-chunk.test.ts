// The wizard's first chunk as an inline module plus the shim its lazy chunks import
// (scripts/inline-first-chunk.ts): one instance of every export, imports resolved from the chunk's URL.
import { describe, expect, it } from 'vitest';
import { CHUNK_URL_VARIABLE, FIRST_CHUNK_GLOBAL, inlineFirstChunk } from '../scripts/inline-first-chunk.ts';

const CHUNK = [
  'function e(t){return t+1}',
  'const n={count:0};',
  'var r=()=>import(`./result-module.X1.js`);',
  'function s(t){return new URL(t,import.meta.url).href}',
  'let a=import.meta.resolve?1:2;',
  'export{e as a,n as B,r as _,s as c,a as d};',
].join('');

/** Runs the inline code as the page would (its chunk URL set first); returns what it published. */
function runInline(inline: string): Record<string, unknown> {
  const scope = globalThis as Record<string, unknown>;
  delete scope[FIRST_CHUNK_GLOBAL];
  new Function(
    `const ${CHUNK_URL_VARIABLE}="https://clinic.example/_shared/_astro/wizard-inline.H.js";${inline}`,
  )();
  return scope[FIRST_CHUNK_GLOBAL] as Record<string, unknown>;
}

describe('inlineFirstChunk', () => {
  it('publishes every export under its exported name, and the shim re-exports those same values', async () => {
    const { inline, shim } = inlineFirstChunk(CHUNK, 'wizard-inline.H.js');
    expect(inline).not.toMatch(/\bexport\b|import\.meta/);
    const published = runInline(inline);
    expect(Object.keys(published).sort()).toEqual(['B', '_', 'a', 'c', 'd']);
    expect((published.a as (n: number) => number)(1)).toBe(2);
    const shimmed = await import(`data:text/javascript,${encodeURIComponent(shim)}`);
    for (const name of ['a', 'B', '_', 'c', 'd']) expect(shimmed[name]).toBe(published[name]);
  });

  it("resolves import.meta.url and the dynamic imports against the chunk's URL, not the page's", () => {
    const { inline } = inlineFirstChunk(CHUNK, 'wizard-inline.H.js');
    const published = runInline(inline);
    expect((published.c as (p: string) => string)('./incident-file.Y.js')).toBe(
      'https://clinic.example/_shared/_astro/incident-file.Y.js',
    );
    expect(inline).toContain(`import(new URL("./result-module.X1.js",${CHUNK_URL_VARIABLE}).href)`);
    expect(published.d).toBe(2); // import.meta.resolve: the page's resolution is never used
  });

  it('refuses an export that is assigned after its declaration (the shim would keep a stale copy)', () => {
    expect(() => inlineFirstChunk('let n=1;function f(){n=2}export{n as a,f as b};', 'c.js')).toThrow(
      /c\.js exports n, which is assigned after its declaration/,
    );
    expect(() => inlineFirstChunk('let n;function f(){n??=2}export{n as a,f as b};', 'c.js')).toThrow(
      /exports n/,
    );
    expect(() => inlineFirstChunk('let n=0;function f(){n++}export{n as a,f as b};', 'c.js')).toThrow(
      /exports n/,
    );
  });

  it('refuses code an inline script cannot hold, and code of another shape', () => {
    expect(() => inlineFirstChunk('const a="</script>";export{a};', 'c.js')).toThrow(/<\/script/);
    expect(() => inlineFirstChunk('const a="<!--";export{a};', 'c.js')).toThrow(/<!--/);
    expect(() => inlineFirstChunk('const a=1;', 'c.js')).toThrow(/does not end with one export list/);
    expect(() => inlineFirstChunk('import{x}from"./y.js";const a=x;export{a};', 'c.js')).toThrow(
      /an import or import.meta this rewrite does not handle/,
    );
  });
});
