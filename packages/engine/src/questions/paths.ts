// Reading and writing an incident's fields at the questions' dotted paths.

export function getPath(target: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
      target,
    );
}

/** Returns a copy of `incident` with `value` at `path` (undefined removes the field). */
export function setPath<T>(incident: T, path: string, value: unknown): T {
  const copy = structuredClone(incident) as Record<string, unknown>;
  const keys = path.split('.');
  let node = copy;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1] as string;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy as T;
}
