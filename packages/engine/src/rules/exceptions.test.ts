import { describe, expect, it } from 'vitest';
import { resolvedIncident as inc } from '../test-support/resolved.ts';
import { exceptions } from './exceptions.ts';

describe('exceptions (s 26WJ, 26WM, 26WK(4), 26WN, 26WQ)', () => {
  it('points shared breaches to s 26WJ/26WM, never s 26WN', () => {
    const s = exceptions(
      inc({ breach: { otherEntities: { involved: true, anotherEntityNotifying: true } } }),
    );
    expect(s.citations).toEqual(
      expect.arrayContaining(['Privacy Act 1988 (Cth) s 26WJ', 'Privacy Act 1988 (Cth) s 26WM']),
    );
    expect(s.citations).not.toContain('Privacy Act 1988 (Cth) s 26WN');
    expect(s.finding).toContain('until it has, and its statement covers your patients, you still must');
  });
  it('relieves us under s 26WM only once the other entity has notified', () => {
    const s = exceptions(
      inc({
        breach: {
          otherEntities: { involved: true, anotherEntityNotifying: true, anotherEntityHasNotified: true },
        },
      }),
    );
    expect(s.finding).toContain('need not do so again');
    expect(s.finding).not.toContain('says it will notify');
  });
  it('says s 26WN is for enforcement bodies, in words that fit the organisation', () => {
    const practice = exceptions(inc({ breach: { lawEnforcementAskedToDelay: true } }));
    expect(practice.finding).toContain('only for enforcement bodies, which a private organisation is not');
    const agency = exceptions(
      inc({ entity: { type: 'commonwealth_agency' }, breach: { lawEnforcementAskedToDelay: true } }),
    );
    expect(agency.finding).toContain('Only an enforcement body can use s 26WN');
  });
  it('sends a police request to delay to the Commissioner (s 26WQ)', () => {
    const s = exceptions(inc({ breach: { lawEnforcementAskedToDelay: true } }));
    expect(s.finding).toContain('s 26WQ');
    expect(s.citations).toContain('Privacy Act 1988 (Cth) s 26WQ');
  });
});
