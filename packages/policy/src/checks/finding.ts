// Checks the schema cannot make read the policy defensively (it may also have schema errors),
// through these helpers, and report findings that validatePolicy turns into issues.

export interface Finding {
  pointer: string;
  message: string;
  expected?: string;
  found?: string;
}

export type Json = Record<string, unknown>;

export function obj(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
