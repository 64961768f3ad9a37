// Australian phone numbers. The schema only checks the characters; this checks the number plan:
// landlines 0[2378] + 8 digits, mobiles 04 + 8 digits, 1300/1800 + 6 digits, 13 + 4 digits,
// and +61 forms of landlines and mobiles. Every field the definition types as `$defs/phone`.
import { showValue } from '@ndb-kit/validation';
import { type Field, fieldsOfKind } from '../contract/fields.ts';
import { normalisePhone } from '../phone-number.ts';
import type { Finding } from './finding.ts';

export { normalisePhone };

const PATTERNS = [
  /^0[2378][2-9][0-9]{7}$/, // landline: area code + 8-digit local number (never starting 0 or 1)
  /^04[0-9]{8}$/, // mobile
  /^1[38]00[0-9]{6}$/, // 1300 / 1800
  /^13[0-9]{4}$/, // 13 xx xx
];

export function isAustralianPhone(phone: string): boolean {
  const n = normalisePhone(phone);
  if (phone.trim().startsWith('+') && !/^0[2-478]/.test(n)) return false; // 13/1300/1800 are not diallable as +61
  return PATTERNS.some((p) => p.test(n));
}

export function checkPhones(fields: readonly Field[]): Finding[] {
  return fieldsOfKind(fields, 'phone').flatMap(({ pointer, value }) =>
    typeof value === 'string' && !isAustralianPhone(value)
      ? [
          {
            pointer,
            message: 'not an Australian phone number',
            expected: 'e.g. 02 9876 5432 or 0412 345 678',
            found: showValue(value),
          },
        ]
      : [],
  );
}
