// Keeps the published schemas, the TypeScript types and the engine's output from drifting apart:
// the committed files equal what src/schemas.ts builds from the vocabulary, every fixture
// validates as an incident, and every decision the engine gives validates as a decision.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { assess } from './assess.ts';
import { draftIncident } from './questions/index.ts';
import { decisionSchema, incidentSchema, schemaText } from './schemas.ts';
import { loadScenarios } from './test-support/scenarios.ts';
import type { Decision, Incident } from './types.ts';

const schemaFile = (name: string) =>
  readFileSync(new URL(`../../../schemas/${name}`, import.meta.url), 'utf8');
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validIncident = ajv.compile(incidentSchema);
const validDecision = ajv.compile(decisionSchema);

describe('published schemas', () => {
  it('are up to date with the vocabulary (run `pnpm --filter @ndb-kit/engine schemas`)', () => {
    expect(schemaFile('incident.schema.json')).toBe(schemaText(incidentSchema));
    expect(schemaFile('decision.schema.json')).toBe(schemaText(decisionSchema));
  });

  it('accept every scenario incident and the engine’s decision for it', () => {
    for (const s of loadScenarios()) {
      expect(validIncident(s.incident), `${s.id} ${ajv.errorsText(validIncident.errors)}`).toBe(true);
      const d = assess(s.incident, { now: s.now });
      expect(validDecision(d), `${s.id} ${ajv.errorsText(validDecision.errors)}`).toBe(true);
    }
  });

  it('accept a wizard draft completed with a date', () => {
    expect(validIncident(draftIncident({}, '2025-06-02')), ajv.errorsText(validIncident.errors)).toBe(true);
  });

  it('reject what the types reject', () => {
    const s = loadScenarios()[0]!.incident;
    const bad = (f: (i: Incident) => void) => {
      const copy = structuredClone(s);
      f(copy);
      return validIncident(copy);
    };
    expect(bad((i) => ((i.entity as { type: string }).type = 'hospital'))).toBe(false);
    expect(bad((i) => ((i as { protection: string }).protection = 'maybe'))).toBe(false);
    expect(bad((i) => delete (i.breach as Partial<Incident['breach']>).awareOn)).toBe(false);
    expect(bad((i) => ((i.breach as { extra?: number }).extra = 1))).toBe(false);
    expect(bad((i) => (i.breach.awareOn = '2025-02-30'))).toBe(false);
  });

  it('require every key the Decision type requires', () => {
    const keys: (keyof Decision)[] = [
      'outcome',
      'ndbOutcome',
      'channels',
      'headline',
      'steps',
      'harmFactors',
      'unknownsThatMatter',
      'setAsideKinds',
      'obligations',
      'nextSteps',
      'notAdvice',
      'rulesVersion',
      'lawAsAt',
    ];
    expect([...decisionSchema.required].sort()).toEqual([...keys].sort());
  });
});

describe('the incident schema documents itself', () => {
  const properties = (node: unknown, path = ''): [string, Record<string, unknown>][] => {
    const props = (node as { properties?: Record<string, Record<string, unknown>> }).properties ?? {};
    return Object.entries(props).flatMap(([key, child]) => {
      const at = path ? `${path}/${key}` : key;
      return [[at, child] as [string, Record<string, unknown>], ...properties(child, at)];
    });
  };
  const all = properties(incidentSchema);

  it('every property has a description and an example', () => {
    expect(all.length).toBeGreaterThan(40);
    for (const [at, schema] of all) {
      expect(typeof schema.description, `${at}: description`).toBe('string');
      expect(Array.isArray(schema.examples) && schema.examples.length > 0, `${at}: examples`).toBe(true);
    }
  });

  it('every example is valid against its own property', () => {
    for (const [at, schema] of all) {
      const { examples, ...rest } = schema;
      const check = ajv.compile(rest);
      for (const example of examples as unknown[])
        expect(check(example), `${at} ${JSON.stringify(example)} ${ajv.errorsText(check.errors)}`).toBe(true);
    }
  });
});
