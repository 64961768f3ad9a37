// Build-time only: reads the practice data staged by scripts/build-sites.ts (NDB_SITE_DATA).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteData } from './site-data.ts';

// Keyed by folder: one process may run several builds (bench, tests), and Node may reuse this
// module between them.
let cache: { dir: string; sites: SiteData[] } | undefined;

export function loadPractices(): SiteData[] {
  const dir = process.env.NDB_SITE_DATA;
  if (!dir)
    throw new Error('NDB_SITE_DATA is not set: build the site with `ndb site` or scripts/build-sites.ts');
  if (cache?.dir === dir) return cache.sites;
  const sites = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as SiteData);
  cache = { dir, sites };
  return sites;
}

export function practicePaths() {
  return loadPractices().map((site) => ({ params: { practice: site.id }, props: { site } }));
}
