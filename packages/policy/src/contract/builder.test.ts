// The builder's two outputs must agree: the JSON a node publishes and the type `Static` gives it.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { PracticePolicy } from '../types.ts';
import {
  anyOf,
  array,
  boolean,
  checked,
  constant,
  integer,
  named,
  object,
  oneOfValues,
  optional,
  ref,
  type Static,
  string,
} from './builder.ts';

const id = named('id', string({ pattern: '^[a-z]+$' }));
const thing = object(
  { title: 'Thing', dependentRequired: { a: ['b'] } },
  {
    a: ref(id, { title: 'A' }),
    b: optional(integer({ minimum: 1 })),
    c: array(oneOfValues(['x', 'y']), { uniqueItems: true }),
    d: anyOf([boolean(), constant('unknown')]),
    e: optional(checked(ref(id), { refersTo: ['person'] })),
  },
);

describe('the schema builder', () => {
  it('publishes plain JSON Schema: required = the properties not marked optional, no markers', () => {
    expect(JSON.parse(JSON.stringify(thing))).toEqual({
      title: 'Thing',
      type: 'object',
      additionalProperties: false,
      required: ['a', 'c', 'd'],
      dependentRequired: { a: ['b'] },
      properties: {
        a: { $ref: '#/$defs/id', title: 'A' },
        b: { type: 'integer', minimum: 1 },
        c: { type: 'array', uniqueItems: true, items: { enum: ['x', 'y'] } },
        d: { anyOf: [{ type: 'boolean' }, { const: 'unknown' }] },
        e: { $ref: '#/$defs/id' },
      },
    });
  });

  it('types a node as the values it accepts (optional properties optional, enums as unions)', () => {
    expectTypeOf<Static<typeof thing>>().toEqualTypeOf<{
      a: string;
      c: ('x' | 'y')[];
      d: boolean | 'unknown';
      b?: number;
      e?: string;
    }>();
    expectTypeOf<PracticePolicy['schemaVersion']>().toEqualTypeOf<1>();
    expectTypeOf<PracticePolicy['plan']['approvedOn']>().toEqualTypeOf<string | undefined>();
  });

  it('refuses a $ref to a node that has no $defs name', () => {
    expect(() => ref(string())).toThrow(/not named/);
  });
});
