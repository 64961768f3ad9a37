// Every id the policy refers to must exist: a plan that names a deleted person as response lead
// fails on the day it is needed.
import { showValue } from '@ndb-kit/validation';
import { MSP, ROLE_NAMES } from '../types.ts';
import { arr, type Finding, obj, str } from './finding.ts';

function idsOf(list: unknown): string[] {
  return arr(list)
    .map((item) => str(obj(item)?.id))
    .filter((id) => id !== undefined);
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

export function checkReferences(policy: unknown): Finding[] {
  const p = obj(policy);
  const contacts = obj(p?.contacts);
  const people = [...new Set(idsOf(p?.people))]; // duplicates are reported by checkIds
  const vendors = [...new Set([...idsOf(contacts?.vendors), ...idsOf(contacts?.pathology)])];
  const hasMsp = obj(contacts?.managedServiceProvider) !== undefined;
  const findings: Finding[] = [];

  const roles = obj(p?.roles);
  for (const role of ROLE_NAMES) {
    const id = str(roles?.[role]);
    if (id !== undefined && !people.includes(id))
      findings.push(dangling(`/roles/${role}`, id, 'person', people));
  }

  const approvedBy = str(obj(p?.plan)?.approvedBy);
  if (approvedBy !== undefined && !people.includes(approvedBy))
    findings.push(dangling('/plan/approvedBy', approvedBy, 'person', people));
  arr(obj(p?.plan)?.distribution).forEach((entry, i) => {
    const person = str(obj(entry)?.person);
    const name = str(obj(entry)?.name);
    // Exactly one of the two (a schema oneOf would word this badly; ajv's strict mode refuses it too).
    if ((person === undefined) === (name === undefined))
      findings.push({
        pointer: `/plan/distribution/${i}`,
        message: 'must name either a person of the policy ("person") or someone else ("name"), not both',
        expected: 'either "person" (a person id) or "name"',
        found: person === undefined ? 'neither' : 'both',
      });
    if (person !== undefined && !people.includes(person))
      findings.push(dangling(`/plan/distribution/${i}/person`, person, 'person', people));
  });

  arr(p?.systems).forEach((item, i) => {
    const system = obj(item);
    const admin = str(system?.administeredBy);
    if (admin === MSP && !hasMsp) {
      findings.push({
        pointer: `/systems/${i}/administeredBy`,
        message: 'says "msp" but contacts.managedServiceProvider is not filled in',
        expected: 'a person id, or add contacts.managedServiceProvider',
        found: showValue(admin),
      });
    } else if (admin !== undefined && admin !== MSP && !people.includes(admin)) {
      findings.push(dangling(`/systems/${i}/administeredBy`, admin, 'person', [...people, MSP]));
    }
    const vendor = str(system?.vendor);
    if (vendor !== undefined && !vendors.includes(vendor))
      findings.push(dangling(`/systems/${i}/vendor`, vendor, 'vendor', vendors));
  });

  const attendeeNames: string[] = [...ROLE_NAMES, ...people];
  arr(p?.drills).forEach((drill, i) => {
    arr(obj(drill)?.attendees).forEach((a, j) => {
      const name = str(a);
      if (name !== undefined && !attendeeNames.includes(name))
        findings.push(dangling(`/drills/${i}/attendees/${j}`, name, 'role or person', attendeeNames));
    });
  });
  return findings;
}
