// The precompiled validators (`pnpm generate`): current with schemas/, and the same issues as
// ajv compiling the schema at run time.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outputOf, PRECOMPILED_SCHEMAS, precompiledSource } from '../scripts/precompile.ts';
import { precompiledIncidentValidator } from './precompiled-incident.ts';
import { isPrecompiled, precompiledValidator } from './precompiled.ts';
import { createValidator } from './validator.ts';

const schema = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../../schemas/${file}`, import.meta.url), 'utf8')) as object;

describe('precompiled validators', () => {
  it.each(PRECOMPILED_SCHEMAS)('the generated module of %s is current (else run `pnpm generate`)', (file) => {
    expect(
      readFileSync(outputOf(file), 'utf8') === precompiledSource(file),
      'stale: run `pnpm generate`',
    ).toBe(true);
  });

  it('the incident-only validator checks incidents as the full table does, and compiles any other schema', () => {
    const incident = schema('incident.schema.json');
    const bad = { breach: { awareOn: 'soon' }, extra: 1 };
    const issues = precompiledIncidentValidator(incident)(bad, 'i.json');
    expect(issues.length).toBeGreaterThan(1);
    expect(issues).toEqual(precompiledValidator(incident)(bad, 'i.json'));
    // The policy schema is not in its table: compiled at run time, still right.
    const policy = schema('practice-policy.schema.json');
    expect(precompiledIncidentValidator(policy)({}, 'p.json')).toEqual(createValidator(policy)({}, 'p.json'));
  });

  it.each(PRECOMPILED_SCHEMAS)('%s is precompiled, and a changed schema is not taken for it', (file) => {
    const s = schema(file) as { description?: string };
    expect(isPrecompiled(s)).toBe(true);
    expect(isPrecompiled({ ...s, description: `${s.description ?? ''} changed` })).toBe(false);
  });

  it('gives the same issues as ajv at run time, and a changed schema is compiled at run time', () => {
    const policy = schema('practice-policy.schema.json') as {
      required?: string[];
      properties?: Record<string, object>;
    };
    const bad = { id: 'Not An Id', organisation: { abn: 12 }, extra: true };
    const fast = precompiledValidator(policy)(bad, 'p.json');
    expect(fast.length).toBeGreaterThan(2);
    expect(fast).toEqual(createValidator(policy)(bad, 'p.json'));
    // A schema a helper changed without regenerating: still validated by the changed schema.
    const changed = {
      ...policy,
      properties: { ...policy.properties, newField: { type: 'string' } },
      required: [...(policy.required ?? []), 'newField'],
    };
    expect(precompiledValidator(changed)({}, 'p.json')).toEqual(createValidator(changed)({}, 'p.json'));
    expect(JSON.stringify(precompiledValidator(changed)({}, 'p.json')).includes('newField')).toBe(true);
  });
});
