// assets.json carries the SHA-256 of every _astro/ file and PDF font (build-site-assets.ts), so
// `ndb site` does not hash ~35 MB of fonts on every run: those digests must be the files' own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontFiles } from '../scripts/build-sites.ts';
import {
  ASSETS_DIR,
  type AssetManifest,
  digest,
  MANIFEST_FILE,
  siteAssetsDir,
} from '../scripts/site-assets.ts';

describe('the site assets manifest', () => {
  it('names the SHA-256 of every _astro/ file and every font the wizard may fetch', async () => {
    const dir = await siteAssetsDir();
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as AssetManifest;
    const fonts = fontFiles();
    expect(Object.keys(fonts).length).toBeGreaterThan(2);
    expect(Object.keys(manifest.digests).sort()).toEqual(
      [
        ...manifest.files.map((f) => `${ASSETS_DIR}/${f}`),
        ...Object.keys(fonts).map((f) => `fonts/${f}`),
      ].sort(),
    );
    for (const f of manifest.files)
      expect(manifest.digests[`${ASSETS_DIR}/${f}`], f).toBe(digest(readFileSync(join(dir, ASSETS_DIR, f))));
    for (const [name, path] of Object.entries(fonts))
      expect(manifest.digests[`fonts/${name}`], name).toBe(digest(readFileSync(path)));
  });
});
