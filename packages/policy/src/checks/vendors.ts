// A vendor the plan cannot reach is no use in an incident. (Not in the schema: an anyOf of
// "required" alternatives reads badly in editors and in error messages.)
import { arr, type Finding, obj } from './finding.ts';

const WAYS = ['phone', 'email', 'supportUrl'] as const;

export function checkVendorContacts(policy: unknown): Finding[] {
  const contacts = obj(obj(policy)?.contacts);
  const findings: Finding[] = [];
  for (const list of ['vendors', 'pathology'] as const) {
    arr(contacts?.[list]).forEach((item, i) => {
      const vendor = obj(item);
      if (vendor && !WAYS.some((way) => typeof vendor[way] === 'string')) {
        findings.push({
          pointer: `/contacts/${list}/${i}`,
          message: 'needs a way to reach the vendor',
          expected: 'at least one of phone, email, supportUrl',
        });
      }
    });
  }
  return findings;
}
