import { RULES_VERSION } from '@ndb-kit/engine';
import { describe, expect, it } from 'vitest';
import { approvalBanner, approvalStatus, policyContentHash } from './approval.ts';
import { example, TODAY } from './test-support.ts';
import type { PracticePolicy } from './types.ts';
import { validatePolicy } from './validate-policy.ts';
import { planBanners, policyWarnings } from './warnings.ts';

const FRESH_LAW = '2100-01-01';
const NAMES = ['harbourside-family-medical', 'bright-smile-dental', 'mindful-psychology'];

function changed(mutate: (p: PracticePolicy) => void): PracticePolicy {
  const p = example();
  mutate(p);
  return p;
}

describe('policyContentHash', () => {
  const base = policyContentHash(example());

  it('is 64 hex digits and ignores the approval record, $schema and the logs', () => {
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    const same = [
      (p: PracticePolicy) => {
        p.plan.approvedBy = 'ngaio-tawhiri';
        p.plan.approvedOn = '2020-01-01';
      },
      (p: PracticePolicy) => delete p.plan.approvedAgainst,
      (p: PracticePolicy) =>
        (p.plan.approvedAgainst = { policyHash: 'f'.repeat(64), rulesVersion: '1999.1.1' }),
      (p: PracticePolicy) => (p.plan.draft = true),
      (p: PracticePolicy) => delete p.$schema,
      (p: PracticePolicy) => (p.drills[0]!.held = [{ date: '2026-11-01', notes: 'held' }]),
      (p: PracticePolicy) => {
        for (const s of p.systems) if (s.backups) s.backups.lastRestoreTest = '2026-11-20';
      },
    ];
    for (const mutate of same) expect(policyContentHash(changed(mutate))).toBe(base);
  });

  it('does not depend on key order or indentation (canonical JSON)', () => {
    const p = example();
    const reversed = (o: object) => Object.fromEntries(Object.entries(o).reverse());
    const shuffled = { ...reversed(p), plan: reversed(p.plan) } as unknown as PracticePolicy;
    expect(Object.keys(shuffled)[0]).not.toBe(Object.keys(p)[0]);
    expect(policyContentHash(shuffled)).toBe(base);
  });

  it('changes with any content: a phone number, the version, the review date, revisions, distribution', () => {
    const edits = [
      (p: PracticePolicy) => (p.people[0]!.phone = '02 5550 4199'),
      (p: PracticePolicy) => (p.plan.version = '1.3'),
      (p: PracticePolicy) => (p.plan.nextReview = '2027-01-16'),
      (p: PracticePolicy) => p.plan.revisions?.pop(),
      (p: PracticePolicy) => (p.plan.distribution![0]!.copy = 'email'),
      (p: PracticePolicy) => (p.drills[0]!.location = 'Room 2'),
    ];
    const hashes = edits.map((e) => policyContentHash(changed(e)));
    for (const h of hashes) expect(h).not.toBe(base);
    expect(new Set(hashes).size).toBe(edits.length);
  });
});

describe('approvalStatus', () => {
  it('the example policies are approved against their content and these rules', () => {
    for (const name of NAMES) {
      const s = approvalStatus(example(name));
      expect(s, name).toMatchObject({ state: 'approved', draft: false, rulesVersion: RULES_VERSION });
      expect(example(name).plan.approvedAgainst?.policyHash, name).toBe(s.policyHash);
    }
  });

  it('names what changed: the content, the rules version, or both', () => {
    const content = approvalStatus(changed((p) => (p.people[0]!.name = 'Dr A Lee')));
    expect(content).toMatchObject({
      state: 'changed',
      draft: true,
      contentChanged: true,
      rulesChanged: false,
    });
    const rules = approvalStatus(example(), { rulesVersion: '2099.1.1' });
    expect(rules).toMatchObject({ state: 'changed', contentChanged: false, rulesChanged: true });
    const both = approvalStatus(
      changed((p) => (p.plan.version = '9')),
      { rulesVersion: '2099.1.1' },
    );
    expect(both).toMatchObject({ state: 'changed', contentChanged: true, rulesChanged: true });
  });

  it('draft, never approved, and an approval that does not record what it covered', () => {
    expect(approvalStatus(changed((p) => (p.plan.draft = true))).state).toBe('draft');
    const never = changed((p) => {
      delete p.plan.approvedBy;
      delete p.plan.approvedOn;
      delete p.plan.approvedAgainst;
    });
    expect(approvalStatus(never)).toMatchObject({ state: 'not_approved', draft: true });
    expect(approvalStatus(changed((p) => delete p.plan.approvedAgainst))).toMatchObject({
      state: 'unrecorded',
      draft: true,
    });
  });
});

describe('warnings and banners', () => {
  it('changed since approval: a warning at the hash, a banner naming what changed', () => {
    const p = changed((x) => (x.people[0]!.phone = '02 5550 4199'));
    const ws = policyWarnings(p, { today: TODAY, lawAsAt: FRESH_LAW });
    expect(ws).toMatchObject([
      { kind: 'changed_since_approval', pointer: '/plan/approvedAgainst/policyHash' },
    ]);
    expect(ws[0]?.message).toMatch(/^plan changed since approval: the policy content changed/);
    expect(ws[0]?.action).toMatch(/ndb approve/);
    const [banner] = planBanners(p, ws);
    expect(banner).toMatch(/^Draft — changed since approval\. .*the policy content has changed\./);
    expect(banner).not.toMatch(/rules version/);
  });

  it('a new rules version alone: the banner names it and the version approved against', () => {
    const p = example();
    const ws = policyWarnings(p, { today: TODAY, lawAsAt: FRESH_LAW, rulesVersion: '2099.1.1' });
    expect(ws).toMatchObject([
      { kind: 'changed_since_approval', pointer: '/plan/approvedAgainst/rulesVersion' },
    ]);
    expect(planBanners(p, ws, { rulesVersion: '2099.1.1' })).toEqual([
      `Draft — changed since approval. Since Dr Anna Lee approved version 1.2 on 15 Jan 2026, the rules version is now 2099.1.1 (approved against ${RULES_VERSION}). This plan is a draft until it is re-approved.`,
    ]);
  });

  it('an approval without approvedAgainst is marked draft (approval_unrecorded)', () => {
    const p = changed((x) => delete x.plan.approvedAgainst);
    const ws = policyWarnings(p, { today: TODAY, lawAsAt: FRESH_LAW });
    expect(ws.map((w) => w.kind)).toEqual(['approval_unrecorded']);
    expect(planBanners(p, ws)[0]).toMatch(/^Draft — approval not tied to content\./);
  });

  it('approved and unchanged: no approval banner at all', () => {
    const p = example();
    expect(approvalBanner(p, approvalStatus(p))).toBeNull();
    expect(planBanners(p, policyWarnings(p, { today: TODAY, lawAsAt: FRESH_LAW }))).toEqual([]);
  });
});

describe('validation of the new plan fields', () => {
  const issues = (mutate: (p: PracticePolicy) => void) =>
    validatePolicy(changed(mutate), 'p.json', undefined, { today: TODAY });

  it('a distribution entry names a person who exists, or a name, never both or neither', () => {
    expect(issues((p) => (p.plan.distribution![0]!.person = 'nobody'))).toMatchObject([
      {
        pointer: '/plan/distribution/0/person',
        message: expect.stringMatching(/"nobody", which does not exist/),
      },
    ]);
    expect(issues((p) => (p.plan.distribution![0]!.name = 'Also a name'))).toMatchObject([
      { pointer: '/plan/distribution/0', found: 'both' },
    ]);
    expect(issues((p) => delete p.plan.distribution![0]!.person)).toMatchObject([
      { pointer: '/plan/distribution/0', found: 'neither' },
    ]);
    expect(
      issues((p) => ((p.plan.distribution![0] as { copy: string }).copy = 'carrier pigeon')),
    ).toMatchObject([{ pointer: '/plan/distribution/0/copy' }]);
  });

  it('a revision cannot be dated in the future; a hash must be 64 hex digits', () => {
    expect(issues((p) => (p.plan.revisions![0]!.date = '2099-01-01'))).toMatchObject([
      { pointer: '/plan/revisions/0/date', message: expect.stringMatching(/future/) },
    ]);
    expect(issues((p) => (p.plan.approvedAgainst!.policyHash = 'abc'))).toMatchObject([
      { pointer: '/plan/approvedAgainst/policyHash', message: expect.stringMatching(/SHA-256/) },
    ]);
  });
});
