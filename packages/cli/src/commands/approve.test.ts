import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES_VERSION } from '@ndb-kit/engine';
import { approvalStatus, type PracticePolicy, policyContentHash } from '@ndb-kit/policy';
import { describe, expect, it } from 'vitest';
import { run, writeApproval } from './approve.ts';
import { run as validate } from './validate.ts';
import { captureIo } from './test-io.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const example = `${root}policies/harbourside-family-medical.json`;
const dir = mkdtempSync(join(tmpdir(), 'ndb-approve-'));

/** A copy of the example, edited (content and approval), written with the given indentation. */
function copy(mutate: (p: PracticePolicy) => void = () => {}, indent: string | number = 2): string {
  const policy = JSON.parse(readFileSync(example, 'utf8')) as PracticePolicy;
  mutate(policy);
  const path = join(dir, `p-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, `${JSON.stringify(policy, null, indent)}\n`);
  return path;
}
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as PracticePolicy;
const changePhone = (p: PracticePolicy) => {
  p.people[1]!.phone = '02 5550 4111';
};

describe('ndb approve', () => {
  it('prints the approval block to paste, with the content hash and rules version, and writes nothing', async () => {
    const path = copy(changePhone);
    const before = readFileSync(path, 'utf8');
    const io = captureIo();
    expect(await run([path, '--by', 'anna-lee', '--date', '2026-11-20'], io)).toBe(0);
    const hash = policyContentHash(read(path));
    expect(io.stdout()).toContain(`"policyHash": "${hash}"`);
    expect(io.stdout()).toContain(`"rulesVersion": "${RULES_VERSION}"`);
    expect(io.stdout()).toContain('"approvedOn": "2026-11-20"');
    expect(io.stdout()).toMatch(/run again with --write/);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('--write: only the approval fields change, draft is removed, the plan is approved again', async () => {
    const path = copy((p) => {
      changePhone(p);
      p.plan.draft = true;
    });
    const before = readFileSync(path, 'utf8');
    expect(approvalStatus(read(path)).state).toBe('draft');
    const io = captureIo();
    expect(await run([path, '--by', 'anna-lee', '--date', '2026-11-20', '--write'], io)).toBe(0);
    expect(io.stdout()).toMatch(/"draft" removed/);
    const after = readFileSync(path, 'utf8');
    const edited = read(path);
    expect(approvalStatus(edited).state).toBe('approved');
    expect(edited.plan).toMatchObject({ approvedBy: 'anna-lee', approvedOn: '2026-11-20' });
    expect(edited.plan.draft).toBeUndefined();
    // Every line outside the plan's approval fields is as it was, in the same order.
    const keep = (text: string) =>
      text
        .split('\n')
        .filter((l) => !/"(approvedOn|policyHash|rulesVersion|draft)"/.test(l))
        .map((l) => l.replace(/,$/, '')); // the field before a removed last one loses its comma
    expect(keep(after)).toEqual(keep(before));
    // And validate no longer warns about the approval.
    const v = captureIo();
    await validate([path, '--date', '2026-11-22'], v);
    expect(v.stderr()).not.toMatch(/approval/);
  });

  it('--write keeps the file’s own indentation (tabs) and adds missing fields in place', async () => {
    const path = copy((p) => {
      delete p.plan.approvedAgainst;
    }, '\t');
    expect(await run([path, '--by', 'anna-lee', '--date', '2026-01-15', '--write'], captureIo())).toBe(0);
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(
      /\n\t\t"approvedOn": "2026-01-15",\n\t\t"approvedAgainst": \{\n\t\t\t"policyHash": "[0-9a-f]{64}",\n\t\t\t"rulesVersion": "[^"]+"\n\t\t\},\n\t\t"nextReview"/,
    );
    expect(approvalStatus(read(path)).state).toBe('approved');
  });

  it('already approved with the same details: nothing written; --json reports it', async () => {
    const io = captureIo();
    expect(await run([example, '--by', 'anna-lee', '--date', '2026-01-15', '--write', '--json'], io)).toBe(0);
    const out = JSON.parse(io.stdout());
    expect(out).toMatchObject({ alreadyApproved: true, written: false, previous: 'approved' });
    expect(out.approval.approvedAgainst.policyHash).toBe(policyContentHash(read(example)));
  });

  it('through a symbolic link, the file it points to is updated and the link stays', async () => {
    const target = copy(changePhone);
    const link = join(dir, `link-${Math.random().toString(36).slice(2)}.json`);
    symlinkSync(target, link);
    expect(await run([link, '--by', 'anna-lee', '--date', '2026-11-20', '--write', '-q'], captureIo())).toBe(
      0,
    );
    expect(approvalStatus(read(target)).state).toBe('approved');
    expect(readFileSync(link, 'utf8')).toBe(readFileSync(target, 'utf8'));
  });

  it('bad input exits 2 naming the file and the JSON pointer', async () => {
    const path = copy();
    const before = readFileSync(path, 'utf8');
    const unknown = captureIo();
    expect(await run([path, '--by', 'nobody', '--write'], unknown)).toBe(2);
    expect(unknown.stderr()).toMatch(
      new RegExp(
        `^${path}:\\d+:\\d+ /people: has no person with id "nobody" \\(--by\\) \\(expected one of: anna-lee, `,
      ),
    );
    const future = captureIo();
    expect(await run([path, '--by', 'anna-lee', '--date', '2099-01-01', '--write'], future)).toBe(2);
    expect(future.stderr()).toContain(`${path} /plan/approvedOn: is in the future`);
    const invalid = copy((p) => {
      p.people[0]!.phone = '12';
    });
    const bad = captureIo();
    expect(await run([invalid, '--by', 'anna-lee', '--write'], bad)).toBe(2);
    expect(bad.stderr()).toMatch(
      new RegExp(`${invalid}:\\d+:\\d+ /people/0/phone: not an Australian phone number`),
    );
    const usage = captureIo();
    expect(await run([path], usage)).toBe(2);
    expect(usage.stderr()).toMatch(/--by PERSON_ID/);
    expect(await run([path, '--by', 'anna-lee', '--date', '2026-02-30'], captureIo())).toBe(2);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('--help is generated from the spec', async () => {
    const io = captureIo();
    expect(await run(['--help'], io)).toBe(0);
    expect(io.stdout()).toMatch(/Usage: ndb approve POLICY --by PERSON_ID/);
    expect(io.stdout()).toMatch(/--write/);
    expect(io.stdout()).toMatch(/--json/);
  });
});

describe('ndb validate and ndb build: "plan changed since approval" is a warning', () => {
  it('warns with the file and pointer (exit 0); --strict fails on it (exit 2)', async () => {
    const path = copy(changePhone);
    const io = captureIo();
    expect(await validate([path, '--date', '2026-11-22'], io)).toBe(0);
    expect(io.stderr()).toMatch(
      new RegExp(
        `${path}:\\d+:\\d+ /plan/approvedAgainst/policyHash: warning: plan changed since approval: the policy content changed .*ndb approve`,
      ),
    );
    expect(await validate([path, '--date', '2026-11-22', '--strict'], captureIo())).toBe(2);
    const { run: build } = await import('./build.ts');
    const out = join(dir, `out-${Math.random().toString(36).slice(2)}`);
    const b = captureIo();
    expect(await build([path, '--out', out, '--date', '2026-11-22'], b)).toBe(0);
    expect(b.stderr()).toMatch(/warning: plan changed since approval/);
    expect(readFileSync(join(out, 'plan.md'), 'utf8')).toContain('Draft — changed since approval.');
    const strict = captureIo();
    expect(await build([path, '--out', `${out}-strict`, '--date', '2026-11-22', '--strict'], strict)).toBe(2);
  });
});

describe('writeApproval', () => {
  const approval = (p: PracticePolicy) => ({
    approvedBy: 'anna-lee',
    approvedOn: '2026-11-20',
    approvedAgainst: { policyHash: policyContentHash(p), rulesVersion: RULES_VERSION },
  });

  it('refuses when the file changed after it was read: the other edit stays, no temporary file left', async () => {
    const path = copy(changePhone);
    const text = readFileSync(path, 'utf8');
    const policy = read(path);
    const theirs = text.replace('"version": "1.2"', '"version": "1.3"');
    const issue = await writeApproval(path, text, policy, approval(policy), async () =>
      writeFileSync(path, theirs),
    );
    expect(issue).toMatchObject({ file: path, message: expect.stringMatching(/changed while the approval/) });
    expect(readFileSync(path, 'utf8')).toBe(theirs);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps a byte-order mark', async () => {
    const path = copy(changePhone);
    writeFileSync(path, `\uFEFF${readFileSync(path, 'utf8')}`);
    expect(await run([path, '--by', 'anna-lee', '--date', '2026-11-20', '--write'], captureIo())).toBe(0);
    expect([...readFileSync(path).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(approvalStatus(JSON.parse(readFileSync(path, 'utf8').slice(1))).state).toBe('approved');
  });
});
