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
    expect(s.finding).toContain('check its statement covers your patients');
  });
  it('sends a police request to delay to the Commissioner (s 26WQ)', () => {
    const s = exceptions(inc({ breach: { lawEnforcementAskedToDelay: true } }));
    expect(s.finding).toContain('s 26WQ');
    expect(s.citations).toContain('Privacy Act 1988 (Cth) s 26WQ');
  });
});
