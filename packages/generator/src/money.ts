// Money as the plan, the notices and the site print it: Australian dollars, grouped thousands.

/** "$180,000" (en-AU grouping, no cents). */
export function dollars(n: number): string {
  return `$${grouped(n)}`;
}

/**
 * A number with en-AU thousands separators, as `toLocaleString('en-AU')` writes it. Whole numbers
 * are grouped here: the first toLocaleString in a process loads ICU's number data (25–100 ms of
 * a cold `ndb build`); anything else (fractions, beyond 2^53) still goes to Intl.
 */
export function grouped(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-AU');
  const digits = String(Math.abs(n));
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

/** A whole-million figure in words, "$3 million", as the plan's prose says it; otherwise `dollars`. */
export function millions(n: number): string {
  return n % 1_000_000 === 0 ? `$${n / 1_000_000} million` : dollars(n);
}
