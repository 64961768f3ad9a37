import { describe, expect, it } from 'vitest';
import { telUri } from './phone-number.ts';

describe('telUri', () => {
  it('dials geographic and mobile numbers in international form', () => {
    expect(telUri('02 9876 5432')).toBe('tel:+61298765432');
    expect(telUri('0412 345 678')).toBe('tel:+61412345678');
    expect(telUri('+61 (0)2 9876 5432')).toBe('tel:+61298765432');
  });
  it('keeps 13, 1300 and 1800 numbers national', () => {
    expect(telUri('131 444')).toBe('tel:131444');
    expect(telUri('1300 363 992')).toBe('tel:1300363992');
  });
  it('does not dial a trailing note in brackets', () => {
    expect(telUri('1300 292 371 (1300 CYBER1)')).toBe('tel:1300292371');
  });
});
