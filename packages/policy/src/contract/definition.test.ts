// The published schema is generated from the definition: the committed file must be what it
// writes (run `pnpm generate`), and it must say to editors what the definition says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { practicePolicySchemaFile } from '../schema.ts';
import { PRACTICE_POLICY, practicePolicySchemaText } from './definition.ts';
import { fieldReferenceText } from './field-reference.ts';

describe('schemas/practice-policy.schema.json', () => {
  it('is what the definition writes (stale: run `pnpm generate`)', () => {
    expect(readFileSync(practicePolicySchemaFile(), 'utf8')).toBe(practicePolicySchemaText());
  });

  it('docs/policy-fields.md is what the definition writes too (stale: run `pnpm generate`)', () => {
    const docs = readFileSync(new URL('../../../../docs/policy-fields.md', import.meta.url), 'utf8');
    expect(docs).toBe(fieldReferenceText());
    expect(docs).toContain('| `contacts.vendors[].breachNotice.phone` | no | Australian phone number |');
  });

  it('shows none of the definition’s own markers (optional, checks): they are not JSON Schema', () => {
    expect(practicePolicySchemaText()).not.toMatch(/"(refersTo|notFuture)"/);
    expect(Object.getOwnPropertySymbols(PRACTICE_POLICY.$defs as object)).toEqual([]);
  });

  it('gives every property a title and a description (editors show them)', () => {
    const missing: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      for (const [key, child] of Object.entries((n.properties ?? {}) as Record<string, unknown>)) {
        const c = child as Record<string, unknown>;
        // A $ref to an object definition takes that definition's title and description.
        const titled = (c.title && c.description) || (typeof c.$ref === 'string' && !('title' in c));
        if (!titled) missing.push(`${path}/properties/${key}`);
      }
      for (const [key, child] of Object.entries(n)) if (key !== 'properties') visit(child, `${path}/${key}`);
      for (const [key, child] of Object.entries((n.properties ?? {}) as object))
        visit(child, `${path}/properties/${key}`);
    };
    visit(JSON.parse(practicePolicySchemaText()), '#');
    expect(missing).toEqual([]);
  });
});
