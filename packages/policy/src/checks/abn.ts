// ABN checksum (ATO): subtract 1 from the first digit, weight the 11 digits by
// 10, 1, 3, 5, …, 19; a valid ABN's weighted sum is divisible by 89.
import { showValue } from '@ndb-kit/validation';
import { type Finding, obj, str } from './finding.ts';

const WEIGHTS = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];

export function isValidAbn(abn: string): boolean {
  const digits = abn.replace(/ /g, '');
  if (!/^[0-9]{11}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += (Number(digits[i]) - (i === 0 ? 1 : 0)) * (WEIGHTS[i] ?? 0);
  return sum % 89 === 0;
}

export function checkAbn(policy: unknown): Finding[] {
  const abn = str(obj(obj(policy)?.organisation)?.abn);
  if (abn === undefined || isValidAbn(abn)) return [];
  return [
    {
      pointer: '/organisation/abn',
      message: 'is not a valid ABN: the ATO checksum fails, so a digit is probably mistyped',
      expected: 'an ABN as shown on the ABN Lookup, e.g. 51 824 753 556',
      found: showValue(abn),
    },
  ];
}
