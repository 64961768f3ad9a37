import { describe, expect, it } from 'vitest';
import { resolvedIncident as inc } from '../test-support/resolved.ts';
import { remedialAction } from './remedial-action.ts';

const claim = (actions: string[], extra: Parameters<typeof inc>[0] = {}) =>
  remedialAction(inc({ ...extra, remediation: { status: 'prevented_harm', actions } }), true);

describe('remedial action (s 26WF): what was done, when, and who has the information', () => {
  it('counts a confirmed deletion from a recipient with no motive (s 26WF(1))', () => {
    const r = claim(['recipient_confirmed_deletion']);
    expect(r.effect).toBe('not_eligible');
    expect(r.step.citations).toContain('Privacy Act 1988 (Cth) s 26WF(1)');
  });
  it('cites s 26WF(3) for a loss recovered before any access, and counts it even from a thief', () => {
    const r = claim(['device_recovered_unaccessed'], {
      recipient: 'malicious_or_unknown',
      breach: { kind: 'loss', personalInformationAccessed: false },
    });
    expect(r.effect).toBe('not_eligible');
    expect(r.step.citations).toContain('Privacy Act 1988 (Cth) s 26WF(3)');
    expect(r.step.finding).toContain('before anyone accessed it');
  });
  it('cites s 26WF(4)/(5), not (1)/(2), for a loss followed by access', () => {
    const r = claim(['recipient_confirmed_deletion'], {
      breach: { kind: 'loss', personalInformationAccessed: true },
    });
    expect(r.step.citations).toContain('Privacy Act 1988 (Cth) s 26WF(4)');
    const some = remedialAction(
      inc({
        breach: { kind: 'loss', personalInformationAccessed: true },
        remediation: { status: 'prevented_harm_for_some', actions: ['recipient_confirmed_deletion'] },
      }),
      true,
    );
    expect(some.step.citations).toContain('Privacy Act 1988 (Cth) s 26WF(5)');
  });
  it('never takes containment for prevention: revoking access, taking down, asking to delete', () => {
    for (const a of ['access_revoked', 'content_taken_down', 'asked_recipient_to_delete']) {
      const r = claim([a], { recipient: 'malicious_or_unknown', breach: { kind: 'unauthorised_access' } });
      expect(r.effect, a).toBe('none');
      expect(r.step.finding, a).toMatch(/already (obtained|has it)/);
      expect(claim([a]).effect, `${a}, no motive`).toBe('none');
    }
  });
  it('never relies on an assurance from an attacker, rogue staff or a hostile person', () => {
    for (const recipient of [
      'malicious_or_unknown',
      'unauthorised_staff',
      'hostile_known_person',
      'public',
    ] as const)
      for (const a of ['ransom_paid_for_deletion', 'recipient_confirmed_deletion']) {
        const r = claim([a], { recipient });
        expect(r.effect, `${recipient} ${a}`).toBe('none');
        expect(r.step.citations.join()).toContain('OAIC');
      }
  });
  it('gives a stronger claim no weaker answer: "for some" and "for everyone" both leave everyone at risk', () => {
    const paid = (status: 'prevented_harm' | 'prevented_harm_for_some') =>
      remedialAction(
        inc({
          recipient: 'malicious_or_unknown',
          remediation: { status, actions: ['ransom_paid_for_deletion'] },
        }),
        true,
      ).effect;
    expect(paid('prevented_harm')).toBe('none');
    expect(paid('prevented_harm_for_some')).toBe('none');
  });
  it('does not count a wipe or recall made after the information was accessed', () => {
    const r = claim(['device_remotely_wiped'], {
      breach: { kind: 'loss', personalInformationAccessed: true },
    });
    expect(r.effect).toBe('none');
    expect(r.step.finding).toContain('after the information was accessed');
  });
  it('treats a claim with no action, or one it cannot weigh, as unverified (assess)', () => {
    expect(claim([]).effect).toBe('unverified');
    const r = claim(['called the patient and they said it was fine']);
    expect(r.effect).toBe('unverified');
    expect(r.step.finding).toContain('called the patient');
  });
  it('excludes only some individuals under s 26WF(2) when a credible action covers them', () => {
    expect(
      remedialAction(
        inc({
          remediation: { status: 'prevented_harm_for_some', actions: ['recipient_confirmed_deletion'] },
        }),
        true,
      ).effect,
    ).toBe('some_excluded');
    expect(
      remedialAction(inc({ remediation: { status: 'prevented_harm_for_some', actions: [] } }), true).effect,
    ).toBe('none');
  });
  it('has no effect when the breach would not be eligible anyway, or the action was partial', () => {
    expect(
      claim([], {}) &&
        remedialAction(inc({ remediation: { status: 'prevented_harm', actions: [] } }), false).effect,
    ).toBe('none');
    expect(remedialAction(inc({ remediation: { status: 'partial', actions: [] } }), true).effect).toBe(
      'none',
    );
  });
});
