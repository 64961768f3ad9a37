import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { captureIo } from './test-io.ts';
import { run } from './site.ts';
import { run as start } from './start.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

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
  });
  it('reports an invalid policy as invalid input (exit 2)', async () => {
    const io = captureIo();
    expect(await run(['/nonexistent/policy.json', '--out', '/tmp/ndb-site-test-out'], io)).toBe(2);
    expect(io.stderr()).toContain('not a valid practice policy');
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
});

describe('ndb start with a clock a year ahead', () => {
  it('builds, prints the warnings, serves the site, and the home page shows the overdue review', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ndb-start-'));
    const child = spawn(
      process.execPath,
      [join(root, 'packages/cli/src/bin.ts'), 'start', '--date', '2028-06-01', '--port', '0', '--out', out],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    try {
      const url = await new Promise<string>((done, fail) => {
        child.stdout.on('data', (d) => {
          stdout += d;
          const m = /Serving the plan site at (http:\/\/localhost:\d+\/)/.exec(stdout);
          if (m) done(m[1] as string);
        });
        child.on('exit', (code) => fail(new Error(`ndb start exited ${code}: ${stderr}`)));
      });
      expect(stderr).toMatch(/\/plan\/nextReview: warning: the plan was due for review on 15 Jan 2027/);
      const home = await (await fetch(url)).text();
      expect(home).toContain('This plan was due for review on 15 Jan 2027.');
    } finally {
      child.kill('SIGTERM');
    }
  }, 180_000);
});
