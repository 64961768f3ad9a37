// Bundles the wizard into one classic script (no imports, no chunks) for wizard-offline.html,
// which must work from file:// where module scripts and fetch() are blocked. The PDF export
// (pdf-lib plus ~1 MB of fonts) is left out there; print → "Save as PDF" replaces it.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ajvPrecompiled } from './ajv-browser.ts';
import { SITE_ROOT } from './build-sites.ts';

let cached: Promise<string> | undefined;

export function buildSingleFileWizard(): Promise<string> {
  cached ??= (async () => {
    const astroRequire = createRequire(
      createRequire(join(SITE_ROOT, 'package.json')).resolve('astro/package.json'),
    );
    // vite is Astro's dependency, not ours: resolve it through Astro and type only what we call.
    const vite = (await import(astroRequire.resolve('vite'))) as {
      build: (config: object) => Promise<unknown>;
    };
    const result = await vite.build({
      configFile: false,
      root: SITE_ROOT,
      logLevel: 'silent',
      define: { __SINGLE_FILE__: 'true' },
      plugins: [ajvPrecompiled()],
      oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
      build: {
        write: false,
        minify: !process.env.NOMIN,
        lib: { entry: join(SITE_ROOT, 'src/wizard/main.ts'), formats: ['iife'], name: 'ndbWizard' },
        rollupOptions: { external: ['@ndb-kit/pdf'] },
      },
    });
    const outputs = (Array.isArray(result) ? result : [result]) as {
      output: { type: string; code?: string }[];
    }[];
    const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
    if (!chunk?.code) throw new Error('single-file wizard build produced no script');
    return chunk.code;
  })();
  return cached;
}
