// Reading and writing an incident's fields at the questions' dotted paths.
import { isRecord } from '../guards.ts';

export function getPath(target: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (isRecord(v) ? v[key] : undefined), target);
}

/** Returns a copy of `incident` with `value` at `path` (undefined removes the field). */
export function setPath<T>(incident: T, path: string, value: unknown): T {
  const copy = structuredClone(incident);
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  let node: unknown = copy;
  for (const key of keys) {
    if (!isRecord(node)) break;
    if (!isRecord(node[key])) node[key] = {};
    node = node[key];
  }
  if (!isRecord(node)) throw new TypeError(`setPath: ${path} is not inside an object`);
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}
