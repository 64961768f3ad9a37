// Validation must cost work in proportion to the input, however hostile. These tests count the
// work (characters of JSON produced to describe values, index look-ups in collapse) at two sizes
// instead of timing anything: linear work grows ~10× from 1k to 10k, quadratic ~100×.
import { describe, expect, it, vi } from 'vitest';
import { formatIssues, type Issue, validationWork } from './issue.ts';
import { parseJson } from './parse-json.ts';
import { createValidator, withHashableUniqueItems } from './validator.ts';

const schema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1 },
    kinds: { type: 'array', items: { anyOf: [{ enum: ['a', 'b'] }, { type: 'integer' }] } },
    carveIns: { type: 'array', items: { enum: ['x', 'y', 'z'] }, uniqueItems: true },
  },
};
const validate = createValidator(schema);

/** Work: one per issue, plus every character of JSON produced (by showValue's bounded writer or JSON.stringify). */
function workFor(value: unknown): { work: number; issues: Issue[] } {
  validationWork.characters = 0;
  let stringified = 0;
  const original = JSON.stringify;
  const spy = vi.spyOn(JSON, 'stringify').mockImplementation((...args: Parameters<typeof JSON.stringify>) => {
    const out = original(...args);
    stringified += out?.length ?? 0;
    return out;
  });
  try {
    const issues = validate(value, 'f.json');
    return { work: issues.length + validationWork.characters + stringified, issues };
  } finally {
    spy.mockRestore();
  }
}

const withExtras = (n: number) => {
  const value: Record<string, unknown> = { name: 'Clinic' };
  for (let i = 0; i < n; i++) value[`extra${i}`] = 'some text of a few words';
  return value;
};

describe('validation work is linear in the input', () => {
  it('10,000 extra properties cost about 10× the work of 1,000, not 100×', () => {
    const small = workFor(withExtras(1_000));
    const large = workFor(withExtras(10_000));
    expect(small.issues).toHaveLength(1_000);
    expect(large.issues).toHaveLength(10_000);
    expect(large.work / small.work).toBeLessThan(15);
  });

  it('an error on a huge object shows a short preview of it, not all of it', () => {
    const big = withExtras(10_000);
    big.name = '';
    validationWork.characters = 0;
    const issue = validate(big, 'f.json').find((i) => i.pointer === '/name');
    expect(issue?.found).toBe('""');
    expect(validationWork.characters).toBeLessThan(10_000 * 200);
  });

  it('bad items under an anyOf: about 10× the work for 10× the items', () => {
    const bad = (n: number) => ({ name: 'x', kinds: Array.from({ length: n }, (_, i) => `bad${i}`) });
    const small = workFor(bad(1_000));
    const large = workFor(bad(10_000));
    expect(small.issues).toHaveLength(1_000);
    expect(large.issues).toHaveLength(10_000);
    expect(small.issues[0]).toMatchObject({
      pointer: '/kinds/0',
      message: 'is not any of the allowed forms',
    });
    expect(large.work / small.work).toBeLessThan(15);
  });

  it('uniqueItems over an enum of strings is checked by hash (type declared), still finding duplicates', () => {
    const transformed = withHashableUniqueItems(schema);
    expect(transformed.properties.carveIns.items).toEqual({ enum: ['x', 'y', 'z'], type: 'string' });
    expect(schema.properties.carveIns.items).toEqual({ enum: ['x', 'y', 'z'] }); // not mutated
    const issues = validate({ name: 'x', carveIns: ['x', 'y', 'x'] }, 'f.json');
    expect(issues.map((i) => i.message)).toEqual([expect.stringMatching(/same item twice/)]);
  });
});

describe('printing is capped per file', () => {
  it('at most 50 lines per file, then one line with how many more', () => {
    const issues = Array.from({ length: 30_000 }, (_, i) => ({
      file: 'a.json',
      pointer: `/kinds/${i}`,
      message: 'bad',
    }));
    const lines = formatIssues([...issues, { file: 'b.json', pointer: '', message: 'also bad' }], '  ');
    expect(lines).toHaveLength(52);
    expect(lines[50]).toBe('  b.json (top level): also bad');
    expect(lines[51]).toBe('  a.json: and 29950 more issues (fix the ones above and run again)');
  });
});

describe('numbers that overflow', () => {
  it('1e400 is reported where it is, not turned into Infinity', () => {
    const parsed = parseJson('{\n  "count": 1e400\n}', 'r.json');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.issues[0]).toMatchObject({
      pointer: '/count',
      line: 2,
      message: expect.stringMatching(/too large to represent/),
      found: '1e400',
    });
    expect(parseJson('{"n": -1e309}', 'r.json').ok).toBe(false);
    expect(parseJson('{"n": 1.7e308}', 'r.json').ok).toBe(true);
  });
});
