// Whether the bundle in the cache is current (see scripts/bundle.ts, which writes current.json).
// Plain JavaScript: the launcher (./ndb.js) runs this before anything else, without type stripping.
//
// Current means every input the manifest lists still has the size and change time (ctime) it had
// when recorded, or else its bytes still hash to what was bundled. ctime, not mtime: every write,
// rename into place, touch or chmod sets it to the present and no program can set it back, so an
// edit can never hide behind an unchanged stat. An input changed within RACY_MS of when its stat
// was taken is hashed on every run (git's "racily clean" files): a write in the same clock tick as
// the snapshot leaves the ctime as it was. A stale bundle is never run.
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';

/** The manifest's shape and the bundle's options (scripts/bundle.ts FORMAT). */
export const FORMAT = 4;
/** How close (ms) to the snapshot a change must be to count as racy. */
export const RACY_MS = 1000;

/**
 * @typedef {[path: string, size: number, ctimeMs: number, sha256: string]} Input
 * @typedef {{ format: number, root: string, key: string, statedAt: number, entry: string, inputs: Input[],
 *   checks: Record<string, number[]> }} Manifest
 */

/**
 * The path of the current bundle's entry, or null when there is none or an input changed that a
 * run of `command` can load (manifest.checks[command], the indices of those inputs; every input
 * for a command it does not list, or none given). Inputs only other commands load are not looked
 * at: their change makes the next run of such a command rebuild.
 *
 * When only stats moved (a checkout, a touch) and every hash still matches, the manifest is
 * rewritten with the new stats so the next run compares stats alone again; so it is when a racy
 * input's bytes matched and its change is now RACY_MS in the past (statedAt moves to this run's
 * clock), or every run would hash it again for as long as the bundle lives. An input not checked
 * that was racy against the old statedAt gets ctime -1 in that rewrite: the new statedAt would
 * otherwise vouch for bytes no one hashed, so the next run that needs it hashes it.
 * @param {string} cacheDir the folder holding current.json and the bundles
 * @param {string} root the clone the inputs' paths are relative to
 * @param {{ command?: string, now?: () => number }} [options] the command about to run (argv[2]);
 *   the wall clock (injected for tests)
 * @returns {string | null}
 */
export function currentBundle(cacheDir, root, { command, now = Date.now } = {}) {
  const file = `${cacheDir}/current.json`;
  /** @type {Manifest} */
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  const { inputs, checks } = manifest;
  if (manifest.format !== FORMAT || manifest.root !== root || !Array.isArray(inputs)) return null;
  const only = command !== undefined && checks && Object.hasOwn(checks, command) ? checks[command] : null;
  const count = only ? only.length : inputs.length;
  const statedAt = now();
  const racyBefore = manifest.statedAt - RACY_MS;
  let moved = false;
  for (let k = 0; k < count; k++) {
    const input = only ? inputs[/** @type {number} */ (only[k])] : inputs[k];
    if (!input) return null;
    const [path, size, ctimeMs, hash] = input;
    // Plain concatenation: the paths are relative and normalised, and path.join's normalising
    // cost more than the stats themselves.
    const abs = `${root}/${path}`;
    const st = statSync(abs, { throwIfNoEntry: false });
    if (!st || st.size !== size) return null;
    if (st.ctimeMs === ctimeMs && ctimeMs < racyBefore) continue;
    // node:crypto only when an input must be hashed: loading it costs more than all the stats.
    const { createHash } = process.getBuiltinModule('node:crypto');
    if (createHash('sha256').update(readFileSync(abs)).digest('hex') !== hash) return null;
    // A new stat is recorded; a racy one that is now RACY_MS old is settled by statedAt = now
    // (one still racy against now stays racy: hashed again next run).
    if (st.ctimeMs !== ctimeMs || st.ctimeMs < statedAt - RACY_MS) {
      input[2] = st.ctimeMs;
      moved = true;
    }
  }
  if (moved) {
    if (only) {
      const checked = new Set(only);
      for (let i = 0; i < inputs.length; i++) {
        const input = /** @type {Input} */ (inputs[i]);
        if (!checked.has(i) && input[2] >= racyBefore) input[2] = -1;
      }
    }
    // Best effort (a read-only clone still runs): the same bundle, the stats as they are now.
    try {
      const temp = `${file}.tmp-${process.pid}`;
      writeFileSync(temp, `${JSON.stringify({ ...manifest, statedAt })}\n`);
      renameSync(temp, file);
    } catch {}
  }
  return `${cacheDir}/${manifest.entry}`;
}
