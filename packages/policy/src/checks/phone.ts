// Australian phone numbers. The schema only checks the characters; this checks the number plan:
// landlines 0[2378] + 8 digits, mobiles 04 + 8 digits, 1300/1800 + 6 digits, 13 + 4 digits,
// and +61 forms of landlines and mobiles.
import { childPointer, showValue } from '@ndb-kit/validation';
import { normalisePhone } from '../phone-number.ts';
import { arr, type Finding, obj } from './finding.ts';

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

/** Every phone field in the policy, by pointer. */
function phoneFields(policy: unknown): Array<[string, unknown]> {
  const p = obj(policy);
  const org = obj(p?.organisation);
  const contacts = obj(p?.contacts);
  const fields: Array<[string, unknown]> = [['/organisation/phone', org?.phone]];
  arr(p?.people).forEach((person, i) => {
    fields.push(
      [`/people/${i}/phone`, obj(person)?.phone],
      [`/people/${i}/afterHoursPhone`, obj(person)?.afterHoursPhone],
    );
  });
  fields.push(
    ['/contacts/insurer/claimsPhone', obj(contacts?.insurer)?.claimsPhone],
    ['/contacts/lawyer/phone', obj(contacts?.lawyer)?.phone],
    ['/contacts/managedServiceProvider/phone', obj(contacts?.managedServiceProvider)?.phone],
    [
      '/contacts/managedServiceProvider/afterHoursPhone',
      obj(contacts?.managedServiceProvider)?.afterHoursPhone,
    ],
    ['/contacts/localPolice/phone', obj(contacts?.localPolice)?.phone],
  );
  for (const list of ['vendors', 'pathology']) {
    arr(contacts?.[list]).forEach((vendor, i) => {
      fields.push(
        [`${childPointer(`/contacts/${list}`, i)}/phone`, obj(vendor)?.phone],
        [`${childPointer(`/contacts/${list}`, i)}/breachNotice/phone`, obj(obj(vendor)?.breachNotice)?.phone],
      );
    });
  }
  return fields;
}

export function checkPhones(policy: unknown): Finding[] {
  return phoneFields(policy)
    .filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && !isAustralianPhone(entry[1]),
    )
    .map(([pointer, phone]) => ({
      pointer,
      message: 'not an Australian phone number',
      expected: 'e.g. 02 9876 5432 or 0412 345 678',
      found: showValue(phone),
    }));
}
