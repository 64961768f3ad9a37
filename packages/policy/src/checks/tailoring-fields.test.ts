// The policy fields the plan's tailoring reads: HPI-O, encryption method, portable devices and a
// vendor's contractual breach-notice term — each refused with a clear pointer when wrong.
import { describe, expect, it } from 'vitest';
import { example, TODAY } from '../test-support.ts';
import { validatePolicy } from '../validate-policy.ts';
import { isValidHpio } from './hpio.ts';

const issuesOf = (mutate: (p: Record<string, any>) => void) => {
  const p = structuredClone(example()) as Record<string, any>;
  mutate(p);
  return validatePolicy(p, 'p.json', undefined, { today: TODAY });
};

describe('HPI-O', () => {
  it('accepts 16 digits starting 800362 with a Luhn check digit, spaces optional', () => {
    expect(isValidHpio('8003621900000004')).toBe(true);
    expect(isValidHpio('8003 6219 0000 0004')).toBe(true);
    expect(isValidHpio('8003621900000005')).toBe(false); // check digit
    expect(isValidHpio('8003601900000004')).toBe(false); // an HPI-I-like prefix
  });

  it('validation names the field and says what is wrong', () => {
    expect(issuesOf((p) => (p.organisation.hpio = '8003 6219 0000 0004'))).toEqual([]);
    const [digit] = issuesOf((p) => (p.organisation.hpio = '8003 6219 0000 0005'));
    expect(digit).toMatchObject({
      pointer: '/organisation/hpio',
      message: expect.stringMatching(/check digit/),
    });
    const [prefix] = issuesOf((p) => (p.organisation.hpio = '8003 6019 0000 0004'));
    expect(prefix?.message).toMatch(/starts with 800362/);
    const [shape] = issuesOf((p) => (p.organisation.hpio = '800362'));
    expect(shape?.pointer).toBe('/organisation/hpio');
  });
});

describe('systems and vendors', () => {
  it('an encryption method with atRest false contradicts itself', () => {
    const [issue] = issuesOf((p) => {
      p.systems[0].encryption = { atRest: false, inTransit: true, method: 'bitlocker_with_pin' };
    });
    expect(issue).toMatchObject({ pointer: '/systems/0/encryption/method' });
    expect(issuesOf((p) => (p.systems[0].encryption.method = 'no_such_method'))[0]?.pointer).toBe(
      '/systems/0/encryption/method',
    );
    expect(issuesOf((p) => (p.systems[0].portable = 'yes'))[0]?.pointer).toBe('/systems/0/portable');
  });

  it('a breach-notice term needs whole hours; its phone and email are checked like any other', () => {
    const with_ = (term: unknown) => issuesOf((p) => (p.contacts.vendors[0].breachNotice = term));
    expect(
      with_({ hours: 72, clause: 'cl 14.2', email: 'security@vendor.example', phone: '1300 975 710' }),
    ).toEqual([]);
    expect(with_({ hours: 0 })[0]?.pointer).toBe('/contacts/vendors/0/breachNotice/hours');
    expect(with_({ hours: 1.5 })[0]?.pointer).toBe('/contacts/vendors/0/breachNotice/hours');
    expect(with_({ clause: 'cl 3' })[0]?.pointer).toMatch(/^\/contacts\/vendors\/0\/breachNotice/);
    expect(with_({ hours: 24, phone: '12345' })[0]?.pointer).toBe('/contacts/vendors/0/breachNotice/phone');
    expect(with_({ hours: 24, email: 'not an email' })[0]?.pointer).toBe(
      '/contacts/vendors/0/breachNotice/email',
    );
  });
});
