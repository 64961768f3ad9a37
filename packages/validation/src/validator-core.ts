// Schema validation that reports every problem at once, one clear issue per location. This module
// does not load ajv: a validator is made from a compiled check, either precompiled (ajv's
// standalone code, precompiled.ts) or compiled at run time (validator.ts `createValidator`).
import type { ErrorObject } from 'ajv';
import { isRealDate } from './dates.ts';
import { describeError, expectedFor } from './describe-error.ts';
import type { Issue } from './issue.ts';
import { showValue, validationWork } from './issue.ts';
import { childPointer, parentPointer, valueAt } from './json-pointer.ts';
import type { ParsedJson } from './parse-json.ts';

export type Validate = (value: unknown, file: string, json?: ParsedJson) => Issue[];

/** Annotation keywords schemas may use to word the error for a subschema (see describe-error.ts). */
export const MESSAGE_KEYWORDS = ['x-message', 'x-expected'] as const;

function branchOf(prefix: string, e: ErrorObject): string | undefined {
  return e.schemaPath.startsWith(prefix) ? e.schemaPath.slice(prefix.length).split('/')[0] : undefined;
}

type Finding = { error: ErrorObject } | { combinator: ErrorObject; alternatives: ErrorObject[] };

/** Every prefix of a "/"-separated path, longest first, the path itself included. */
function* prefixes(path: string): Generator<string> {
  for (let p = path; ; p = p.slice(0, p.lastIndexOf('/'))) {
    yield p;
    if (p === '') return;
  }
}

/**
 * ajv reports every failed alternative of an anyOf/oneOf and an extra error for an if/then; a
 * reader wants one issue per place. If exactly one alternative got past the value's own shape
 * (its errors are all deeper inside the value), that alternative's errors are the real ones;
 * otherwise the location gets a single "expected A or B" issue.
 *
 * Linear in the number of errors: each error finds the combinators it sits inside through an
 * index on (schema path, instance path), looking only at the prefixes of its own paths, instead
 * of every combinator scanning every error (30,000 bad items in one array made that quadratic).
 */
function collapse(errors: ErrorObject[]): Finding[] {
  const live = new Set(errors.filter((e) => e.keyword !== 'if'));
  const combinators = [...live]
    .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
    .sort((a, b) => a.schemaPath.length - b.schemaPath.length); // outermost first
  const bySchemaPath = new Map<string, Map<string, ErrorObject>>();
  for (const c of combinators) {
    const at = bySchemaPath.get(c.schemaPath) ?? new Map<string, ErrorObject>();
    at.set(c.instancePath, c);
    bySchemaPath.set(c.schemaPath, at);
  }
  // The errors inside each combinator: same or deeper value, schema path under one of its branches.
  const insideOf = new Map<ErrorObject, ErrorObject[]>();
  for (const e of live) {
    for (const schemaPrefix of prefixes(e.schemaPath)) {
      if (schemaPrefix === e.schemaPath) continue;
      const candidates = bySchemaPath.get(schemaPrefix);
      if (!candidates) continue;
      if (e.schemaPath.length <= schemaPrefix.length + 1) continue; // needs a branch segment
      for (const instancePrefix of prefixes(e.instancePath)) {
        validationWork.characters += 1;
        const c = candidates.get(instancePrefix);
        if (!c || c === e) continue;
        const list = insideOf.get(c);
        if (list) list.push(e);
        else insideOf.set(c, [e]);
      }
    }
  }
  const summaries: Finding[] = [];
  for (const c of combinators) {
    if (!live.has(c)) continue; // dropped with an enclosing alternative
    const prefix = `${c.schemaPath}/`;
    const inside = (insideOf.get(c) ?? []).filter((e) => live.has(e));
    live.delete(c);
    if (inside.length === 0) {
      summaries.push({ error: c }); // oneOf matched more than one alternative
      continue;
    }
    const branches = new Map<string, ErrorObject[]>();
    for (const e of inside) {
      const key = branchOf(prefix, e) ?? '';
      const list = branches.get(key);
      if (list) list.push(e);
      else branches.set(key, [e]);
    }
    const deep = [...branches.values()].filter((b) => b.every((e) => e.instancePath !== c.instancePath));
    if (deep.length === 1 && deep[0]) {
      const keep = new Set(deep[0]);
      for (const e of inside) if (!keep.has(e)) live.delete(e);
    } else {
      for (const e of inside) live.delete(e);
      summaries.push({
        combinator: c,
        alternatives: inside.filter((e) => e.instancePath === c.instancePath),
      });
    }
  }
  return [...[...live].map((error) => ({ error })), ...summaries];
}

function describeAlternatives(c: ErrorObject, alternatives: ErrorObject[], root: unknown) {
  const parent = (c.parentSchema ?? {}) as Record<string, unknown>;
  const phrases = [...new Set(alternatives.map(expectedFor).filter((p) => p !== undefined))];
  const expected = typeof parent['x-expected'] === 'string' ? parent['x-expected'] : phrases.join(', or ');
  const message =
    typeof parent['x-message'] === 'string' ? parent['x-message'] : 'is not any of the allowed forms';
  return {
    pointer: c.instancePath,
    message,
    ...(expected ? { expected } : {}),
    found: showValue(valueAt(root, c.instancePath)),
  };
}

/** What ajv's compile (or its standalone code) gives: a check that leaves its errors on itself. */
export interface CompiledCheck {
  (value: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** The ajv options every validator is compiled with, at run time and in the precompiled code alike. */
export const AJV_OPTIONS = { allErrors: true, strict: true, verbose: true } as const;

interface AjvLike {
  addFormat(name: string, format: { type: 'string'; validate: (s: string) => boolean }): unknown;
  addKeyword(definition: { keyword: string; schemaType: 'string' }): unknown;
  compile(schema: object): CompiledCheck;
}

/**
 * Configures an ajv instance as every ndb validator is (formats, the "date" format, the message
 * keywords). `Ajv` and `formats` are passed in so this module never loads ajv itself.
 */
export function configureAjv<A extends AjvLike>(ajv: A, formats: (ajv: A) => unknown): A {
  formats(ajv);
  ajv.addFormat('date', { type: 'string', validate: isRealDate }); // one definition of "a real date"
  for (const keyword of MESSAGE_KEYWORDS) ajv.addKeyword({ keyword, schemaType: 'string' as const });
  return ajv;
}

/** The plain-language validator over a compiled check (every problem, one issue per place). */
export function validatorFrom(check: CompiledCheck): Validate {
  return (value, file, json) => {
    if (check(value)) return [];
    const seen = new Set<string>();
    const issues: Issue[] = [];
    for (const finding of collapse(check.errors ?? [])) {
      const d =
        'combinator' in finding
          ? describeAlternatives(finding.combinator, finding.alternatives, value)
          : describeError(finding.error, value);
      const key = `${d.pointer}\u0000${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      issues.push({ file, ...d, ...json?.locate(d.pointer) });
    }
    return sortIssues(issues, value);
  };
}

/**
 * ajv checks `uniqueItems` with a hash only when the items schema declares a scalar `type`;
 * otherwise it compares every pair (100,000 items: 5·10⁹ comparisons). An items schema that is
 * an enum of strings only admits strings, so declaring `type: "string"` on it changes nothing
 * about what is valid and makes the check linear. Returns a copy; the schema is not mutated.
 */
export function withHashableUniqueItems<T>(schema: T): T {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (node === null || typeof node !== 'object') return node;
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) copy[k] = visit(v);
    const items = copy.items as Record<string, unknown> | undefined;
    if (
      copy.uniqueItems === true &&
      items &&
      typeof items === 'object' &&
      items.type === undefined &&
      Array.isArray(items.enum) &&
      items.enum.length > 0 &&
      items.enum.every((v) => typeof v === 'string')
    )
      copy.items = { ...items, type: 'string' };
    return copy;
  };
  return visit(schema) as T;
}

/** Pre-order position of every pointer in a value: document order when there are no line numbers. */
function documentOrder(value: unknown): Map<string, number> {
  const order = new Map<string, number>();
  const visit = (v: unknown, pointer: string, depth: number): void => {
    order.set(pointer, order.size);
    if (depth > 100 || v === null || typeof v !== 'object') return;
    for (const [k, child] of Object.entries(v)) visit(child, childPointer(pointer, k), depth + 1);
  };
  visit(value, '', 0);
  return order;
}

/**
 * Issues in the order a reader meets them in the file: by line and column when known,
 * otherwise by where the pointer (or its nearest existing parent) sits in `value`.
 */
export function sortIssues(issues: Issue[], value?: unknown): Issue[] {
  const order = value === undefined ? undefined : documentOrder(value);
  const rank = (pointer: string): number => {
    for (let p: string | undefined = pointer; p !== undefined; p = parentPointer(p)) {
      const n = order?.get(p);
      if (n !== undefined) return n;
    }
    return 0;
  };
  return issues
    .map((issue, index) => ({ issue, index, rank: rank(issue.pointer) }))
    .sort(
      (a, b) =>
        (a.issue.line ?? 0) - (b.issue.line ?? 0) ||
        (a.issue.column ?? 0) - (b.issue.column ?? 0) ||
        a.rank - b.rank ||
        a.index - b.index,
    )
    .map((x) => x.issue);
}
