#!/usr/bin/env node
// The repository's `ndb` (./ndb-kit ndb, `pnpm ndb`, the benches): runs the bundle of the CLI's
// sources that ../scripts/bundle.ts keeps in ../node_modules/.cache/ndb-cli/ when it is current
// (./current-bundle.js), and otherwise rebuilds it first (a second or two, once per change).
// Plain JavaScript, so Node starts on it without type stripping.
//
// NDB_SOURCE=1 runs the sources (src/bin.ts, what the tests run) instead; so does any failure to
// bundle (a syntax error in a source, esbuild missing), where Node's own message then names it.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { currentBundle } from './current-bundle.js';

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE_DIR = join(CLI, 'node_modules/.cache/ndb-cli');
const SOURCE = join(CLI, 'src/bin.ts');

async function entry() {
  if (process.env.NDB_SOURCE === '1') return SOURCE;
  // Only the inputs this command can load are checked (bundle.ts checksOf).
  const current = currentBundle(CACHE_DIR, resolve(CLI, '../..'), { command: process.argv[2] });
  if (current) return current;
  try {
    if (process.stderr.isTTY) process.stderr.write('ndb: the sources changed; bundling the CLI once…\n');
    const { buildBundle } = await import('../scripts/bundle.ts');
    return join(CACHE_DIR, (await buildBundle()).entry);
  } catch (error) {
    if (process.env.NDB_DEBUG) process.stderr.write(`ndb: bundling failed, running the sources: ${error}\n`);
    return SOURCE;
  }
}

const file = await entry();
// V8's code cache for the bundle's chunks, beside them (pruned with them); Node keys each entry by
// the file's content, so it never serves stale code. Measured interleaved on `ndb assess`: 0.71–0.95
// of the time without it; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
if (file !== SOURCE) process.getBuiltinModule('node:module').enableCompileCache?.(join(dirname(file), '.v8'));
await import(pathToFileURL(file).href);
