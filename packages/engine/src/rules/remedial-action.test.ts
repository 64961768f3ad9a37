import { describe, expect, it } from 'vitest';
import { resolvedIncident as inc } from '../test-support/resolved.ts';
import { remedialAction } from './remedial-action.ts';

describe('remedial action (s 26WF)', () => {
  it('removes eligibility when it prevented harm (s 26WF(1))', () => {
    const r = remedialAction(
      inc({ remediation: { status: 'prevented_harm', actions: ['recipient_confirmed_deletion'] } }),
      true,
    );
    expect(r.effect).toBe('not_eligible');
    expect(r.step.citations).toContain('Privacy Act 1988 (Cth) s 26WF(1)');
  });
  it('cites s 26WF(3) for a loss recovered before any access', () => {
    const r = remedialAction(
      inc({
        breach: { kind: 'loss', personalInformationAccessed: false },
        remediation: { status: 'prevented_harm', actions: ['device_recovered_unaccessed'] },
      }),
      true,
    );
    expect(r.step.citations).toContain('Privacy Act 1988 (Cth) s 26WF(3)');
  });
  it('never relies on a hostile recipient’s assurance', () => {
    const r = remedialAction(
      inc({
        recipient: 'malicious_or_unknown',
        remediation: { status: 'prevented_harm', actions: ['ransom_paid_for_deletion'] },
      }),
      true,
    );
    expect(r.effect).toBe('unverified');
    expect(r.step.citations.join()).toContain('OAIC');
  });
  it('accepts technical containment against a hostile recipient', () => {
    expect(
      remedialAction(
        inc({
          recipient: 'malicious_or_unknown',
          remediation: { status: 'prevented_harm', actions: ['device_remotely_wiped'] },
        }),
        true,
      ).effect,
    ).toBe('not_eligible');
  });
  it('excludes only some individuals under s 26WF(2)', () => {
    expect(
      remedialAction(inc({ remediation: { status: 'prevented_harm_for_some', actions: [] } }), true).effect,
    ).toBe('some_excluded');
  });
  it('has no effect when the breach would not be eligible anyway, or the action was partial', () => {
    expect(
      remedialAction(inc({ remediation: { status: 'prevented_harm', actions: [] } }), false).effect,
    ).toBe('none');
    expect(remedialAction(inc({ remediation: { status: 'partial', actions: [] } }), true).effect).toBe(
      'none',
    );
  });
});
