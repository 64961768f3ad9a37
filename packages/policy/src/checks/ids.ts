// Ids share one namespace: they become calendar UIDs and anchors in the generated plan, and
// attendee lists mix role names with person ids, so a clash would be ambiguous. The lists with
// ids are the definition's: every array whose entries have an `id` (people, vendors, pathology,
// systems, drills).
import { showValue } from '@ndb-kit/validation';
import type { Field } from '../contract/fields.ts';
import { MSP, ROLE_NAMES } from '../contract/vocabulary.ts';
import { type Finding, obj, str } from './finding.ts';

const RESERVED = new Set<string>([...ROLE_NAMES, MSP]);

/** Entries of a list whose definition gives them an id (`fields` in document order). */
function entriesWithIds(fields: readonly Field[]): Array<{ pointer: string; id: string; def?: string }> {
  return fields.flatMap((f) => {
    const properties = f.resolved.properties as Record<string, unknown> | undefined;
    const id = str(obj(f.value)?.id);
    const inList = /\/[0-9]+$/.test(f.pointer); // an entry of a list, not the policy's own id
    return properties?.id !== undefined && inList && id !== undefined
      ? [{ pointer: `${f.pointer}/id`, id, def: f.schema.$ref as string | undefined }]
      : [];
  });
}

export function checkIds(fields: readonly Field[]): Finding[] {
  const firstAt = new Map<string, string>();
  const findings: Finding[] = [];
  for (const { pointer, id, def } of entriesWithIds(fields)) {
    const earlier = firstAt.get(id);
    if (earlier) {
      findings.push({
        pointer,
        message: `duplicate id: already used at ${earlier}`,
        expected: 'a unique id',
        found: showValue(id),
      });
    } else firstAt.set(id, pointer);
    if (def === '#/$defs/person' && RESERVED.has(id)) {
      findings.push({
        pointer,
        message: `"${id}" is reserved (it names a role or the managed service provider); choose another person id`,
        found: showValue(id),
      });
    }
  }
  return findings;
}
