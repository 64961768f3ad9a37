// `pnpm --filter @ndb-kit/site build`: the example practice's site into site/dist/ (what CI
// checks builds). Real practices use `ndb site`.
import { join } from 'node:path';
import { buildSites, SITE_ROOT } from './build-sites.ts';

const policy = join(SITE_ROOT, '../policies/harbourside-family-medical.json');
const [site] = await buildSites({
  policies: [policy],
  outDir: join(SITE_ROOT, 'dist'),
  flat: true,
  log: (l) => console.error(l),
});
console.log(`built ${site?.dir}`);
