// Build-time only: reads the practice data staged by scripts/build-sites.ts (NDB_SITE_DATA).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteData } from './site-data.ts';

let cache: SiteData[] | undefined;

export function loadPractices(): SiteData[] {
  if (cache) return cache;
  const dir = process.env['NDB_SITE_DATA'];
  if (!dir) throw new Error('NDB_SITE_DATA is not set: build the site with `ndb site` or scripts/build-sites.ts');
  cache = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as SiteData);
  return cache;
}

export function practicePaths() {
  return loadPractices().map((site) => ({ params: { practice: site.id }, props: { site } }));
}
