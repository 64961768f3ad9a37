import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPractice, type PlanArtifacts, writeBuild } from './build.ts';
import { sha256 } from './manifest.ts';
import { BUILD_DATE, loadExample } from './test/support.ts';

let root: string;
let artifacts: PlanArtifacts;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'ndb-write-'));
  artifacts ??= await buildPractice(loadExample('mindful-psychology'), { date: BUILD_DATE });
});
afterEach(() => rm(root, { recursive: true, force: true }));

const failingDisk = (after: number) => {
  let n = 0;
  return {
    writeFile: async (path: string, data: Uint8Array) => {
      if (++n > after) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      await writeFile(path, data);
    },
  };
};

describe('writeBuild', () => {
  it('writes every file, matching the manifest', async () => {
    const out = join(root, 'out', 'practice');
    await writeBuild(artifacts, out);
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    for (const [path, entry] of Object.entries(manifest.files) as [string, { sha256: string }][]) {
      expect(sha256(await readFile(join(out, path)))).toBe(entry.sha256);
    }
    expect(await readdir(join(root, 'out'))).toEqual(['practice']); // no temp folders left
  });

  it('a write failure leaves nothing at outDir and no temp folder', async () => {
    const out = join(root, 'practice');
    await expect(writeBuild(artifacts, out, failingDisk(3))).rejects.toThrow(/ENOSPC/);
    expect(existsSync(out)).toBe(false);
    expect(await readdir(root)).toEqual([]);
  });

  it('a failure keeps the previous build intact; a rebuild keeps the files the user added', async () => {
    const out = join(root, 'practice');
    await writeBuild(artifacts, out);
    await writeFile(join(out, 'signed-approval.pdf'), 'signed by the practice manager');
    const before = await readFile(join(out, 'plan.pdf'));
    await expect(writeBuild(artifacts, out, failingDisk(5))).rejects.toThrow(/disk is full \(ENOSPC\)/);
    expect(await readFile(join(out, 'plan.pdf'))).toEqual(before);
    await writeBuild(artifacts, out);
    expect(await readFile(join(out, 'signed-approval.pdf'), 'utf8')).toBe('signed by the practice manager');
    expect(await readdir(root)).toEqual(['practice']);
  });

  it('refuses to replace a folder that is not a previous build', async () => {
    const out = join(root, 'documents');
    await mkdir(out);
    await writeFile(join(out, 'precious.docx'), 'keep me');
    await expect(writeBuild(artifacts, out)).rejects.toThrow(/not written by ndb/);
    expect(await readFile(join(out, 'precious.docx'), 'utf8')).toBe('keep me');
  });

  it('refuses paths that escape the output folder', async () => {
    const evil = { ...artifacts, files: new Map([['../escape.txt', new Uint8Array([1])]]) };
    await expect(writeBuild(evil, join(root, 'out'))).rejects.toThrow(/outside the output folder/);
    expect(await readdir(root)).toEqual([]);
  });
});
