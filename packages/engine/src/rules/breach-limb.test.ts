import { describe, expect, it } from 'vitest';
import { resolvedIncident as inc } from '../test-support/resolved.ts';
import { breachLimb } from './breach-limb.ts';

describe('the breach limb (s 26WE(2))', () => {
  it('meets the access/disclosure limb when personal information was accessed or disclosed', () => {
    expect(breachLimb(inc())).toMatchObject({ met: true, limb: 'access_or_disclosure' });
  });
  it('is not met when reliable evidence shows nothing was accessed', () => {
    expect(breachLimb(inc({ breach: { personalInformationAccessed: false } })).met).toBe(false);
  });
  it('meets the loss limb when access is likely', () => {
    const r = breachLimb(
      inc({
        breach: { kind: 'loss', personalInformationAccessed: false },
        protection: 'password_only',
        recipient: 'none_known',
      }),
    );
    expect(r).toMatchObject({ met: true, limb: 'loss' });
  });
  it('does not meet the loss limb for encrypted data with a secure key, or a trusted recipient', () => {
    expect(
      breachLimb(
        inc({
          breach: { kind: 'loss', personalInformationAccessed: false },
          protection: 'encrypted_key_secure',
          recipient: 'malicious_or_unknown',
        }),
      ).met,
    ).toBe(false);
    expect(
      breachLimb(
        inc({ breach: { kind: 'loss', personalInformationAccessed: false }, recipient: 'trusted_recipient' }),
      ).met,
    ).toBe(false);
  });
  it('meets the loss limb once lost information has been accessed, even if encrypted', () => {
    expect(
      breachLimb(
        inc({
          breach: { kind: 'loss', personalInformationAccessed: true },
          protection: 'encrypted_key_secure',
        }),
      ).met,
    ).toBe(true);
  });
});
