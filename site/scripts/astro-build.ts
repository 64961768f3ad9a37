// Runs one `astro build` in its own process (spawned by build-sites.ts): Astro and Node cache
// build modules per process, so a second build in the same process would reuse the first's data.
// Usage: node scripts/astro-build.ts DIST  (with NDB_SITE_DATA set)
import { build } from 'astro';
import { SITE_ROOT } from './build-sites.ts';

const dist = process.argv[2];
if (!dist || !process.env.NDB_SITE_DATA)
  throw new Error('usage: NDB_SITE_DATA=… node scripts/astro-build.ts DIST');
await build({
  root: SITE_ROOT,
  outDir: dist,
  logLevel: 'error',
  vite: { define: { __SINGLE_FILE__: 'false' } },
});
