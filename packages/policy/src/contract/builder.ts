// A small typed JSON Schema (2020-12) builder: each function returns the schema node as plain JSON
// and carries, as a phantom type, the TypeScript type of the values it accepts (`Static<typeof x>`).
// So the policy's types, its published schema and the field checks all read one definition
// (definition.ts), the way the engine's vocabulary feeds its types and schemas.
// Why not TypeBox: importing @sinclair/typebox 0.34 costs ~140 ms of CPU (266 modules; `ndb
// validate` would pay it on every run) against ~14 ms for this builder, the definition and the
// walk bundled (~38 ms from source), and its nodes would need `Type.Unsafe` for every `$ref` into
// `$defs` to stay typed. This file is the part of it the policy needs (ARCHITECTURE.md, "The policy").

declare const STATIC: unique symbol;

/** A JSON Schema node accepting values of type T. */
export interface Schema<T = unknown> {
  readonly [key: string]: unknown;
  /** Phantom: never set at run time. */
  readonly [STATIC]?: T;
}

/** The TypeScript type of the values a schema node accepts. */
export type Static<S> = S extends { readonly [STATIC]?: infer T } ? Exclude<T, undefined> : never;

/** Marks a property optional (left out of its object's `required`). A symbol: JSON never shows it. */
export const OPTIONAL: unique symbol = Symbol('optional');
/** What the policy's field checks read off a node (checks/); a symbol, so the published JSON never shows it. */
export const CHECK: unique symbol = Symbol('check');
/** The `$defs` name of a named node. */
const DEF_NAME: unique symbol = Symbol('def');

/** What a reference field names: a person, a vendor, a role name, or "msp" (the managed service provider). */
export type RefTarget = 'person' | 'vendor' | 'role' | 'msp';

export interface FieldCheck {
  /** A date that cannot be after today; the text says what to record instead ("record …"), true for none. */
  notFuture?: string | true;
  /** The value is an id that must exist among these. */
  refersTo?: readonly RefTarget[];
}

export interface Docs<T = unknown> {
  title?: string;
  description?: string;
  examples?: readonly T[];
}

/** The wording of a failed pattern (packages/validation reads these annotations). */
export interface Wording {
  'x-message'?: string;
  'x-expected'?: string;
}

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type Props = Record<string, Schema>;
type IsOptional<S> = S extends { readonly [OPTIONAL]: true } ? true : false;
type ObjectOf<P extends Props> = Simplify<
  { -readonly [K in keyof P as IsOptional<P[K]> extends true ? never : K]: Static<P[K]> } & {
    -readonly [K in keyof P as IsOptional<P[K]> extends true ? K : never]?: Static<P[K]>;
  }
>;

// Docs first (title, description), then the node, then examples: the order a reader scans.
function node<T>(docs: Docs<T>, body: object, first: object = {}): Schema<T> {
  const { title, description, examples } = docs;
  return {
    ...first,
    ...(title !== undefined ? { title } : {}),
    ...(description !== undefined ? { description } : {}),
    ...body,
    ...(examples !== undefined ? { examples: [...examples] } : {}),
  } as Schema<T>;
}

export function string(docs: Docs<string> & Wording & StringConstraints = {}): Schema<string> {
  const { title, description, examples, ...rest } = docs;
  return node<string>({ title, description, examples }, { type: 'string', ...rest });
}
interface StringConstraints {
  maxLength?: number;
  pattern?: string;
  format?: 'date' | 'email' | 'uri';
}

interface NumberConstraints {
  minimum?: number;
  maximum?: number;
}
export function integer(docs: Docs<number> & NumberConstraints): Schema<number> {
  const { title, description, examples, ...rest } = docs;
  return node<number>({ title, description, examples }, { type: 'integer', ...rest });
}
export function number(docs: Docs<number> & NumberConstraints): Schema<number> {
  const { title, description, examples, ...rest } = docs;
  return node<number>({ title, description, examples }, { type: 'number', ...rest });
}
export function boolean(docs: Docs<boolean> = {}): Schema<boolean> {
  return node<boolean>(docs, { type: 'boolean' });
}
export function oneOfValues<const V extends readonly (string | number)[]>(
  values: V,
  docs: Docs<V[number]> = {},
): Schema<V[number]> {
  return node<V[number]>(docs, { enum: [...values] });
}
export function constant<const V extends string | number | boolean>(value: V, docs: Docs<V> = {}): Schema<V> {
  return node<V>(docs, { const: value });
}
export function anyOf<const S extends readonly Schema[]>(
  alternatives: S,
  docs: Docs & Wording = {},
): Schema<Static<S[number]>> {
  const { title, description, examples, ...wording } = docs;
  return node<Static<S[number]>>(
    { title, description, examples: examples as readonly Static<S[number]>[] | undefined },
    { anyOf: [...alternatives], ...wording },
  );
}
export function array<S extends Schema>(
  items: S,
  docs: Docs<Static<S>[]> & { minItems?: number; maxItems?: number; uniqueItems?: true },
): Schema<Static<S>[]> {
  const { title, description, examples, ...rest } = docs;
  return node({ title, description, examples }, { type: 'array', ...rest, items });
}

/** A closed object (no other properties); properties are required unless wrapped in `optional`. */
export function object<const P extends Props>(
  docs: Docs<ObjectOf<P>> & { dependentRequired?: Record<string, string[]> },
  properties: P,
): Schema<ObjectOf<P>> {
  const { title, description, examples, dependentRequired } = docs;
  const required = Object.keys(properties).filter((k) => !isOptional(properties[k]));
  return node(
    { title, description },
    {
      type: 'object',
      additionalProperties: false,
      required,
      ...(dependentRequired ? { dependentRequired } : {}),
      ...(examples !== undefined ? { examples: [...examples] } : {}),
      properties,
    },
  );
}

/** Whether a property was wrapped in `optional`. */
export function isOptional(schema: Schema | undefined): boolean {
  return (schema as { [OPTIONAL]?: true } | undefined)?.[OPTIONAL] === true;
}

export function optional<S extends Schema>(schema: S): S & { readonly [OPTIONAL]: true } {
  return { ...schema, [OPTIONAL]: true } as S & { readonly [OPTIONAL]: true };
}

/** A node to be published under `$defs/<name>` and used through `ref`. */
export function named<S extends Schema>(name: string, schema: S): S {
  return { ...schema, [DEF_NAME]: name };
}

export function defName(schema: Schema): string | undefined {
  return (schema as { [DEF_NAME]?: string })[DEF_NAME];
}

/** `{"$ref": "#/$defs/<name>"}` with this use's own title and description. */
export function ref<S extends Schema>(def: S, docs: Docs<Static<S>> = {}): Schema<Static<S>> {
  const name = defName(def);
  if (name === undefined) throw new Error('ref: the schema is not named (use named())');
  return node(docs, {}, { $ref: `#/$defs/${name}` });
}

/** The same node with what a field check reads (dates that cannot be in the future, references). */
export function checked<S extends Schema>(schema: S, check: FieldCheck): S {
  return { ...schema, [CHECK]: check };
}

export function checkOf(schema: Schema): FieldCheck | undefined {
  return (schema as { [CHECK]?: FieldCheck })[CHECK];
}

/** `$defs` from named nodes, in the order given. */
export function defs(...named: Schema[]): Record<string, Schema> {
  return Object.fromEntries(named.map((s) => [defName(s) ?? '?', s]));
}
