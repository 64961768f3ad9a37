import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyContentHash } from './approval.ts';
import { addMonths, shortDate } from './calendar-dates.ts';
import { loadPolicy } from './load-policy.ts';
import { example } from './test-support.ts';
import type { PracticePolicy } from './types.ts';
import { formatWarning, planBanners, policyWarnings, WARNING_KINDS, type WarningKind } from './warnings.ts';

// A law-as-at date that never makes the rules stale in these tests, so each test sees only the
// warning it is about (the engine's real date is tested separately below).
const FRESH_LAW = '2100-01-01';
// Harbourside: approved 2026-01-15, review due 2027-01-15, clinical system restore-tested
// 2026-09-15 with a quarterly restore drill, so on this date nothing has aged.
const QUIET = '2026-11-22';

/** Restore tests and every drill done on `day`, so tests about other kinds at later dates see only their kind. */
const testedOn = (day: string) => (p: PracticePolicy) => {
  for (const s of p.systems) if (s.backups?.lastRestoreTest) s.backups.lastRestoreTest = day;
  for (const d of p.drills) d.held = [...(d.held ?? []), { date: day }];
};

/** The policy re-approved as it now stands (what `ndb approve` records), for tests about other kinds. */
function reapprove(p: PracticePolicy): PracticePolicy {
  if (p.plan.approvedAgainst) p.plan.approvedAgainst.policyHash = policyContentHash(p);
  return p;
}

function warn(mutate: (p: PracticePolicy) => void, today = QUIET, lawAsAt = FRESH_LAW) {
  const policy = example();
  if (today > QUIET) testedOn(today)(policy);
  mutate(policy);
  return policyWarnings(reapprove(policy), { today, lawAsAt });
}
const kinds = (ws: { kind: WarningKind }[]) => ws.map((w) => w.kind);

describe('policyWarnings', () => {
  it('the example policies have no warnings on a quiet date', () => {
    for (const name of ['harbourside-family-medical', 'mindful-psychology', 'bright-smile-dental'])
      expect(policyWarnings(example(name), { today: QUIET, lawAsAt: FRESH_LAW }), name).toEqual([]);
  });

  it('review overdue: from the day after the review date, at /plan/nextReview', () => {
    expect(warn(() => {}, '2027-01-15')).toEqual([]);
    const [w, ...rest] = warn(() => {}, '2027-01-16');
    expect(rest.map((r) => r.kind)).not.toContain('review_overdue');
    expect(w).toMatchObject({
      kind: 'review_overdue',
      pointer: '/plan/nextReview',
      date: '2027-01-15',
      message: 'the plan was due for review on 15 Jan 2027',
    });
    expect(w?.action).toMatch(/set plan\.nextReview/);
  });

  it('not approved: no approval, or a draft', () => {
    const none = warn((p) => {
      delete p.plan.approvedBy;
      delete p.plan.approvedOn;
    });
    expect(none).toMatchObject([{ kind: 'not_approved', pointer: '/plan' }]);
    const draft = warn((p) => {
      p.plan.draft = true;
    });
    expect(draft).toMatchObject([
      {
        kind: 'not_approved',
        pointer: '/plan/draft',
        message: expect.stringMatching(/version 1\.2 .*draft/),
      },
    ]);
    expect(warn((p) => (p.plan.draft = false))).toEqual([]);
  });

  it('approval older than 12 months (a draft says draft instead)', () => {
    const p = example();
    const day = addMonths(p.plan.approvedOn as string, 12); // 2027-01-15: exactly 12 months, still fine
    expect(kinds(warn((x) => (x.plan.nextReview = '2030-01-01'), day))).toEqual([]);
    const old = warn((x) => (x.plan.nextReview = '2030-01-01'), '2027-01-16');
    expect(old).toMatchObject([{ kind: 'approval_old', pointer: '/plan/approvedOn', date: '2026-01-15' }]);
    expect(
      kinds(
        warn((x) => {
          x.plan.nextReview = '2030-01-01';
          x.plan.draft = true;
        }, '2027-01-16'),
      ),
    ).toEqual(['not_approved']);
  });

  it('restore test older than the restore-test drill (quarterly), or 12 months without one', () => {
    const tested = testedOn('2026-09-15'); // + 3 months = 2026-12-15
    expect(kinds(warn(tested, '2026-12-15'))).toEqual([]);
    const [w] = warn(tested, '2026-12-16');
    expect(w).toMatchObject({
      kind: 'restore_test_old',
      pointer: '/systems/0/backups/lastRestoreTest',
      date: '2026-09-15',
    });
    expect(w?.message).toMatch(/every 3 months/);
    const noDrill = (p: PracticePolicy) => {
      tested(p);
      p.drills = p.drills.filter((d) => d.kind !== 'backup_restore_test');
    };
    expect(kinds(warn(noDrill, '2026-12-16'))).toEqual([]);
    expect(kinds(warn(noDrill, '2027-09-15'))).toContain('review_overdue');
    expect(kinds(warn(noDrill, '2027-09-16'))).toContain('restore_test_old');
    expect(warn(noDrill, '2027-09-16').find((x) => x.kind === 'restore_test_old')?.message).toMatch(
      /no backup restore test drill/,
    );
  });

  it('one warning per TODO placeholder, at its pointer', () => {
    const ws = warn((p) => {
      p.organisation.address.street = 'TODO: street address';
      (p.drills[0] as { location: string }).location = '  TODO: room';
    });
    expect(ws.map((w) => [w.kind, w.pointer])).toEqual([
      ['placeholder', '/organisation/address/street'],
      ['placeholder', '/drills/0/location'],
    ]);
  });

  it('rules whose law-as-at date is more than 6 months before the build date', () => {
    expect(kinds(warn(() => {}, QUIET, '2026-05-22'))).toEqual([]);
    const [w] = warn(() => {}, QUIET, '2026-05-21');
    expect(w).toMatchObject({ kind: 'rules_out_of_date', pointer: '', date: '2026-05-21' });
    // The engine's own date is used when none is given.
    const engine = policyWarnings(example(), { today: '2100-01-01' });
    expect(kinds(engine)).toContain('rules_out_of_date');
  });

  it('a clock a year ahead: every staleness at once, in a fixed order', () => {
    const ws = policyWarnings(example(), { today: '2028-06-01', lawAsAt: '2025-10-31' });
    expect(kinds(ws)).toEqual([
      'review_overdue',
      'approval_old',
      'restore_test_old',
      ...example().drills.map(() => 'drill_overdue' as const),
      'rules_out_of_date',
    ]);
  });

  it('insists on a real date', () => {
    expect(() => policyWarnings(example(), { today: '2027-02-30' })).toThrow(/today/);
  });
});

describe('planBanners', () => {
  it('one sentence per reader-relevant warning; none for maintenance-only kinds', () => {
    const p = example();
    p.plan.draft = true;
    p.organisation.address.street = 'TODO: street';
    p.people[0]!.position = 'TODO: position';
    const ws = policyWarnings(p, { today: '2028-06-01', lawAsAt: '2025-10-31' });
    expect(planBanners(p, ws)).toEqual([
      'Draft — not approved. Version 1.2 of this plan has not been approved.',
      'This plan was due for review on 15 Jan 2027. Check names and phone numbers before relying on them.',
      '2 details in this plan are placeholders (marked TODO) still to be filled in.',
      `The law in this plan is stated as at ${shortDate('2025-10-31')}, more than 6 months before it was built: check whether it has changed.`,
    ]);
    expect(WARNING_KINDS.restore_test_old.banner).toBe(false);
  });

  it('an approval that has aged shows its date', () => {
    const p = example();
    p.plan.nextReview = '2030-01-01';
    reapprove(p);
    expect(planBanners(p, policyWarnings(p, { today: '2027-06-01', lawAsAt: FRESH_LAW }))).toEqual([
      'This plan was last approved on 15 Jan 2026, more than 12 months ago.',
    ]);
  });
});

describe('loadPolicy warnings', () => {
  it('come with the file, line and column of the value, and format as one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndb-warn-'));
    const file = join(dir, 'p.json');
    const p = example();
    testedOn('2027-01-01')(p);
    writeFileSync(file, JSON.stringify(p, null, 2));
    const loaded = await loadPolicy(file, { today: '2027-01-16', lawAsAt: FRESH_LAW });
    if (!loaded.ok) throw new Error('should load');
    expect(loaded.warnings.map((w) => w.kind)).toEqual(['review_overdue', 'approval_old']);
    const line = formatWarning(loaded.warnings[0]!);
    expect(line).toMatch(
      /^.*p\.json:\d+:\d+ \/plan\/nextReview: warning: the plan was due for review on 15 Jan 2027; review the plan/,
    );
  });

  it('a placeholder with hostile text cannot reach the terminal raw', () => {
    const w = {
      kind: 'placeholder' as const,
      file: 'x\u001b[2J.json',
      pointer: '/a\u0007',
      message: 'm',
      action: 'a',
    };
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking that control characters never reach the terminal
    expect(formatWarning(w)).not.toMatch(/[\u0000-\u001f]/);
  });
});
