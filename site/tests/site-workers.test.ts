// `ndb site --all` builds practices in worker threads (site-workers.ts, practice-site.ts): the
// output must be the same bytes as a build in one thread, the files every practice shares are
// hard links within the output, and an invalid policy still stops the build before any disk work.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PolicyInvalidError } from '@ndb-kit/generator';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSites, SHARED_DIR, SITE_ROOT } from '../scripts/build-sites.ts';
import { ARTIFACTS } from './support/browser.ts';
import { BUILD_DATE } from './support/global-setup.ts';

const IDS = ['harbourside-family-medical', 'mindful-psychology', 'bright-smile-dental'];
const POLICIES = IDS.map((id) => join(SITE_ROOT, `../policies/${id}.json`));
const THREADS = join(ARTIFACTS, 'workers-two');
const ONE = join(ARTIFACTS, 'workers-none');
const ALONE = join(ARTIFACTS, 'workers-self-contained');

/** Every file under `dir`, relative, sorted. */
function files(dir: string, rel = ''): string[] {
  return readdirSync(join(dir, rel), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(dir, `${rel}${e.name}/`) : [`${rel}${e.name}`]))
    .sort();
}

beforeAll(async () => {
  await buildSites({ policies: POLICIES, outDir: THREADS, date: BUILD_DATE, index: true, workers: 2 });
  await buildSites({ policies: POLICIES, outDir: ONE, date: BUILD_DATE, index: true, workers: 0 });
}, 300_000);

describe('ndb site --all in worker threads', () => {
  it('writes the same files, byte for byte, as a build in one thread (the output marker included)', () => {
    const names = files(ONE);
    expect(names).toContain('.ndb-output.json');
    expect(names.filter((f) => f.endsWith('/sw.js'))).toHaveLength(IDS.length);
    expect(files(THREADS)).toEqual(names);
    for (const f of names)
      expect(readFileSync(join(THREADS, f)).equals(readFileSync(join(ONE, f))), f).toBe(true);
  });

  it('hard-links each practice folder’s Latin fonts to the one copy in _shared/', () => {
    const font = 'fonts/NotoSans_400Regular.ttf';
    const shared = statSync(join(THREADS, SHARED_DIR, font));
    expect(shared.nlink).toBe(1 + IDS.length);
    for (const id of IDS) expect(statSync(join(THREADS, id, font)).ino).toBe(shared.ino);
  });

  it('with selfContained, gives every folder the shared files as links to the first folder’s', async () => {
    await buildSites({
      policies: POLICIES.slice(0, 2),
      outDir: ALONE,
      date: BUILD_DATE,
      index: true,
      selfContained: true,
      workers: 2,
    });
    const [first, second] = IDS.map((id) => join(ALONE, id));
    const modules = readdirSync(join(first!, '_astro'));
    expect(modules.length).toBeGreaterThan(0);
    for (const f of [...modules.map((m) => `_astro/${m}`), 'fonts/NotoSansSC_400Regular.ttf'])
      expect(statSync(join(second!, f)).ino, f).toBe(statSync(join(first!, f)).ino);
  }, 300_000);

  it('stops on the first invalid policy in file order, naming it, before writing anything', async () => {
    const bad = join(ARTIFACTS, 'workers-bad-policy.json');
    writeFileSync(bad, '{"id": 3}');
    const out = join(ARTIFACTS, 'workers-bad');
    const error = await buildSites({
      policies: [POLICIES[0]!, bad, POLICIES[1]!],
      outDir: out,
      date: BUILD_DATE,
      index: true,
      workers: 2,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PolicyInvalidError);
    expect((error as Error).message).toContain(`${bad} is not a valid practice policy`);
    expect((error as PolicyInvalidError).issues.some((i) => i.pointer === '/id')).toBe(true);
    expect(existsSync(out)).toBe(false);
  });
});
