// `ndb init`'s answer parsers: each takes what was typed (or given as a flag) and returns the
// value to store or the one-line reason it was refused.
import { isSingleLineText, PRACTICE_TYPES, type PracticeType } from '@ndb-kit/policy';

export type Parsed = { ok: true; value: string | number | boolean } | { ok: false; error: string };
export const ok = (value: string | number | boolean): Parsed => ({ ok: true, value });
export const bad = (error: string): Parsed => ({ ok: false, error });

export const text = (what: string) => (raw: string) =>
  isSingleLineText(raw.trim())
    ? ok(raw.trim())
    : bad(`${what} must be one line of visible text (at most 200 characters)`);

const PRACTICE_ALIASES: Record<string, PracticeType> = {
  gp: 'general_practice',
  general_practice: 'general_practice',
  psychologist: 'psychology',
  dentist: 'dental',
  physio: 'physiotherapy',
  ndis: 'ndis_provider',
};

export const isPracticeType = (value: unknown): value is PracticeType =>
  PRACTICE_TYPES.some((t) => t === value);

export function parsePracticeType(raw: string): Parsed {
  const key = raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  const value = PRACTICE_ALIASES[key] ?? PRACTICE_TYPES.find((t) => t === key);
  return value ? ok(value) : bad(`practice type must be one of: ${PRACTICE_TYPES.join(', ')}`);
}

export function parseTurnover(raw: string): Parsed {
  const s = raw
    .trim()
    .toLowerCase()
    .replace(/[$,\s]/g, '');
  if (s === 'unknown') return ok('unknown');
  const m = /^(\d+(?:\.\d+)?)([km]?)$/.exec(s);
  if (!m) return bad('turnover must be an amount in dollars (e.g. 1800000, 1.8m, 180k) or "unknown"');
  const scale = m[2] === 'm' ? 1_000_000 : m[2] === 'k' ? 1_000 : 1;
  return ok(Math.round(Number(m[1]) * scale));
}

export function parseYesNo(raw: string): Parsed {
  const s = raw.trim().toLowerCase();
  if (['y', 'yes', 'true'].includes(s)) return ok(true);
  if (['n', 'no', 'false'].includes(s)) return ok(false);
  return bad('answer yes or no');
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const parseEmail = (raw: string): Parsed =>
  EMAIL.test(raw.trim()) ? ok(raw.trim()) : bad('not an email address');
