// Writing a build so that a reader of outDir sees either the previous complete build or the new
// complete build, never a half-written mix: write everything into a temporary sibling folder, then
// swap it in with renames (same parent, so same file system). On failure the temporary folder is
// removed and any previous build at outDir is left as it was.
import { mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { MANIFEST_FILE } from './manifest.ts';

export interface WriteHooks {
  /** Replaceable for tests that simulate a failing disk. */
  writeFile?: (path: string, data: Uint8Array) => Promise<void>;
}

/** A relative path inside the output folder: no absolute paths, no "..", no empty segments. */
function checkRelative(path: string): void {
  const parts = path.split('/');
  if (path.startsWith('/') || path.includes('\\') || parts.some((p) => p === '' || p === '.' || p === '..')) {
    throw new Error(`refusing to write outside the output folder: ${JSON.stringify(path)}`);
  }
}

async function kind(path: string): Promise<'missing' | 'dir' | 'file'> {
  try {
    return (await stat(path)).isDirectory() ? 'dir' : 'file';
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return 'missing';
    throw error;
  }
}

/** Only a previous build (it has a manifest) may be replaced: never a folder of someone's files. */
async function assertReplaceable(outDir: string): Promise<void> {
  const k = await kind(outDir);
  if (k === 'file') throw new Error(`${outDir} exists and is not a folder`);
  if (
    k === 'dir' &&
    (await kind(join(outDir, MANIFEST_FILE))) !== 'file' &&
    (await readdir(outDir)).length > 0
  ) {
    throw new Error(
      `${outDir} is not empty and is not an ndb build (no ${MANIFEST_FILE}): refusing to replace it`,
    );
  }
}

export async function writeFilesAtomic(
  files: Map<string, Uint8Array>,
  outDir: string,
  hooks: WriteHooks = {},
): Promise<void> {
  const target = resolve(outDir);
  const parent = dirname(target);
  for (const path of files.keys()) checkRelative(path);
  await assertReplaceable(target);
  await mkdir(parent, { recursive: true });
  const temp = await mkdtemp(join(parent, `.${basename(target)}.tmp-`));
  const write = hooks.writeFile ?? ((p: string, d: Uint8Array) => writeFile(p, d));
  try {
    for (const [path, bytes] of files) {
      const full = join(temp, ...path.split('/'));
      if (!full.startsWith(temp + sep)) throw new Error(`bad output path ${path}`);
      await mkdir(dirname(full), { recursive: true });
      await write(full, bytes);
    }
    if ((await kind(target)) === 'dir') {
      // Two renames: the old build steps aside, the new one steps in; the old one is then removed.
      const old = `${temp}-old`;
      await rename(target, old);
      try {
        await rename(temp, target);
      } catch (error) {
        await rename(old, target);
        throw error;
      }
      await rm(old, { recursive: true, force: true });
    } else {
      await rename(temp, target);
    }
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}
