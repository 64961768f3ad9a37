// Turns one ajv error into words a practice manager can act on: what is wrong, what was
// expected, what was found. Schemas may override the wording for a subschema with the
// annotation keywords `x-message` and `x-expected` (used for patterns, whose regex means
// nothing to a reader).
import type { ErrorObject } from 'ajv';
import { showValue } from './issue.ts';
import { childPointer, valueAt } from './json-pointer.ts';
import { closest } from './suggest.ts';

export interface Described {
  pointer: string;
  message: string;
  expected?: string;
  found?: string;
}

type Schema = Record<string, unknown>;

function asSchema(value: unknown): Schema {
  return value !== null && typeof value === 'object' ? (value as Schema) : {};
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

const TYPE_NOUNS: Record<string, string> = {
  string: 'a string (text in double quotes)',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'an object { … }',
  array: 'a list [ … ]',
  null: 'null',
};

function typeNoun(type: unknown): string {
  const types = Array.isArray(type) ? type : [type];
  return types.map((t) => TYPE_NOUNS[String(t)] ?? String(t)).join(' or ');
}

const FORMATS: Record<string, { message: string; expected: string }> = {
  date: { message: 'is not a real calendar date', expected: 'a date YYYY-MM-DD' },
  'date-time': { message: 'is not a date and time', expected: 'e.g. 2026-06-02T11:00:00+10:00' },
  time: { message: 'is not a time', expected: 'e.g. 11:00:00+10:00' },
  email: { message: 'is not an email address', expected: 'e.g. reception@example.com.au' },
  uri: { message: 'is not a full web address', expected: 'e.g. https://www.example.com.au' },
};

function formatProblem(format: string, data: unknown): { message: string; expected: string } {
  if (format === 'date' && typeof data === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(data))
    return { message: 'is not a date in the form YYYY-MM-DD', expected: 'a date YYYY-MM-DD' };
  return FORMATS[format] ?? { message: `is not in the ${format} format`, expected: `a ${format}` };
}

function numberNoun(parentSchema: Schema): string {
  return parentSchema.type === 'integer' ? 'a whole number' : 'a number';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function list(values: readonly unknown[]): string {
  const shown = values.slice(0, 15).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return `one of: ${shown.join(', ')}${values.length > 15 ? ', …' : ''}`;
}

const COMPARISONS: Record<string, { op: string; message: string }> = {
  minimum: { op: '≥', message: 'is too small' },
  exclusiveMinimum: { op: '>', message: 'is too small' },
  maximum: { op: '≤', message: 'is too large' },
  exclusiveMaximum: { op: '<', message: 'is too large' },
};

/** Keywords whose failure x-message / x-expected describe. */
const WORDED_KEYWORDS = new Set(['pattern', 'format', 'enum', 'const', 'not', 'anyOf', 'oneOf']);

/** The short "expected" phrase for an error, used alone or when several alternatives are joined. */
export function expectedFor(e: ErrorObject): string | undefined {
  const parent = asSchema(e.parentSchema);
  // The schema's own wording describes the value's form, so it replaces only form-related phrases.
  const override = text(parent['x-expected']);
  if (override && WORDED_KEYWORDS.has(e.keyword)) return override;
  switch (e.keyword) {
    case 'type':
      return typeNoun(e.params.type);
    case 'enum':
      return list(e.params.allowedValues as unknown[]);
    case 'const':
      return JSON.stringify(e.params.allowedValue);
    case 'format':
      return formatProblem(String(e.params.format), e.data).expected;
    case 'pattern':
      return text(parent.title) ?? `text matching ${String(e.params.pattern)}`;
    case 'minLength':
      return `at least ${plural(Number(e.params.limit), 'character')}`;
    case 'maxLength':
      return `at most ${plural(Number(e.params.limit), 'character')}`;
    case 'minItems':
      return `at least ${plural(Number(e.params.limit), 'item')}`;
    case 'maxItems':
      return `at most ${plural(Number(e.params.limit), 'item')}`;
    case 'multipleOf':
      return `a multiple of ${String(e.params.multipleOf)}`;
    default: {
      const comparison = COMPARISONS[e.keyword];
      return comparison ? `${numberNoun(parent)} ${comparison.op} ${String(e.params.limit)}` : undefined;
    }
  }
}

export function describeError(e: ErrorObject, root: unknown): Described {
  const parent = asSchema(e.parentSchema);
  // ajv's `verbose` gives the value itself; walking the pointer again is the fallback.
  const data = 'data' in e ? e.data : valueAt(root, e.instancePath);
  const expected = expectedFor(e);
  const message = WORDED_KEYWORDS.has(e.keyword) ? text(parent['x-message']) : undefined;
  // Shown only when the issue uses it: required/additionalProperties errors sit on the parent
  // object, which can be the whole (large) document.
  const at = (m: string, extra: Partial<Described> = {}): Described => ({
    pointer: e.instancePath,
    message: m,
    ...(expected === undefined ? {} : { expected }),
    found: extra.found ?? showValue(data),
    ...extra,
  });

  switch (e.keyword) {
    case 'type':
      return at('is the wrong type of value');
    case 'required':
    case 'dependentRequired': {
      const missing = String(e.params.missingProperty);
      const title = text(asSchema(asSchema(parent.properties)[missing]).title);
      const when = e.keyword === 'dependentRequired' ? ` when ${String(e.params.property)} is given` : '';
      return {
        pointer: childPointer(e.instancePath, missing),
        message: `is required${when}`,
        ...(title ? { expected: title } : {}),
      };
    }
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const extra = String(e.params.additionalProperty ?? e.params.unevaluatedProperty);
      const known = Object.keys(asSchema(parent.properties));
      const guess = closest(extra, known);
      return {
        pointer: childPointer(e.instancePath, extra),
        message: `is not allowed here${guess ? ` (did you mean "${guess}"?)` : ''}`,
        ...(known.length > 0 ? { expected: list(known) } : {}),
      };
    }
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).filter((v): v is string => typeof v === 'string');
      const guess = typeof data === 'string' ? closest(data, allowed) : undefined;
      return at(message ?? `is not one of the allowed values${guess ? ` (did you mean "${guess}"?)` : ''}`);
    }
    case 'const':
      return at(message ?? 'is not the allowed value');
    case 'format':
      return at(message ?? formatProblem(String(e.params.format), data).message);
    case 'pattern':
      return at(message ?? 'does not have the expected form');
    case 'minLength':
      return at(Number(e.params.limit) === 1 ? 'must not be empty' : 'is too short');
    case 'maxLength':
      return at('is too long', {
        found: `${showValue(data)} (${plural(Array.from(String(data)).length, 'character')})`,
      });
    case 'minItems':
    case 'maxItems':
      return at(e.keyword === 'minItems' ? 'has too few items' : 'has too many items', {
        found: Array.isArray(data) ? plural(data.length, 'item') : showValue(data),
      });
    case 'uniqueItems':
      return at(`lists the same item twice (items ${String(e.params.j)} and ${String(e.params.i)})`, {
        found: showValue(Array.isArray(data) ? data[Number(e.params.i)] : data),
      });
    case 'not':
    case 'false schema':
      return at(message ?? 'is not allowed here');
    default: {
      const comparison = COMPARISONS[e.keyword];
      if (comparison) return at(message ?? comparison.message);
      return at(message ?? e.message ?? 'is not valid');
    }
  }
}
