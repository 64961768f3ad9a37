// Ids share one namespace: they become calendar UIDs and anchors in the generated plan, and
// attendee lists mix role names with person ids, so a clash would be ambiguous.
import { showValue } from '@ndb-kit/validation';
import { ROLE_NAMES } from '../types.ts';
import { MSP } from '../types.ts';
import { arr, type Finding, obj, str } from './finding.ts';

const COLLECTIONS: Array<[string, (p: Record<string, unknown> | undefined) => unknown]> = [
  ['/people', (p) => p?.people],
  ['/contacts/vendors', (p) => obj(p?.contacts)?.vendors],
  ['/contacts/pathology', (p) => obj(p?.contacts)?.pathology],
  ['/systems', (p) => p?.systems],
  ['/drills', (p) => p?.drills],
];

const RESERVED = new Set<string>([...ROLE_NAMES, MSP]);

export function checkIds(policy: unknown): Finding[] {
  const p = obj(policy);
  const firstAt = new Map<string, string>();
  const findings: Finding[] = [];
  for (const [base, get] of COLLECTIONS) {
    arr(get(p)).forEach((item, i) => {
      const id = str(obj(item)?.id);
      if (id === undefined) return;
      const pointer = `${base}/${i}/id`;
      const earlier = firstAt.get(id);
      if (earlier) {
        findings.push({
          pointer,
          message: `duplicate id: already used at ${earlier}`,
          expected: 'a unique id',
          found: showValue(id),
        });
      } else firstAt.set(id, pointer);
      if (base === '/people' && RESERVED.has(id)) {
        findings.push({
          pointer,
          message: `"${id}" is reserved (it names a role or the managed service provider); choose another person id`,
          found: showValue(id),
        });
      }
    });
  }
  return findings;
}
