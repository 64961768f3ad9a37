import { describe, expect, it } from 'vitest';
import { postcodeFitsState } from './postcode.ts';

describe('postcodeFitsState', () => {
  it.each([
    ['2000', 'NSW', true],
    ['2600', 'ACT', true],
    ['0200', 'ACT', true],
    ['2600', 'NSW', false],
    ['3065', 'VIC', true],
    ['4102', 'QLD', true],
    ['0800', 'NT', true],
    ['6000', 'WA', true],
    ['7000', 'TAS', true],
    ['5000', 'SA', true],
    ['4102', 'NSW', false],
  ])('%s in %s → %s', (postcode, state, expected) => {
    expect(postcodeFitsState(postcode, state)).toBe(expected);
  });
});
