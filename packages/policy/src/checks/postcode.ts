// A postcode from another state usually means a typo, and the address goes on the OAIC statement.
// Ranges: Australia Post's allocation of street-delivery and PO box postcodes by state.
import { showValue } from '@ndb-kit/validation';
import { type Finding, obj, str } from './finding.ts';

const RANGES: Record<string, Array<[number, number]>> = {
  NSW: [
    [1000, 2599],
    [2619, 2899],
    [2921, 2999],
  ],
  ACT: [
    [200, 299],
    [2600, 2618],
    [2900, 2920],
  ],
  VIC: [
    [3000, 3999],
    [8000, 8999],
  ],
  QLD: [
    [4000, 4999],
    [9000, 9999],
  ],
  SA: [[5000, 5999]],
  WA: [[6000, 6999]],
  TAS: [[7000, 7999]],
  NT: [[800, 999]],
};

export function postcodeFitsState(postcode: string, state: string): boolean {
  const n = Number(postcode);
  return (RANGES[state] ?? []).some(([lo, hi]) => n >= lo && n <= hi);
}

export function checkPostcode(policy: unknown): Finding[] {
  const address = obj(obj(obj(policy)?.organisation)?.address);
  const postcode = str(address?.postcode);
  const state = str(address?.state);
  if (postcode === undefined || state === undefined || !/^[0-9]{4}$/.test(postcode) || !RANGES[state])
    return [];
  if (postcodeFitsState(postcode, state)) return [];
  return [
    {
      pointer: '/organisation/address/postcode',
      message: `is not a ${state} postcode`,
      expected: `a postcode in ${state}, or correct the state`,
      found: showValue(postcode),
    },
  ];
}
