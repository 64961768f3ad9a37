import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './build.ts';
import { captureIo } from './test-io.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const EXAMPLES = ['harbourside-family-medical', 'mindful-psychology', 'bright-smile-dental'];
const policy = (name: string) => `${root}policies/${name}.json`;
const DATE = '2026-11-20';
const tmp = () => mkdtempSync(join(tmpdir(), 'ndb-build-'));
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function brokenCopy(dir: string, name: string, mutate: (p: Record<string, any>) => void): string {
  const p = JSON.parse(readFileSync(policy(EXAMPLES[0] as string), 'utf8'));
  mutate(p);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(p, null, 2));
  return file;
}

describe('ndb build POLICY', () => {
  it('builds the plan, notices, calendar and manifest and exits 0', async () => {
    const out = join(tmp(), 'harbourside');
    const io = captureIo();
    expect(await run([policy('harbourside-family-medical'), '--out', out, '--date', DATE], io)).toBe(0);
    expect(io.stdout()).toMatch(/^✓ harbourside-family-medical → .*harbourside \(\d+ files, \d+ ms\)\n$/);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    for (const [file, entry] of Object.entries(manifest.files) as [string, { sha256: string }][]) {
      expect(sha(join(out, file))).toBe(entry.sha256);
    }
    expect(readdirSync(join(out, 'notices'))).toContain('oaic-statement.md');
  });

  it('an invalid policy: every issue printed, exit 2, nothing written', async () => {
    const dir = tmp();
    const file = brokenCopy(dir, 'broken.json', (p) => {
      p.organisation.tradingName = 'Line\nbreak';
      p.roles.deputy = 'nobody';
    });
    const out = join(dir, 'out');
    const io = captureIo();
    expect(await run([file, '--out', out, '--date', DATE], io)).toBe(2);
    expect(io.stderr()).toContain('not built, nothing written');
    expect(io.stderr()).toContain('/organisation/tradingName');
    expect(io.stderr()).toContain('/roles/deputy');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual(['broken.json']);
  });

  it('bad arguments exit 2 with usage', async () => {
    for (const args of [
      [],
      [policy('mindful-psychology')],
      ['--out', 'x', '--date', '2026-02-30', policy('mindful-psychology')],
    ]) {
      const io = captureIo();
      expect(await run(args, io)).toBe(2);
      expect(io.stderr()).toContain('Usage: ndb build');
    }
  });

  it('same policy and --date, two separate processes: byte-identical output', () => {
    const dir = tmp();
    for (const n of ['a', 'b']) {
      const r = spawnSync(
        process.execPath,
        [
          `${root}packages/cli/src/bin.ts`,
          'build',
          policy('bright-smile-dental'),
          '--out',
          join(dir, n),
          '--date',
          DATE,
        ],
        {
          encoding: 'utf8',
        },
      );
      expect(r.status, r.stderr).toBe(0);
    }
    const files = readdirSync(join(dir, 'a'), { recursive: true, withFileTypes: true }).filter((f) =>
      f.isFile(),
    );
    expect(files.length).toBeGreaterThan(8);
    for (const f of files) {
      const rel = join(f.parentPath, f.name).slice(join(dir, 'a').length);
      expect(sha(join(dir, 'b', rel)), rel).toBe(sha(join(dir, 'a', rel)));
    }
  }, 30_000);
});

describe('ndb build --all', () => {
  it('builds every policy into OUT/<id>/, plain progress lines off a TTY, then a summary', async () => {
    const dir = tmp();
    for (const n of EXAMPLES) copyFileSync(policy(n), join(dir, `${n}.json`));
    const out = join(dir, 'out');
    const io = captureIo(false);
    expect(await run(['--all', dir, '--out', out, '--date', DATE], io)).toBe(0);
    expect(readdirSync(out).sort()).toEqual([...EXAMPLES].sort());
    const lines = io.stdout().trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^\[1\/3\] bright-smile-dental\.json ✓ bright-smile-dental \(\d+ ms\)$/);
    expect(lines[3]).toMatch(/^built 3, failed 0, total \d+\.\d s/);
  });

  it('one invalid policy fails (exit 2), the others still build; TTY progress uses \\r', async () => {
    const dir = tmp();
    copyFileSync(policy('mindful-psychology'), join(dir, 'mindful-psychology.json'));
    brokenCopy(dir, 'broken.json', (p) => {
      p.id = 'broken-practice';
      p.organisation.phone = 'not a phone';
    });
    mkdirSync(join(dir, 'out'));
    const written: string[] = [];
    const io = { ...captureIo(true), write: (t: string) => void written.push(t) };
    expect(await run(['--all', dir, '--out', join(dir, 'out'), '--date', DATE], io)).toBe(2);
    expect(readdirSync(join(dir, 'out'))).toEqual(['mindful-psychology']);
    expect(io.stderr()).toContain('[1/2] broken.json ✗ not built');
    expect(io.stderr()).toContain('/organisation/phone');
    expect(written.join('')).toContain('\r\x1b[2K[2/2] mindful-psychology.json …');
    expect(io.stdout()).toMatch(/^built 1, failed 1, total /);
  });

  it('two policies with the same id: the second fails instead of overwriting the first', async () => {
    const dir = tmp();
    copyFileSync(policy('mindful-psychology'), join(dir, 'a.json'));
    copyFileSync(policy('mindful-psychology'), join(dir, 'b.json'));
    const io = captureIo();
    expect(await run(['--all', dir, '--out', join(dir, 'out'), '--date', DATE], io)).toBe(2);
    expect(io.stderr()).toContain('used by an earlier file');
  });
});
