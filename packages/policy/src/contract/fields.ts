// The policy's values paired with the definition's nodes for them: the field checks (checks/) ask
// "every phone field", "every date that cannot be in the future", "every reference" of this walk
// instead of listing pointers by hand, so a field added to the definition is checked as it is added.
import { childPointer } from '@ndb-kit/validation';
import { checkOf, type FieldCheck, type Schema } from './builder.ts';
import { PRACTICE_POLICY } from './definition.ts';

export interface Field {
  /** JSON pointer of the value in the policy. */
  pointer: string;
  value: unknown;
  /** The definition's node at this place, as written there (a `$ref` keeps its own title). */
  schema: Schema;
  /** The same node with its `$ref` followed: what the value must be. */
  resolved: Schema;
}

type Node = Schema & {
  $ref?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  $defs?: Record<string, Schema>;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Every value of `policy` the definition describes, in document order, with its node: objects
 * by their properties, arrays by their items, `$ref`s followed into `$defs`. Values the schema
 * would refuse are still visited where their container has the right shape (the checks read
 * defensively and report alongside the schema's issues); `anyOf` is not entered.
 */
export function fieldsOf(policy: unknown, root: Schema = PRACTICE_POLICY): Field[] {
  const defs = (root as Node).$defs ?? {};
  const fields: Field[] = [];
  const visit = (schema: Schema, value: unknown, pointer: string, depth: number): void => {
    let node = schema as Node;
    for (let hops = 0; node.$ref !== undefined && hops < 8; hops++) {
      const target = defs[node.$ref.replace('#/$defs/', '')];
      if (target === undefined) throw new Error(`fieldsOf: ${node.$ref} is not in $defs`);
      node = target as Node;
    }
    fields.push({ pointer, value, schema, resolved: node });
    if (depth > 32) return;
    if (node.properties && isRecord(value)) {
      for (const [key, child] of Object.entries(node.properties))
        if (Object.hasOwn(value, key)) visit(child, value[key], childPointer(pointer, key), depth + 1);
    } else if (node.items && Array.isArray(value)) {
      for (const [i, item] of value.entries()) visit(node.items, item, childPointer(pointer, i), depth + 1);
    }
  };
  visit(root, policy, '', 0);
  return fields;
}

/** Fields whose node is a `$ref` to `$defs/<name>` (a phone, an email, a web address, …). */
export function fieldsOfKind(fields: readonly Field[], name: string): Field[] {
  return fields.filter((f) => f.schema.$ref === `#/$defs/${name}`);
}

/** Fields whose node carries a check (`checked` in the definition), with it. */
export function checkedFields(fields: readonly Field[]): Array<Field & { check: FieldCheck }> {
  return fields.flatMap((f) => {
    const check = checkOf(f.schema);
    return check ? [{ ...f, check }] : [];
  });
}
