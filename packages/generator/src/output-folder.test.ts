import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { homedir, hostname, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MARKER_FILE, OutputError, SWAP_STEPS, writeOutputFolder } from './output-folder.ts';

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'test/output-crash-child.ts');
let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'ndb-out-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** A fill that writes a.txt and sub/b.txt holding `label`. */
const fill = (label: string) => async (stage: string) => {
  await mkdir(join(stage, 'sub'));
  await writeFile(join(stage, 'a.txt'), label);
  await writeFile(join(stage, 'sub', 'b.txt'), label);
};
const write = (target: string, label: string, extra: { force?: boolean } = {}) =>
  writeOutputFolder(target, fill(label), { tool: 'test', ...extra });
const read = (path: string) => readFileSync(path, 'utf8');
const child = (target: string, label: string, step: string, signal: string) =>
  spawnSync(process.execPath, [CHILD, target, label, step, signal], { encoding: 'utf8' });

describe('writeOutputFolder: ownership', () => {
  it('writes the output and a marker listing exactly what ndb wrote', async () => {
    const out = join(root, 'site');
    const result = await write(out, 'v1');
    expect(result.files).toEqual(['a.txt', 'sub/b.txt']);
    const marker = JSON.parse(read(join(out, MARKER_FILE)));
    expect(Object.keys(marker.files)).toEqual(['a.txt', 'sub/b.txt']);
    expect(readdirSync(root)).toEqual(['site']); // no lock, stage or scratch left beside it
  });

  it('a rebuild replaces its own files and keeps every file the user added', async () => {
    const out = join(root, 'site');
    await write(out, 'v1');
    await writeFile(join(out, 'signed-approval.pdf'), 'signature');
    await mkdir(join(out, 'sub', 'mine'));
    await writeFile(join(out, 'sub', 'mine', 'notes.txt'), 'notes');
    await mkdir(join(out, 'empty-folder'));
    await symlink('a.txt', join(out, 'link-to-a'));
    const result = await write(out, 'v2');
    expect(read(join(out, 'a.txt'))).toBe('v2');
    expect(read(join(out, 'signed-approval.pdf'))).toBe('signature');
    expect(read(join(out, 'sub', 'mine', 'notes.txt'))).toBe('notes');
    expect(statSync(join(out, 'empty-folder')).isDirectory()).toBe(true);
    expect(lstatSync(join(out, 'link-to-a')).isSymbolicLink()).toBe(true);
    expect(result.kept).toBe(3);
    expect(readdirSync(root)).toEqual(['site']);
  });

  it('removes a file ndb wrote before and no longer writes, and only that', async () => {
    const out = join(root, 'site');
    await writeOutputFolder(out, async (s) => writeFile(join(s, 'old-only.txt'), 'x'), { tool: 't' });
    await writeFile(join(out, 'user.txt'), 'mine');
    await write(out, 'v2');
    expect(existsSync(join(out, 'old-only.txt'))).toBe(false);
    expect(read(join(out, 'user.txt'))).toBe('mine');
  });

  it('refuses a foreign non-empty folder and changes nothing', async () => {
    const out = join(root, 'documents');
    await mkdir(out);
    await writeFile(join(out, 'precious.docx'), 'keep me');
    await expect(write(out, 'v1')).rejects.toThrow(/not empty and was not written by ndb/);
    expect(readdirSync(out)).toEqual(['precious.docx']);
    expect(readdirSync(root)).toEqual(['documents']);
  });

  it('--force puts the output beside foreign files and keeps one in the way as NAME.before-ndb', async () => {
    const out = join(root, 'documents');
    await mkdir(out);
    await writeFile(join(out, 'precious.docx'), 'keep me');
    await writeFile(join(out, 'a.txt'), 'mine, same name');
    const result = await write(out, 'v1', { force: true });
    expect(read(join(out, 'precious.docx'))).toBe('keep me');
    expect(read(join(out, 'a.txt'))).toBe('v1');
    expect(read(join(out, 'a.txt.before-ndb'))).toBe('mine, same name');
    expect(result.setAside).toEqual(['a.txt.before-ndb']);
    // and from now on it is an ndb folder: a plain rebuild works and keeps both of the user's files
    await write(out, 'v2');
    expect(read(join(out, 'a.txt.before-ndb'))).toBe('mine, same name');
    expect(read(join(out, 'precious.docx'))).toBe('keep me');
  });

  it('refuses to overwrite an ndb file the user edited; --force keeps the edit beside', async () => {
    const out = join(root, 'site');
    await write(out, 'v1');
    await writeFile(join(out, 'a.txt'), 'v1 with my notes');
    await expect(write(out, 'v2')).rejects.toThrow(/a\.txt in .* changed after ndb wrote it/);
    expect(read(join(out, 'a.txt'))).toBe('v1 with my notes');
    await write(out, 'v2', { force: true });
    expect(read(join(out, 'a.txt'))).toBe('v2');
    expect(read(join(out, 'a.txt.before-ndb'))).toBe('v1 with my notes');
  });

  it('refuses a user file where the new output writes one, without --force', async () => {
    const out = join(root, 'site');
    await writeOutputFolder(out, async (s) => writeFile(join(s, 'x.txt'), 'x'), { tool: 't' });
    await writeFile(join(out, 'a.txt'), 'mine');
    await expect(write(out, 'v2')).rejects.toThrow(/a file of yours where ndb now writes its own/);
    expect(read(join(out, 'a.txt'))).toBe('mine');
    expect(read(join(out, 'x.txt'))).toBe('x');
    expect(readdirSync(root)).toEqual(['site']);
  });

  it('refuses a file at --out, the file system root and the home folder even with --force', async () => {
    const file = join(root, 'plan.txt');
    await writeFile(file, 'a file');
    await expect(write(file, 'v1', { force: true })).rejects.toThrow(/is a file, not a folder/);
    expect(read(file)).toBe('a file');
    await expect(write('/', 'v1', { force: true })).rejects.toThrow(/refusing to write output to \//);
    await expect(write(homedir(), 'v1', { force: true })).rejects.toThrow(/home folder/);
  });

  it('adopts a build from before the marker (its manifest.json lists its files)', async () => {
    const out = join(root, 'practice');
    await mkdir(out);
    await writeFile(join(out, 'a.txt'), 'old');
    await writeFile(
      join(out, 'manifest.json'),
      JSON.stringify({ generator: { name: '@ndb-kit/generator' }, files: { 'a.txt': {} } }),
    );
    await writeFile(join(out, 'approval.pdf'), 'mine');
    await write(out, 'v2');
    expect(read(join(out, 'a.txt'))).toBe('v2');
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
    expect(read(join(out, 'approval.pdf'))).toBe('mine');
  });
});

describe('writeOutputFolder: failures change nothing', () => {
  it('a failing fill leaves the previous output and no temp folders', async () => {
    const out = join(root, 'site');
    await write(out, 'v1');
    await expect(
      writeOutputFolder(
        out,
        async (s) => {
          await writeFile(join(s, 'a.txt'), 'half');
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        },
        { tool: 't' },
      ),
    ).rejects.toThrow(OutputError);
    expect(read(join(out, 'a.txt'))).toBe('v1');
    expect(readdirSync(root)).toEqual(['site']);
  });

  it.each([
    ['ENOSPC', /disk is full/],
    ['EROFS', /read-only/],
    ['EACCES', /permission denied/],
  ])('%s becomes an OutputError that says what to do', async (errno, message) => {
    const out = join(root, 'site');
    const error = await writeOutputFolder(
      out,
      async () => {
        throw Object.assign(new Error(`${errno}: injected`), { code: errno });
      },
      { tool: 't' },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as Error).message).toMatch(message);
    expect(readdirSync(root)).toEqual([]);
  });
});

describe('writeOutputFolder: crash at every step, then recovery', () => {
  it.each(SWAP_STEPS)(
    'killed (SIGKILL) after "%s": the next run recovers and the user file survives',
    (step) => {
      const out = join(root, 'site');
      expect(child(out, 'v1', 'none', 'none').status).toBe(0);
      writeFileSync(join(out, 'mine.pdf'), 'signed');
      const crashed = child(out, 'v2', step, 'SIGKILL');
      expect(crashed.signal).toBe('SIGKILL');
      // Right after the crash: the output is old or new and complete, or parked whole where recovery finds it.
      const parked = join(root, '.site.ndb-old');
      const visible = existsSync(out) ? out : parked;
      expect(existsSync(visible)).toBe(true);
      const label = read(join(visible, 'a.txt'));
      expect(['v1', 'v2']).toContain(label);
      expect(read(join(visible, 'sub', 'b.txt'))).toBe(label);
      // The next run recovers and finishes.
      const again = child(out, 'v3', 'none', 'none');
      expect(again.status, again.stderr).toBe(0);
      expect(read(join(out, 'a.txt'))).toBe('v3');
      expect(read(join(out, 'mine.pdf'))).toBe('signed');
      expect(readdirSync(root)).toEqual(['site']);
    },
  );

  it.each(SWAP_STEPS.filter((s) => s !== 'done'))(
    'interrupted (SIGTERM) after "%s": cleans up at once, old or new complete output, user file kept',
    (step) => {
      const out = join(root, 'site');
      expect(child(out, 'v1', 'none', 'none').status).toBe(0);
      writeFileSync(join(out, 'mine.pdf'), 'signed');
      const stopped = child(out, 'v2', step, 'SIGTERM');
      expect(stopped.signal).toBe('SIGTERM');
      expect(readdirSync(root)).toEqual(['site']); // no lock, no stage, no parked output
      expect(['v1', 'v2']).toContain(read(join(out, 'a.txt')));
      expect(read(join(out, 'mine.pdf'))).toBe('signed');
    },
  );

  it('recovers the parked output left by the previous version (.NAME.tmp-XXXXXX-old)', async () => {
    const parked = join(root, '.site.tmp-AbC123-old');
    await mkdir(parked);
    await writeFile(join(parked, 'plan.md'), 'the previous build');
    await mkdir(join(root, '.site.tmp-AbC123'));
    await write(join(root, 'site'), 'v2', { force: true });
    expect(read(join(root, 'site', 'plan.md'))).toBe('the previous build');
    expect(readdirSync(root)).toEqual(['site']);
  });
});

describe('writeOutputFolder: one writer at a time', () => {
  it('two concurrent writes to one folder both finish, one after the other, complete', async () => {
    const out = join(root, 'site');
    const lines: string[] = [];
    const [a, b] = await Promise.all([
      write(out, 'first'),
      writeOutputFolder(out, fill('second'), { tool: 'test', log: (l) => lines.push(l) }),
    ]);
    expect(a.files).toEqual(b.files);
    const label = read(join(out, 'a.txt'));
    expect(read(join(out, 'sub', 'b.txt'))).toBe(label);
    expect(readdirSync(root)).toEqual(['site']);
  });

  it('a live holder past the wait is refused with who holds it; a dead holder is taken over', async () => {
    const out = join(root, 'site');
    const lock = join(root, '.site.ndb-lock');
    await writeFile(lock, JSON.stringify({ pid: process.pid, host: hostname(), tool: 'ndb site' }));
    await expect(writeOutputFolder(out, fill('x'), { tool: 't', lockWaitMs: 0 })).rejects.toThrow(
      /ndb site \(process \d+ .*is writing/,
    );
    expect(existsSync(out)).toBe(false);
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    await writeFile(lock, JSON.stringify({ pid: Number(dead.stdout), host: hostname(), tool: 'x' }));
    await write(out, 'v1');
    expect(read(join(out, 'a.txt'))).toBe('v1');
    expect(existsSync(lock)).toBe(false);
  });
});

describe('writeOutputFolder: file modes', () => {
  it('folders and files get the usual modes (0755/0644 under umask 022), never mkdtemp 0700', async () => {
    const umask = process.umask();
    const out = join(root, 'site');
    await write(out, 'v1');
    expect(statSync(out).mode & 0o777).toBe(0o777 & ~umask);
    expect(statSync(join(out, 'sub')).mode & 0o777).toBe(0o777 & ~umask);
    expect(statSync(join(out, 'a.txt')).mode & 0o777).toBe(0o666 & ~umask);
    expect(statSync(join(out, MARKER_FILE)).mode & 0o777).toBe(0o666 & ~umask);
  });

  it('a rebuild keeps the mode the user gave the folder', async () => {
    const out = join(root, 'site');
    await write(out, 'v1');
    await chmod(out, 0o750);
    await write(out, 'v2');
    expect(statSync(out).mode & 0o777).toBe(0o750);
    expect(await readFile(join(out, 'a.txt'), 'utf8')).toBe('v2');
  });
});
