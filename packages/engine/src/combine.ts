// How the outcomes of several resolutions become one: identical → that outcome; different →
// `assess` (never guess optimistically: s 26WH applies while the facts are being found out).
// One refinement: if every answer leads to "no notification" (not covered or not notifiable),
// the result is `not_notifiable` — nothing is left to assess, and it is the more cautious of the two.
import type { Outcome } from './types.ts';

const NO_DUTY = new Set<string>(['not_covered', 'not_notifiable']);

export function combineOutcomes<T extends Outcome | 'not_applicable'>(
  outcomes: Iterable<T>,
): T | 'assess' | 'not_notifiable' {
  const seen = new Set<T>(outcomes);
  if (seen.size === 0) throw new Error('no outcomes to combine');
  if (seen.size === 1) return [...seen][0] as T;
  if ([...seen].every((o) => NO_DUTY.has(o))) return 'not_notifiable';
  return 'assess';
}
