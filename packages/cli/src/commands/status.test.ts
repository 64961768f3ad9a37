import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './status.ts';
import { captureIo } from './test-io.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const POLICIES = join(root, 'policies');
const EXAMPLES = ['bright-smile-dental', 'harbourside-family-medical', 'mindful-psychology'];

/** The table rows (before the first blank line), split into cells on runs of 2+ spaces. */
function table(stdout: string): string[][] {
  return stdout
    .split('\n\n')[0]
    ?.split('\n')
    .map((l) => l.split(/ {2,}/)) as string[][];
}

describe('ndb status POLICY_DIR', () => {
  it('a quiet date: one row per practice, plan, approval, review due, drills, placeholders; exit 0', async () => {
    const io = captureIo();
    expect(await run([POLICIES, '--date', '2026-11-22'], io)).toBe(0);
    const rows = table(io.stdout());
    expect(rows[0]).toEqual(['Practice', 'Plan', 'Approval', 'Review', 'Drills overdue', 'TODO', 'Warnings']);
    expect(rows.slice(1).map((r) => r.slice(0, 6))).toEqual([
      ['bright-smile-dental', '2.0', 'approved 24 Feb 2026', 'due 24 Feb 2027', '0 of 5', '0'],
      ['harbourside-family-medical', '1.2', 'approved 15 Jan 2026', 'due 15 Jan 2027', '0 of 6', '0'],
      ['mindful-psychology', '1.0', 'approved 2 Feb 2026', 'due 2 Feb 2027', '0 of 3', '0'],
    ]);
    expect(io.stdout()).toMatch(/3 practice\(s\): 3 valid, \d with warnings, 0 invalid\n$/);
  });

  it('a year ahead: reviews and drills overdue, every warning listed under its practice; --strict exits 2', async () => {
    const io = captureIo();
    expect(await run([POLICIES, '--date', '2028-06-01'], io)).toBe(0);
    const rows = table(io.stdout());
    expect(rows[2]?.slice(0, 5)).toEqual([
      'harbourside-family-medical',
      '1.2',
      'approved 15 Jan 2026',
      'OVERDUE since 15 Jan 2027',
      '6 of 6',
    ]);
    expect(io.stdout()).toContain(
      'harbourside-family-medical (Harbourside Family Medical), as of 1 Jun 2028:',
    );
    expect(io.stdout()).toMatch(
      / {2}.*harbourside-family-medical\.json:\d+:\d+ \/drills\/0: warning: drill "Data breach tabletop: wrong-patient email" was due on 9 Nov 2027/,
    );
    expect(io.stdout()).toMatch(/3 practice\(s\): 3 valid, 3 with warnings, 0 invalid/);
    expect(await run([POLICIES, '--date', '2028-06-01', '--strict'], captureIo())).toBe(2);
  });

  it('--json: the same status per practice, as data', async () => {
    const io = captureIo();
    expect(await run([POLICIES, '--date', '2028-06-01', '--json'], io)).toBe(0);
    const { practices } = JSON.parse(io.stdout());
    expect(practices.map((p: { id: string }) => p.id)).toEqual(EXAMPLES);
    const h = practices[1];
    expect(h).toMatchObject({
      valid: true,
      date: '2028-06-01',
      planVersion: '1.2',
      approval: { by: 'Dr Anna Lee', on: '2026-01-15', draft: false, approved: true },
      review: { due: '2027-01-15', overdue: true, daysLeft: -503 },
      drillsOverdue: 6,
      placeholders: 0,
    });
    expect(h.warningCounts.drill_overdue).toBe(6);
    expect(h.warnings[0]).toMatchObject({ kind: 'review_overdue', pointer: '/plan/nextReview' });
    expect(h.drills[0]).toEqual({
      id: 'quarterly-tabletop',
      title: 'Data breach tabletop: wrong-patient email',
      lastHeld: '2026-11-10',
      nextDue: '2027-11-09',
      overdue: true,
    });
  });

  it('a draft with placeholders and a hostile name; an invalid file is a row and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndb-status-'));
    copyFileSync(join(POLICIES, 'mindful-psychology.json'), join(dir, 'a.json'));
    const p = JSON.parse(readFileSync(join(POLICIES, 'harbourside-family-medical.json'), 'utf8'));
    p.plan.draft = true;
    p.organisation.tradingName = 'Smith & <b>Jones</b>';
    p.organisation.address.street = 'TODO: street';
    writeFileSync(join(dir, 'b.json'), JSON.stringify(p));
    // Not valid: a control character in a name (an error, shown escaped).
    writeFileSync(
      join(dir, 'c.json'),
      JSON.stringify({ ...p, organisation: { ...p.organisation, tradingName: 'Evil\u001b[2J' } }),
    );
    const io = captureIo();
    expect(await run([dir, '--date', '2026-11-22'], io)).toBe(2);
    const rows = table(io.stdout());
    expect(rows[2]?.slice(0, 6)).toEqual([
      'harbourside-family-medical',
      '1.2',
      'draft',
      'due 15 Jan 2027',
      '0 of 6',
      '1',
    ]);
    expect(rows[3]?.[0]).toBe(join(dir, 'c.json'));
    expect(rows[3]?.[2]).toMatch(/^INVALID: \d+ error\(s\)$/);
    expect(io.stdout()).toContain('harbourside-family-medical (Smith & <b>Jones</b>), as of 22 Nov 2026:');
    expect(io.stdout()).toContain('found "Evil\\u001b[2J"');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking that control characters never reach the terminal
    expect(io.stdout()).not.toMatch(/[\u0000-\u0009\u000B-\u001F]/);
    expect(io.stdout()).toMatch(
      /c\.json: not valid, fix these first\n {2}.*c\.json:\d+:\d+ \/organisation\/tradingName: /,
    );
  });

  it('bad usage exits 2; it runs end to end through bin.ts', () => {
    for (const args of [[], ['a', 'b'], [POLICIES, '--date', '2028-02-30'], ['/nonexistent-dir']]) {
      const r = spawnSync(process.execPath, ['packages/cli/src/bin.ts', 'status', ...args], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^ndb status: /);
    }
    const ok = spawnSync(
      process.execPath,
      ['packages/cli/src/bin.ts', 'status', 'policies', '--date', '2026-11-22'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^Practice +Plan +Approval/);
  });
});
