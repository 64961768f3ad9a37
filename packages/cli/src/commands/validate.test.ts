import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAW_AS_AT } from '@ndb-kit/engine';
import { addDays, addMonths, type PracticePolicy, policyContentHash } from '@ndb-kit/policy';
import { describe, expect, it } from 'vitest';
import { captureIo } from './test-io.ts';
import { run } from './validate.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const policies = ['harbourside-family-medical', 'mindful-psychology', 'bright-smile-dental'].map(
  (n) => `${root}policies/${n}.json`,
);
const dir = mkdtempSync(join(tmpdir(), 'ndb-validate-'));

function brokenCopy(mutate: (p: Record<string, any>) => void): string {
  const policy = JSON.parse(readFileSync(policies[0] ?? '', 'utf8'));
  mutate(policy);
  const path = join(dir, `broken-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(policy, null, 2));
  return path;
}

describe('ndb validate', () => {
  it('prints ✓ for each valid file and exits 0', async () => {
    const io = captureIo();
    expect(await run([...policies, '--date', '2026-11-22'], io)).toBe(0);
    expect(io.stdout()).toBe(policies.map((p) => `✓ ${p}\n`).join(''));
  });

  it('prints every issue of an invalid file, one per line, and exits 2', async () => {
    const bad = brokenCopy((p) => {
      p.organisation.abn = '51 824 753 557';
      p.people[0].phone = '12';
      p.roles.deputy = 'ghost';
    });
    const io = captureIo();
    expect(await run([policies[1] ?? '', bad, '--date', '2026-11-22'], io)).toBe(2);
    expect(io.stdout()).toBe(`✓ ${policies[1]}\n`);
    const lines = io
      .stderr()
      .trimEnd()
      .split('\n')
      .filter((l) => !l.includes(': warning: ')); // the rules' law-as-at date may have aged
    expect(lines.slice(0, 3).map((l) => l.replace(/:\d+:\d+ /, ' '))).toEqual([
      `${bad} /organisation/abn: is not a valid ABN: the ATO checksum fails, so a digit is probably mistyped (expected an ABN as shown on the ABN Lookup, e.g. 51 824 753 556, found "51 824 753 557")`,
      `${bad} /people/0/phone: not an Australian phone number (expected e.g. 02 9876 5432 or 0412 345 678, found "12")`,
      `${bad} /roles/deputy: refers to person "ghost", which does not exist (expected one of: anna-lee, ngaio-tawhiri, david-okafor, nguyen-thi-anh, wang-xiaoming, found "ghost")`,
    ]);
    expect(lines[0]).toMatch(new RegExp(`^${bad}:\\d+:\\d+ /organisation/abn`));
    expect(lines.at(-1)).toMatch(/^1 of 2 file\(s\) valid; 3 problem\(s\) to fix(; \d+ warning\(s\) .*)?$/);
  });

  it('a review date that has passed is a warning (exit 0), judged by --date; --strict fails on it', async () => {
    const io = captureIo();
    expect(await run([policies[0] ?? '', '--date', '2027-01-16'], io)).toBe(0);
    expect(io.stdout()).toBe(`✓ ${policies[0]}\n`);
    expect(io.stderr()).toMatch(
      /harbourside-family-medical\.json:\d+:\d+ \/plan\/nextReview: warning: the plan was due for review on 15 Jan 2027; review the plan/,
    );
    expect(io.stderr()).toMatch(
      /1 of 1 file\(s\) valid; \d+ warning\(s\) \(not errors; --strict fails on them\)/,
    );
    const strict = captureIo();
    expect(await run([policies[0] ?? '', '--date', '2027-01-16', '--strict'], strict)).toBe(2);
    expect(strict.stdout()).toBe(`✗ ${policies[0]}\n`);
    expect(strict.stderr()).toMatch(/\/plan\/nextReview: warning: /);
    expect(strict.stderr()).toMatch(/warning\(s\) \(--strict: warnings fail\)/);
  });

  it('--strict passes a policy with nothing aged', async () => {
    // Dated around the engine's law-as-at date, so the rules themselves are current.
    const day = addDays(LAW_AS_AT, 1);
    const quiet = brokenCopy((p) => {
      p.plan.approvedOn = LAW_AS_AT;
      p.plan.nextReview = addMonths(LAW_AS_AT, 12);
      for (const s of p.systems) if (s.backups?.lastRestoreTest) s.backups.lastRestoreTest = LAW_AS_AT;
      p.drills = [];
      p.plan.revisions = p.plan.revisions.filter((r: { date: string }) => r.date <= LAW_AS_AT);
      p.plan.approvedAgainst.policyHash = policyContentHash(p as PracticePolicy); // approved as it now is
    });
    const io = captureIo();
    expect(await run([quiet, '--date', day, '--strict'], io)).toBe(0);
    expect(io.stderr()).toBe('');
  });

  it('real errors still fail: a restore test dated after --date', async () => {
    const future = brokenCopy((p) => {
      p.systems[0].backups.lastRestoreTest = '2027-02-01';
    });
    const io = captureIo();
    expect(await run([future, '--date', '2027-01-16'], io)).toBe(2);
    expect(io.stderr()).toMatch(/\/systems\/0\/backups\/lastRestoreTest: is in the future/);
  });

  it('--json gives machine-readable results', async () => {
    const io = captureIo();
    expect(await run(['--json', '--date', '2026-11-22', policies[0] ?? '', join(dir, 'nope.json')], io)).toBe(
      2,
    );
    const result = JSON.parse(io.stdout());
    expect(result.today).toBe('2026-11-22');
    expect(result.files.map((f: { valid: boolean }) => f.valid)).toEqual([true, false]);
    expect(result.files[1].issues[0].message).toBe('file not found');
  });

  it('lists TODO placeholders in a valid file', async () => {
    const todo = brokenCopy((p) => {
      p.organisation.address.street = 'TODO: street address';
    });
    const io = captureIo();
    expect(await run([todo, '--date', '2026-11-22'], io)).toBe(0);
    expect(io.stderr()).toMatch(
      /\/organisation\/address\/street: warning: still a "TODO" placeholder from ndb init; replace it with the real detail/,
    );
    const json = captureIo();
    expect(await run([todo, '--date', '2026-11-22', '--json'], json)).toBe(0);
    const file = JSON.parse(json.stdout()).files[0];
    expect(file.placeholders).toEqual(['/organisation/address/street']);
    expect(file.warnings.map((w: { kind: string }) => w.kind)).toContain('placeholder');
  });

  it('rejects bad usage with exit 2', async () => {
    for (const args of [[], ['--date', '2026-02-30', policies[0] ?? ''], ['--bogus', policies[0] ?? '']]) {
      const io = captureIo();
      expect(await run(args, io)).toBe(2);
      expect(io.stderr()).toMatch(/ndb validate: /);
    }
  });

  it('shows hostile content escaped', async () => {
    const hostile = brokenCopy((p) => {
      p.organisation.tradingName = 'Evil\u001b[2J\r\nClinic\u0000';
      p['\u001b]0;title\u0007'] = 1;
    });
    const io = captureIo();
    expect(await run([hostile, '--date', '2026-11-22'], io)).toBe(2);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking that control characters never reach the terminal
    expect(io.stderr()).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F]/);
    expect(io.stderr()).toMatch(/found "Evil\\u001b\[2J\\r\\nClinic\\u0000"/);
  });

  it('runs end to end through bin.ts with the right exit codes', () => {
    const ok = spawnSync(
      process.execPath,
      ['packages/cli/src/bin.ts', 'validate', '--date', '2026-11-22', ...policies],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/✓ .*harbourside-family-medical\.json/);
    const bad = spawnSync(process.execPath, ['packages/cli/src/bin.ts', 'validate', join(dir, 'nope.json')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/nope\.json \(top level\): file not found/);
    expect(bad.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });
});
