import { describe, expect, it } from 'vitest';
import { formatIssue, type Issue } from './issue.ts';
import { parseJson } from './parse-json.ts';
import { createValidator } from './validator.ts';

const schema = {
  $id: 'https://example.test/incident.json',
  type: 'object',
  additionalProperties: false,
  required: ['certainty', 'awareOn', 'individuals'],
  properties: {
    certainty: { title: 'Certainty', enum: ['believed', 'suspected'] },
    awareOn: { title: 'Date of awareness', type: 'string', format: 'date' },
    individuals: { title: 'Individuals affected', type: 'integer', minimum: 0 },
    turnover: { anyOf: [{ type: 'number', minimum: 0 }, { const: 'unknown' }] },
    name: {
      type: 'string',
      maxLength: 10,
      pattern: '^[^\\u0000-\\u001F]*$',
      'x-message': 'must be one line of text',
      'x-expected': 'one line of text',
    },
    email: { type: 'string', format: 'email' },
    kinds: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string' } },
    contact: { $ref: 'https://example.test/contact.json' },
    protection: {
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['method'],
          properties: { method: { type: 'string' } },
        },
        { type: 'boolean' },
      ],
    },
  },
  if: { required: ['certainty'], properties: { certainty: { const: 'believed' } } },
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keywords
  then: { required: ['name'], properties: { name: { type: 'string' } } },
};
const contact = {
  $id: 'https://example.test/contact.json',
  type: 'object',
  additionalProperties: false,
  properties: { phone: { type: 'string' } },
};

const validate = createValidator(schema, { schemas: [contact] });
const base = { certainty: 'suspected', awareOn: '2025-06-02', individuals: 1 };

function only(value: unknown): Issue {
  const issues = validate(value, 'i.json');
  expect(issues).toHaveLength(1);
  return issues[0] as Issue;
}

describe('createValidator', () => {
  it('accepts a valid value', () => {
    expect(validate(base, 'i.json')).toEqual([]);
    expect(validate({ ...base, turnover: 'unknown', contact: { phone: '1' } }, 'i.json')).toEqual([]);
  });

  it('wrong type: says what was expected and what was found', () => {
    expect(only({ ...base, individuals: '3' })).toMatchObject({
      pointer: '/individuals',
      message: 'is the wrong type of value',
      expected: 'a whole number',
      found: '"3"',
    });
  });

  it('missing field: points at the missing property and names it', () => {
    const { certainty: _, ...rest } = base;
    expect(only(rest)).toEqual({
      file: 'i.json',
      pointer: '/certainty',
      message: 'is required',
      expected: 'Certainty',
    });
  });

  it('unknown enum value: lists the allowed values and suggests the closest', () => {
    expect(only({ ...base, certainty: 'belived' })).toMatchObject({
      pointer: '/certainty',
      message: 'is not one of the allowed values (did you mean "believed"?)',
      expected: 'one of: believed, suspected',
      found: '"belived"',
    });
  });

  it('extra property: points at it, lists the known ones, suggests a fix', () => {
    expect(only({ ...base, awareon: 'x' })).toMatchObject({
      pointer: '/awareon',
      message: 'is not allowed here (did you mean "awareOn"?)',
    });
    expect(only({ ...base, contact: { fax: '1' } })).toMatchObject({
      pointer: '/contact/fax',
      expected: 'one of: phone',
    });
  });

  it('impossible date and malformed date', () => {
    expect(only({ ...base, awareOn: '2025-02-30' })).toMatchObject({
      message: 'is not a real calendar date',
      expected: 'a date YYYY-MM-DD',
      found: '"2025-02-30"',
    });
    expect(only({ ...base, awareOn: '2/6/2025' }).message).toBe('is not a date in the form YYYY-MM-DD');
    expect(validate({ ...base, awareOn: '2024-02-29' }, 'i.json')).toEqual([]);
  });

  it('numbers out of range say "a whole number ≥ 0"', () => {
    expect(only({ ...base, individuals: -1 })).toMatchObject({
      message: 'is too small',
      expected: 'a whole number ≥ 0',
    });
  });

  it('collapses a failed anyOf into one issue naming the alternatives', () => {
    expect(only({ ...base, turnover: -5 })).toMatchObject({
      pointer: '/turnover',
      message: 'is not any of the allowed forms',
      expected: 'a number ≥ 0, or "unknown"',
      found: '-5',
    });
    expect(only({ ...base, turnover: 'lots' }).pointer).toBe('/turnover');
  });

  it('reports the inner error when one oneOf alternative clearly fits the value', () => {
    expect(only({ ...base, protection: { method: 5 } })).toMatchObject({
      pointer: '/protection/method',
      expected: 'a string (text in double quotes)',
    });
    expect(only({ ...base, protection: 'yes' }).pointer).toBe('/protection');
  });

  it('drops the if/then noise and keeps the real problem', () => {
    expect(only({ ...base, certainty: 'believed' })).toMatchObject({
      pointer: '/name',
      message: 'is required',
    });
  });

  it('uses the schema’s own wording for patterns (x-message, x-expected)', () => {
    expect(only({ ...base, name: 'a\u0000b' })).toMatchObject({
      message: 'must be one line of text',
      expected: 'one line of text',
      found: '"a\\u0000b"',
    });
  });

  it('reports lengths, list sizes, duplicates and formats', () => {
    expect(only({ ...base, name: 'x'.repeat(11) })).toMatchObject({
      message: 'is too long',
      expected: 'at most 10 characters',
    });
    expect(only({ ...base, kinds: [] })).toMatchObject({ message: 'has too few items', found: '0 items' });
    expect(only({ ...base, kinds: ['a', 'a'] }).message).toMatch(/same item twice/);
    expect(only({ ...base, email: 'not-an-email' }).message).toBe('is not an email address');
  });

  it('reports every problem at once, in file order, with line and column', () => {
    const text =
      '{\n  "certainty": "maybe",\n  "awareOn": "2025-13-01",\n  "individuals": -2,\n  "extra": true\n}';
    const parsed = parseJson(text, 'i.json');
    if (!parsed.ok) throw new Error('fixture should parse');
    const lines = validate(parsed.json.value, 'i.json', parsed.json).map(formatIssue);
    expect(lines).toEqual([
      'i.json:2:3 /certainty: is not one of the allowed values (expected one of: believed, suspected, found "maybe")',
      'i.json:3:3 /awareOn: is not a real calendar date (expected a date YYYY-MM-DD, found "2025-13-01")',
      'i.json:4:3 /individuals: is too small (expected a whole number ≥ 0, found -2)',
      'i.json:5:3 /extra: is not allowed here (expected one of: certainty, awareOn, individuals, turnover, name, email, kinds, contact, protection)',
    ]);
  });

  it('shows hostile values JSON-quoted and escaped, never raw', () => {
    const issue = only({ ...base, certainty: '\u001b[31mRED\r\n\u0000' });
    expect(issue.found).toBe('"\\u001b[31mRED\\r\\n\\u0000"');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking that control characters never reach the terminal
    expect(formatIssue(issue)).not.toMatch(/[\u0000-\u001F]/);
    const keyIssue = only({ ...base, 'bad\nkey\u001b': 1 });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking that control characters never reach the terminal
    expect(formatIssue(keyIssue)).not.toMatch(/[\u0000-\u001F]/);
  });

  it('rejects a non-object document at the top level', () => {
    expect(only([])).toMatchObject({ pointer: '', expected: 'an object { … }', found: '[]' });
  });

  it('rejects an invalid schema when created (strict mode)', () => {
    expect(() => createValidator({ type: 'object', propertys: {} })).toThrow(/strict mode/);
  });
});
