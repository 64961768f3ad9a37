// The build key: a hash of everything a practice's output is made from, kept in the output
// folder's marker, so `ndb build` can skip a practice whose folder already holds exactly the
// output this build would write (output-folder.ts `unchangedOutput` checks every file's hash).
// Inputs: the policy (its JSON in the file's key order), the build date, the rules version and law-as-at date, the
// generator's version, and the code itself — every source file of the workspace packages (path,
// size, modification time) plus the lockfile (which pins docx, markdown-it, fontkit, the fonts …), or, in the
// bundled npm package, every file of the bundle. When the code cannot be read, there is no key and
// every build runs. Light on purpose (no templates, PDF or DOCX code): an unchanged `ndb build`
// loads only this, the policy and the output folder's module.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { LAW_AS_AT, RULES_VERSION } from '@ndb-kit/engine';
import type { PracticePolicy } from '@ndb-kit/policy';
import pkg from '../package.json' with { type: 'json' };
import { canonicalJson } from './canonical-json.ts';

const KEY_FORMAT = 'ndb-build-key/1';

/**
 * Every file under `dir` (recursively; node_modules, dot folders and tests skipped), sorted, into
 * `hash` by path, size and modification time: an edit, a checkout or a rebuilt bundle changes
 * them. (Hashing the ~2 MB of source by content cost ~10× more on a cold start, measured.)
 */
function hashTree(hash: ReturnType<typeof createHash>, dir: string, rel = ''): void {
  const entries = readdirSync(join(dir, rel), { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const e of entries) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && !e.name.startsWith('.')) hashTree(hash, dir, r);
    } else if (e.isFile() && !e.name.endsWith('.test.ts')) {
      const st = statSync(join(dir, r));
      hash.update(`${r}\0${st.size}\0${st.mtimeMs}\0`);
    }
  }
}

let fingerprint: string | null | undefined;

/** SHA-256 of the code that makes the output (once per process); null when it cannot be read. */
export function codeFingerprint(): string | null {
  if (fingerprint !== undefined) return fingerprint;
  try {
    const here = dirname(fileURLToPath(import.meta.url));
    const hash = createHash('sha256');
    if (import.meta.url.endsWith('.ts')) {
      // The repository: packages/<name>/src of every workspace package, and the lockfile.
      const root = resolve(here, '../../..');
      const packages = join(root, 'packages');
      for (const name of readdirSync(packages).sort()) {
        hash.update(`packages/${name}\0`);
        hashTree(hash, join(packages, name, 'src'));
      }
      hash.update(readFileSync(join(root, 'pnpm-lock.yaml'))); // dependency versions, by content
    } else hashTree(hash, here); // the bundle: dist/ holds all the code
    fingerprint = hash.digest('hex');
  } catch {
    fingerprint = null;
  }
  return fingerprint;
}

/**
 * The key of the build of `policy` on `date` with this ndb, or null (no caching) when the code
 * cannot be fingerprinted. Any change to any input gives another key.
 */
export function buildKey(
  policy: PracticePolicy,
  date: string,
  code: string | null = codeFingerprint(),
): string | null {
  if (code === null) return null;
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  return sha256(
    canonicalJson({
      format: KEY_FORMAT,
      // As parsed, in the file's key order (not canonical): nothing that could reach the output is folded.
      policy: sha256(JSON.stringify(policy)),
      date,
      rulesVersion: RULES_VERSION,
      lawAsAt: LAW_AS_AT,
      // The templates are in the code (src/generated/templates.ts).
      generator: pkg.version,
      code,
    }),
  );
}
