import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
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

  it('--json: one document with what was built and its warnings; invalid: the issues, exit 2', async () => {
    const dir = tmp();
    const io = captureIo();
    expect(
      await run([policy('mindful-psychology'), '--out', join(dir, 'ok'), '--date', DATE, '--json'], io),
    ).toBe(0);
    const built = JSON.parse(io.stdout());
    expect(built).toMatchObject({ ok: true, id: 'mindful-psychology', out: join(dir, 'ok'), issues: [] });
    expect(built.files).toBeGreaterThan(5);
    const file = brokenCopy(dir, 'broken.json', (p) => {
      p.roles.deputy = 'nobody';
    });
    const bad = captureIo();
    expect(await run([file, '--out', join(dir, 'bad'), '--date', DATE, '--json'], bad)).toBe(2);
    const refused = JSON.parse(bad.stdout());
    expect(refused.ok).toBe(false);
    expect(refused.issues.map((i: { pointer: string }) => i.pointer)).toContain('/roles/deputy');
  });

  it('--quiet: nothing on stdout, the build still happens', async () => {
    const out = join(tmp(), 'quiet');
    const io = captureIo();
    expect(await run([policy('mindful-psychology'), '--out', out, '--date', DATE, '-q'], io)).toBe(0);
    expect(io.stdout()).toBe('');
    expect(existsSync(join(out, 'plan.pdf'))).toBe(true);
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

  it('bad arguments exit 2 with one line and a pointer to --help', async () => {
    for (const args of [
      [],
      [policy('mindful-psychology')],
      ['--out', 'x', '--date', '2026-02-30', policy('mindful-psychology')],
    ]) {
      const io = captureIo();
      expect(await run(args, io)).toBe(2);
      expect(io.stderr()).toMatch(/^ndb build: .+\nRun `ndb build --help` for the options\.\n$/);
    }
  });

  it.each([DATE, '2028-06-01'])(
    'same policy and --date %s, two separate processes: byte-identical output',
    (date) => {
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
            date,
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
    },
    300_000,
  );
});

describe('ndb build with a clock a year ahead (2028-06-01)', () => {
  const AHEAD = '2028-06-01';

  it('builds anyway (exit 0), prints each warning with file, pointer and what to do, and the plan says so', async () => {
    const out = join(tmp(), 'harbourside');
    const io = captureIo();
    expect(await run([policy('harbourside-family-medical'), '--out', out, '--date', AHEAD], io)).toBe(0);
    expect(io.stdout()).toMatch(/^✓ harbourside-family-medical → /);
    const err = io.stderr();
    expect(err).toMatch(/warning\(s\): built anyway \(--strict fails on warnings\)/);
    expect(err).toMatch(
      /harbourside-family-medical\.json:\d+:\d+ \/plan\/nextReview: warning: the plan was due for review on 15 Jan 2027; review the plan/,
    );
    expect(err).toMatch(
      /\/plan\/approvedOn: warning: the plan was approved on 15 Jan 2026, more than 12 months ago/,
    );
    expect(err).toMatch(
      /\/systems\/0\/backups\/lastRestoreTest: warning: MedDesk Pro: the last restore test/,
    );
    const banner = 'This plan was due for review on 15 Jan 2027.';
    expect(readFileSync(join(out, 'plan.md'), 'utf8')).toContain(banner);
    const html = readFileSync(join(out, 'plan.html'), 'utf8');
    expect(html).toMatch(
      /<blockquote class="callout callout-warning" role="alert">\s*<p><strong>This plan was due for review on 15 Jan 2027\./,
    );
    // The PDF carries it on the title page, above the contents.
    const page1 = spawnSync('pdftotext', ['-f', '1', '-l', '1', '-layout', join(out, 'plan.pdf'), '-'], {
      encoding: 'utf8',
    }).stdout.replace(/\s+/g, ' ');
    expect(page1).toContain(banner);
    expect(page1.indexOf(banner)).toBeLessThan(page1.indexOf('Contents'));
  });

  it('--strict: the warnings fail the build (exit 2) and nothing is written', async () => {
    const dir = tmp();
    const out = join(dir, 'out');
    const io = captureIo();
    expect(
      await run([policy('harbourside-family-medical'), '--out', out, '--date', AHEAD, '--strict'], io),
    ).toBe(2);
    expect(io.stderr()).toMatch(
      /^✗ .*harbourside-family-medical\.json: \d+ warning\(s\) and --strict: not built, nothing written/,
    );
    expect(io.stderr()).toMatch(/\/plan\/nextReview: warning: /);
    expect(existsSync(out)).toBe(false);
    const all = captureIo();
    expect(await run(['--all', `${root}policies`, '--out', out, '--date', AHEAD, '--strict'], all)).toBe(2);
    expect(all.stdout()).toMatch(/^built 0, failed 3, total/m);
  });

  it('real errors still fail at any date: a restore test dated in the future, a bad ABN', async () => {
    const dir = tmp();
    const future = brokenCopy(dir, 'future.json', (p) => {
      p.systems[0].backups.lastRestoreTest = '2028-06-02';
    });
    const abn = brokenCopy(dir, 'abn.json', (p) => {
      p.organisation.abn = '51 824 753 557';
    });
    for (const [file, pointer] of [
      [future, '/systems/0/backups/lastRestoreTest'],
      [abn, '/organisation/abn'],
    ] as const) {
      const io = captureIo();
      expect(await run([file, '--out', join(dir, 'out'), '--date', AHEAD], io)).toBe(2);
      expect(io.stderr()).toContain('not built, nothing written');
      expect(io.stderr()).toContain(pointer);
    }
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
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
    expect(lines[3]).toMatch(/^built 3, failed 0(, \d+ warning\(s\))?, total \d+\.\d s/);
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
    expect(io.stdout()).toMatch(/^built 1, failed 1(, \d+ warning\(s\))?, total /);
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

describe('ndb build: the output folder (docs/output-folders.md)', () => {
  it('a rebuild keeps a file the user put in the folder', async () => {
    const out = join(tmp(), 'harbourside');
    const args = [policy('harbourside-family-medical'), '--out', out, '--date', DATE];
    expect(await run(args, captureIo())).toBe(0);
    writeFileSync(join(out, 'signed-approval.pdf'), 'signed');
    expect(await run(args, captureIo())).toBe(0);
    expect(readFileSync(join(out, 'signed-approval.pdf'), 'utf8')).toBe('signed');
  });

  it('refuses a foreign folder and a file with exit 2; --force builds beside the foreign files', async () => {
    const dir = tmp();
    const foreign = join(dir, 'documents');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'tax-return.pdf'), 'keep');
    const io = captureIo();
    expect(await run([policy('harbourside-family-medical'), '--out', foreign, '--date', DATE], io)).toBe(2);
    expect(io.stderr()).toContain('not written by ndb');
    expect(readdirSync(foreign)).toEqual(['tax-return.pdf']);
    const file = join(dir, 'plan.pdf');
    writeFileSync(file, 'a file');
    const io2 = captureIo();
    expect(await run([policy('harbourside-family-medical'), '--out', file, '--date', DATE], io2)).toBe(2);
    expect(io2.stderr()).toContain('is a file, not a folder');
    expect(
      await run(
        [policy('harbourside-family-medical'), '--out', foreign, '--date', DATE, '--force'],
        captureIo(),
      ),
    ).toBe(0);
    expect(readFileSync(join(foreign, 'tax-return.pdf'), 'utf8')).toBe('keep');
    expect(existsSync(join(foreign, 'plan.pdf'))).toBe(true);
  });

  it('unchanged: a second build of the same policy and date writes nothing; any change builds again', async () => {
    const dir = tmp();
    const file = join(dir, 'p.json');
    copyFileSync(policy('mindful-psychology'), file);
    const out = join(dir, 'out');
    const args = [file, '--out', out, '--date', DATE];
    expect(await run(args, captureIo())).toBe(0);
    const stamp = () => statSync(join(out, 'plan.pdf')).ino;
    const first = stamp();
    const again = captureIo();
    expect(await run(args, again)).toBe(0);
    expect(again.stdout()).toContain('unchanged: nothing to write');
    expect(stamp()).toBe(first); // the very same file: no swap happened
    const json = captureIo();
    expect(await run([...args, '--json'], json)).toBe(0);
    expect(JSON.parse(json.stdout())).toMatchObject({ ok: true, unchanged: true });
    // --rebuild, another date, an edited policy, an ndb file deleted: each builds (a new plan.pdf).
    const rebuilt = async (extra: string[], change = () => {}) => {
      change();
      const io = captureIo();
      expect(await run([...args, ...extra], io)).toBe(0);
      expect(io.stdout()).not.toContain('unchanged');
      expect(existsSync(join(out, 'notices/oaic-statement.docx'))).toBe(true);
    };
    await rebuilt(['--rebuild']);
    // --rebuild still keys what it wrote: the next plain build finds it unchanged.
    const after = captureIo();
    expect(await run(args, after)).toBe(0);
    expect(after.stdout()).toContain('unchanged: nothing to write');
    await rebuilt(['--date', '2026-11-21']);
    const p = JSON.parse(readFileSync(file, 'utf8'));
    p.organisation.tradingName = 'Mindful Psychology Two';
    await rebuilt(['--date', '2026-11-21'], () => writeFileSync(file, JSON.stringify(p)));
    expect(readFileSync(join(out, 'plan.md'), 'utf8')).toContain('Mindful Psychology Two');
    await rebuilt(['--date', '2026-11-21'], () => rmSync(join(out, 'notices/oaic-statement.docx')));
  });
});
