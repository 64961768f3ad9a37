import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatIssue } from '@ndb-kit/validation';
import { describe, expect, it } from 'vitest';
import { loadPolicy, localToday, readTextFile } from './load-policy.ts';
import { example, POLICIES_DIR, TODAY } from './test-support.ts';

const dir = mkdtempSync(join(tmpdir(), 'ndb-policy-'));
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('loadPolicy', () => {
  it('loads a valid policy', async () => {
    const result = await loadPolicy(`${POLICIES_DIR}harbourside-family-medical.json`, { today: TODAY });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.policy.organisation.tradingName).toBe('Harbourside Family Medical');
  });

  it('reports issues with line and column', async () => {
    const text = JSON.stringify({ ...example(), schemaVersion: 2 }, null, 2);
    const result = await loadPolicy(file('v2.json', text), { today: TODAY });
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      `${dir}/v2.json:3:3 /schemaVersion: is not the allowed value (expected 1, found 2)`,
    ]);
  });

  it('explains files it cannot read', async () => {
    const cases: Array<[string, RegExp]> = [
      [join(dir, 'missing.json'), /file not found/],
      [dir, /is a folder/],
      [file('empty.json', ''), /the file is empty/],
      [file('notes.json', 'Dear OAIC,'), /JSON/],
      [file('latin1.json', new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d])), /not UTF-8/],
      [file('utf16.json', new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])), /UTF-16/],
    ];
    for (const [path, message] of cases) {
      const result = await loadPolicy(path, { today: TODAY });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues[0]?.message).toMatch(message);
    }
  });

  it('refuses an oversized file from its size alone', async () => {
    const big = file('big.json', `{"a":"${'x'.repeat(2 * 1024 * 1024)}"}`);
    const result = await loadPolicy(big, { today: TODAY });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]).toMatchObject({ message: 'the file is too large', found: '2097160 bytes' });
  });

  it('defaults today to the machine’s local date', () => {
    expect(localToday(new Date(2026, 10, 22, 23, 59))).toBe('2026-11-22');
    expect(localToday()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('readTextFile: bounded whatever the path is', () => {
  it('refuses a device at once instead of reading it forever (/dev/zero)', async () => {
    const issue = await readTextFile('/dev/zero', 1024);
    expect(issue).toMatchObject({ message: expect.stringMatching(/not a regular file/) });
  });

  it('refuses a FIFO without blocking, with or without a writer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndb-fifo-'));
    const fifo = join(dir, 'policy.json');
    execFileSync('mkfifo', [fifo]);
    expect(await readTextFile(fifo)).toMatchObject({ message: expect.stringMatching(/not a regular file/) });
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a folder, and reads a file of exactly the limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndb-read-'));
    expect(await readTextFile(dir)).toMatchObject({ message: 'is a folder, not a file' });
    writeFileSync(join(dir, 'x.json'), 'a'.repeat(100));
    expect(await readTextFile(join(dir, 'x.json'), 100)).toBe('a'.repeat(100));
    expect(await readTextFile(join(dir, 'x.json'), 99)).toMatchObject({ message: 'the file is too large' });
    rmSync(dir, { recursive: true, force: true });
  });
});
