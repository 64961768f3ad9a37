import { describe, expect, it } from 'vitest';
import { isValidAbn } from './abn.ts';

describe('isValidAbn (ATO modulus 89)', () => {
  it.each(['51 824 753 556', '51824753556', '50 618 402 957', '13 304 718 265'])('accepts %s', (abn) => {
    expect(isValidAbn(abn)).toBe(true);
  });
  it.each([
    ['51 824 753 557', 'last digit changed'],
    ['15 824 753 556', 'digits swapped'],
    ['5182475355', 'ten digits'],
    ['518247535561', 'twelve digits'],
    ['00 000 000 000', 'all zeros'],
    ['51-824-753-556', 'hyphens'],
    ['', 'empty'],
  ])('rejects %s (%s)', (abn) => {
    expect(isValidAbn(abn)).toBe(false);
  });
});
