// Canonical JSON: the engine's RFC 8785 form (keys sorted at every level) is the one that is
// hashed; the indented variant with the same key order is the one written to disk.
import { canonicalJson } from '@ndb-kit/engine';

export { canonicalJson };

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** Indented canonical form with a final newline (the one written to disk). */
export function prettyCanonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}
