// How the outcomes of several resolutions become one: identical → that outcome; different →
// `assess` (never guess optimistically: s 26WH applies while the facts are being found out).
import type { Outcome } from './types.ts';

export function combineOutcomes<T extends Outcome | 'not_applicable'>(outcomes: Iterable<T>): T | 'assess' {
  let first: T | undefined;
  for (const o of outcomes) {
    if (first === undefined) first = o;
    else if (o !== first) return 'assess';
  }
  if (first === undefined) throw new Error('no outcomes to combine');
  return first;
}
