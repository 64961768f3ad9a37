import { describe, expect, it } from 'vitest';
import { isAustralianPhone, normalisePhone } from './phone.ts';

describe('isAustralianPhone', () => {
  it.each([
    '02 9876 5432',
    '(02) 9876 5432',
    '0298765432',
    '03 7010 1234',
    '07 5550 3120',
    '08 5550 1234',
    '0412 345 678',
    '0491-570-156',
    '+61 412 345 678',
    '+61 2 9876 5432',
    '+61 (0)2 9876 5432',
    '1300 975 707',
    '1800 160 401',
    '131 444',
    '13 14 44',
  ])('accepts %s', (phone) => {
    expect(isAustralianPhone(phone)).toBe(true);
  });

  it.each([
    ['12', 'too short'],
    ['9876 5432', 'no area code'],
    ['02 9876 543', 'one digit short'],
    ['02 9876 54321', 'one digit long'],
    ['05 9876 5432', 'not an area code'],
    ['02 0876 5432', 'local number starting 0'],
    ['0412 345 67', 'short mobile'],
    ['+64 21 123 4567', 'New Zealand'],
    ['+61 1300 975 707', '1300 is not diallable from overseas'],
    ['000', 'emergency number is not a contact'],
    ['1900 123 456', 'premium rate'],
  ])('rejects %s (%s)', (phone) => {
    expect(isAustralianPhone(phone)).toBe(false);
  });

  it('normalises spacing and the +61 prefix', () => {
    expect(normalisePhone('+61 (0)412 345-678')).toBe('0412345678');
    expect(normalisePhone(' 02 9876 5432 ')).toBe('0298765432');
  });
});
