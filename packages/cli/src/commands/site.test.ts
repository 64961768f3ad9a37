import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { captureIo } from './test-io.ts';
import { run } from './site.ts';
import { run as start } from './start.ts';

describe('ndb site', () => {
  it('needs --out', async () => {
    const io = captureIo();
    expect(await run(['policies/x.json'], io)).toBe(2);
    expect(io.stderr()).toContain('--out DIR is required');
  });
  it('rejects a bad --date and extra arguments', async () => {
    expect(await run(['a.json', '--out', 'o', '--date', '2025-1-1'], captureIo())).toBe(2);
    expect(await run(['a.json', 'b.json', '--out', 'o'], captureIo())).toBe(2);
    expect(await run(['--all', '/nonexistent-dir', '--out', 'o'], captureIo())).toBe(2);
    expect(await run(['--bogus'], captureIo())).toBe(2);
    const io = captureIo();
    expect(await run(['a.json', '--out', 'o', '--self-contained'], io)).toBe(2);
    expect(io.stderr()).toContain('--self-contained goes with --all');
  });
  it('reports an invalid policy as invalid input (exit 2)', async () => {
    const io = captureIo();
    expect(await run(['/nonexistent/policy.json', '--out', '/tmp/ndb-site-test-out'], io)).toBe(2);
    expect(io.stderr()).toContain('not a valid practice policy');
  });
  it('refuses a foreign folder with exit 2 before building anything, and changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndb-site-'));
    writeFileSync(join(dir, 'precious.docx'), 'keep me');
    const io = captureIo();
    expect(
      await run(
        [
          fileURLToPath(new URL('../../../../policies/harbourside-family-medical.json', import.meta.url)),
          '--out',
          dir,
          '--date',
          '2026-11-20',
        ],
        io,
      ),
    ).toBe(2);
    expect(io.stderr()).toContain('not written by ndb');
    expect(readdirSync(dir)).toEqual(['precious.docx']);
    expect(readdirSync(tmpdir()).filter((n) => n.startsWith(`.${basename(dir)}.ndb-`))).toEqual([]);
  });
  it('prints help', async () => {
    const io = captureIo();
    expect(await run(['--help'], io)).toBe(0);
    expect(io.stdout()).toContain('ndb site POLICY --out DIR');
  });
});

describe('ndb start', () => {
  it('validates --port', async () => {
    expect(await start(['--port', 'abc'], captureIo())).toBe(2);
    expect(await start(['--nope'], captureIo())).toBe(2);
    expect(await start(['--date', '2028-02-30'], captureIo())).toBe(2);
  });
  it('refuses two policies and a policy it cannot read (exit 2)', async () => {
    expect(await start(['a.json', 'b.json', '--no-serve'], captureIo())).toBe(2);
    const io = captureIo();
    expect(await start(['/nonexistent/policy.json', '--no-serve'], io)).toBe(2);
    expect(io.stderr()).toContain('cannot read /nonexistent/policy.json');
  });
});
