// Schema validation that reports every problem at once, one clear issue per location.
import type { ErrorObject } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';
import { isRealDate } from './dates.ts';
import { describeError, expectedFor } from './describe-error.ts';
import type { Issue } from './issue.ts';
import { showValue } from './issue.ts';
import { childPointer, parentPointer, valueAt } from './json-pointer.ts';
import type { ParsedJson } from './parse-json.ts';

export type Validate = (value: unknown, file: string, json?: ParsedJson) => Issue[];

/** Annotation keywords schemas may use to word the error for a subschema (see describe-error.ts). */
export const MESSAGE_KEYWORDS = ['x-message', 'x-expected'] as const;

function branchOf(prefix: string, e: ErrorObject): string | undefined {
  return e.schemaPath.startsWith(prefix) ? e.schemaPath.slice(prefix.length).split('/')[0] : undefined;
}

type Finding = { error: ErrorObject } | { combinator: ErrorObject; alternatives: ErrorObject[] };

/**
 * ajv reports every failed alternative of an anyOf/oneOf and an extra error for an if/then; a
 * reader wants one issue per place. If exactly one alternative got past the value's own shape
 * (its errors are all deeper inside the value), that alternative's errors are the real ones;
 * otherwise the location gets a single "expected A or B" issue.
 */
function collapse(errors: ErrorObject[]): Finding[] {
  let remaining = errors.filter((e) => e.keyword !== 'if');
  const summaries: Finding[] = [];
  const combinators = remaining
    .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
    .sort((a, b) => a.schemaPath.length - b.schemaPath.length); // outermost first
  for (const c of combinators) {
    if (!remaining.includes(c)) continue; // dropped with an enclosing alternative
    const prefix = `${c.schemaPath}/`;
    const inside = remaining.filter((e) => branchOf(prefix, e) !== undefined);
    if (inside.length === 0) {
      summaries.push({ error: c }); // oneOf matched more than one alternative
      remaining = remaining.filter((e) => e !== c);
      continue;
    }
    const branches = new Map<string, ErrorObject[]>();
    for (const e of inside) {
      const key = branchOf(prefix, e) ?? '';
      branches.set(key, [...(branches.get(key) ?? []), e]);
    }
    const deep = [...branches.values()].filter((b) => b.every((e) => e.instancePath !== c.instancePath));
    if (deep.length === 1 && deep[0]) {
      const keep = deep[0];
      remaining = remaining.filter((e) => e !== c && (!inside.includes(e) || keep.includes(e)));
    } else {
      remaining = remaining.filter((e) => e !== c && !inside.includes(e));
      summaries.push({
        combinator: c,
        alternatives: inside.filter((e) => e.instancePath === c.instancePath),
      });
    }
  }
  return [...remaining.map((error) => ({ error })), ...summaries];
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

export function createValidator(schema: object, options: { schemas?: object[] } = {}): Validate {
  const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true, schemas: options.schemas ?? [] });
  formatsPlugin.default(ajv); // CommonJS module: its function is on .default under Node's ESM loader
  ajv.addFormat('date', { type: 'string', validate: isRealDate }); // one definition of "a real date"
  for (const keyword of MESSAGE_KEYWORDS) ajv.addKeyword({ keyword, schemaType: 'string' });
  const check = ajv.compile(schema);

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
