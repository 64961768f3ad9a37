// Money as the plan, the notices and the site print it: Australian dollars, grouped thousands.

/** "$180,000" (en-AU grouping, no cents). */
export function dollars(n: number): string {
  return `$${n.toLocaleString('en-AU')}`;
}

/** A whole-million figure in words, "$3 million", as the plan's prose says it; otherwise `dollars`. */
export function millions(n: number): string {
  return n % 1_000_000 === 0 ? `$${n / 1_000_000} million` : dollars(n);
}
