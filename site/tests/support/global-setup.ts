// Builds the example practice's site once (real generator, one Astro build) for all browser tests.
import { join } from 'node:path';
import { buildSites, SITE_ROOT } from '../../scripts/build-sites.ts';

export const BUILD_DIR = join(SITE_ROOT, 'test-artifacts/build');
export const POLICY = join(SITE_ROOT, '../policies/harbourside-family-medical.json');

/** The build date of the site under test: injected, so no test depends on the real date. */
export const BUILD_DATE = '2026-11-22';

export default async function setup(): Promise<void> {
  await buildSites({ policies: [POLICY], outDir: BUILD_DIR, date: BUILD_DATE, flat: true });
}
