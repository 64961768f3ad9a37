// Tests only: a policy with every field of the definition filled in (each list with one entry), made by
// walking the definition's nodes — not fieldsOf — so tests can compare where the checks look with
// where the definition puts a kind of field. `pick` may choose a value for a field (else a valid one).
import { childPointer } from '@ndb-kit/validation';
import type { Schema } from './builder.ts';
import { PRACTICE_POLICY } from './definition.ts';

type Node = Schema & Record<string, unknown>;
export type Pick = (schema: Schema, pointer: string) => unknown;

const BY_DEF: Record<string, unknown> = {
  singleLine: 'Text',
  multiLine: 'Notes',
  slug: 'anna-lee',
  date: '2026-01-15',
  phone: '02 9876 5432',
  email: 'privacy@example.com.au',
  webAddress: 'https://www.example.com.au',
};

export function fullPolicy(pick: Pick = () => undefined, root: Schema = PRACTICE_POLICY): unknown {
  const defs = (root.$defs ?? {}) as Record<string, Node>;
  const make = (schema: Schema, pointer: string): unknown => {
    const chosen = pick(schema, pointer);
    if (chosen !== undefined) return chosen;
    const ref = typeof schema.$ref === 'string' ? schema.$ref.replace('#/$defs/', '') : undefined;
    if (ref !== undefined && ref in BY_DEF) return BY_DEF[ref];
    const node = (ref !== undefined ? defs[ref] : schema) as Node;
    if (node.properties)
      return Object.fromEntries(
        Object.entries(node.properties as Record<string, Schema>).map(([k, s]) => [
          k,
          make(s, childPointer(pointer, k)),
        ]),
      );
    if (node.items) return [make(node.items as Schema, childPointer(pointer, 0))];
    if (Array.isArray(node.enum)) return node.enum[0];
    if ('const' in node) return node.const;
    if (node.anyOf) return make((node.anyOf as Schema[])[0] as Schema, pointer);
    if (node.type === 'integer' || node.type === 'number') return node.minimum ?? 1;
    if (node.type === 'boolean') return true;
    if (Array.isArray(node.examples)) return node.examples[0];
    return 'x';
  };
  return make(root, '');
}
