// HPI-O (Healthcare Provider Identifier – Organisation): 16 digits, the prefix 800362 (Australia's
// issuer, organisations) and a Luhn check digit (ISO/IEC 7812, as every healthcare identifier).
// The schema only checks "16 digits"; a mistyped HPI-O on a My Health Record notice sends the
// Agency looking for the wrong organisation.
import { showValue } from '@ndb-kit/validation';
import { type Finding, obj, str } from './finding.ts';

export const HPIO_PREFIX = '800362';

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function isValidHpio(hpio: string): boolean {
  const digits = hpio.replace(/ /g, '');
  return /^[0-9]{16}$/.test(digits) && digits.startsWith(HPIO_PREFIX) && luhnValid(digits);
}

export function checkHpio(policy: unknown): Finding[] {
  const hpio = str(obj(obj(policy)?.organisation)?.hpio);
  if (hpio === undefined || !/^(?:[0-9] ?){15}[0-9]$/.test(hpio) || isValidHpio(hpio)) return [];
  const digits = hpio.replace(/ /g, '');
  return [
    {
      pointer: '/organisation/hpio',
      message: digits.startsWith(HPIO_PREFIX)
        ? 'is not a valid HPI-O: the check digit fails, so a digit is probably mistyped'
        : `is not an HPI-O: an organisation's identifier starts with ${HPIO_PREFIX}`,
      expected: 'the HPI-O as shown in HPI Service records or PRODA, e.g. 8003 6219 0000 0004',
      found: showValue(hpio),
    },
  ];
}
