// `ndb init` fills free-text fields it cannot know with "TODO: …"; these are valid but must be
// replaced before the plan is used, so `ndb validate` lists where they are.
import { childPointer } from '@ndb-kit/validation';

export const PLACEHOLDER_PREFIX = 'TODO';

export function findPlaceholders(value: unknown, pointer = ''): string[] {
  if (typeof value === 'string') return value.trimStart().startsWith(PLACEHOLDER_PREFIX) ? [pointer] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => findPlaceholders(v, childPointer(pointer, i)));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => findPlaceholders(v, childPointer(pointer, k)));
  return [];
}
