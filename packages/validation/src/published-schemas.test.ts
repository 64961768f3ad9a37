// The published schemas (schemas/*.json) under ajv's strict mode: they compile with the two
// annotation keywords ndb declares (x-message, x-expected: the plain-language wording of a
// failed pattern), and nothing else non-standard is in them — so a third party's strict ajv
// needs exactly `ajv.addKeyword({ keyword: 'x-message', schemaType: 'string' })` and the same
// for x-expected (docs/cli.md, "Schemas").
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { createValidator, MESSAGE_KEYWORDS } from './validator.ts';

const DIR = new URL('../../../schemas/', import.meta.url);
const schemas = readdirSync(DIR)
  .filter((f) => f.endsWith('.schema.json'))
  .map((f) => [f, JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as object] as const);

function strictAjv(declare: readonly string[]) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  formatsPlugin.default(ajv);
  for (const keyword of declare) ajv.addKeyword({ keyword, schemaType: 'string' });
  return ajv;
}

describe('published schemas under ajv strict mode', () => {
  it('there are the four of them', () => {
    expect(schemas.map(([f]) => f).sort()).toEqual([
      'decision.schema.json',
      'incident-file.schema.json',
      'incident.schema.json',
      'practice-policy.schema.json',
    ]);
  });

  it.each(schemas)('%s compiles in strict mode with x-message and x-expected declared', (_, schema) => {
    const others = schemas.map(([, s]) => s).filter((s) => s !== schema);
    expect(() => strictAjv(MESSAGE_KEYWORDS).addSchema(others).compile(schema)).not.toThrow();
    expect(() => createValidator(schema, { schemas: others })).not.toThrow();
  });

  it.each(schemas)('%s uses no other non-standard keyword', (_, schema) => {
    // Without the two annotations, a plain strict ajv (nothing declared) accepts every schema.
    const strip = (node: unknown): unknown =>
      Array.isArray(node)
        ? node.map(strip)
        : node && typeof node === 'object'
          ? Object.fromEntries(
              Object.entries(node)
                .filter(([k]) => !(MESSAGE_KEYWORDS as readonly string[]).includes(k))
                .map(([k, v]) => [k, strip(v)]),
            )
          : node;
    const others = schemas
      .map(([, s]) => s)
      .filter((s) => s !== schema)
      .map((s) => strip(s) as object);
    expect(() =>
      strictAjv([])
        .addSchema(others)
        .compile(strip(schema) as object),
    ).not.toThrow();
  });

  it('x-message in a schema is refused by a strict ajv that has not declared it', () => {
    const policy = schemas.find(([f]) => f === 'practice-policy.schema.json')?.[1] as object;
    expect(() => strictAjv([]).compile(policy)).toThrow(/unknown keyword: "x-(message|expected)"/);
  });
});
