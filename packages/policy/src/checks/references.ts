// Every id the policy refers to must exist: a plan that names a deleted person as response lead
// fails on the day it is needed. What refers to what is the definition's (`refersTo` on a field):
// a person is the id of an entry typed `$defs/person`, a vendor of one typed `$defs/vendor`.
import { showValue } from '@ndb-kit/validation';
import type { RefTarget } from '../contract/builder.ts';
import { checkedFields, type Field, fieldsOfKind } from '../contract/fields.ts';
import { MSP, ROLE_NAMES } from '../contract/vocabulary.ts';
import { arr, type Finding, obj, str } from './finding.ts';

function idsOf(fields: readonly Field[], def: string): string[] {
  const ids = fieldsOfKind(fields, def)
    .map((f) => str(obj(f.value)?.id))
    .filter((id) => id !== undefined);
  return [...new Set(ids)]; // duplicates are reported by checkIds
}

function dangling(pointer: string, id: string, what: string, known: readonly string[]): Finding {
  const shown = known.slice(0, 10).join(', ');
  return {
    pointer,
    message: `refers to ${what} "${id}", which does not exist`,
    ...(known.length > 0 ? { expected: `one of: ${shown}${known.length > 10 ? ', …' : ''}` } : {}),
    found: showValue(id),
  };
}

export function checkReferences(policy: unknown, fields: readonly Field[]): Finding[] {
  const p = obj(policy);
  const hasMsp = obj(obj(p?.contacts)?.managedServiceProvider) !== undefined;
  const known: Record<RefTarget, readonly string[]> = {
    person: idsOf(fields, 'person'),
    vendor: idsOf(fields, 'vendor'),
    role: ROLE_NAMES,
    msp: [MSP],
  };
  const findings: Finding[] = [];

  for (const { pointer, value, check } of checkedFields(fields)) {
    const targets = check.refersTo;
    const id = str(value);
    if (targets === undefined || id === undefined) continue;
    if (targets.includes('msp') && id === MSP) {
      if (!hasMsp)
        findings.push({
          pointer,
          message: 'says "msp" but contacts.managedServiceProvider is not filled in',
          expected: 'a person id, or add contacts.managedServiceProvider',
          found: showValue(id),
        });
      continue;
    }
    const candidates = targets.flatMap((t) => known[t]);
    if (!candidates.includes(id)) {
      const what = targets.filter((t) => t !== 'msp').join(' or ');
      findings.push(dangling(pointer, id, what, candidates));
    }
  }

  // Exactly one of the two (a schema oneOf would word this badly; ajv's strict mode refuses it too).
  arr(obj(p?.plan)?.distribution).forEach((entry, i) => {
    const person = str(obj(entry)?.person);
    const name = str(obj(entry)?.name);
    if ((person === undefined) === (name === undefined))
      findings.push({
        pointer: `/plan/distribution/${i}`,
        message: 'must name either a person of the policy ("person") or someone else ("name"), not both',
        expected: 'either "person" (a person id) or "name"',
        found: person === undefined ? 'neither' : 'both',
      });
  });
  return findings;
}
