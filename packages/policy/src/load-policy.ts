// Reading a policy file from disk: refuse oversized, non-regular or non-UTF-8 files before parsing, then
// parse (with positions) and validate. Never throws for a bad file; returns issues instead.
import { DEFAULT_MAX_BYTES, type Issue, type ParsedJson, parseJson } from '@ndb-kit/validation';
import { readTextFile } from './read-text-file.ts';
import { localToday, todayIn } from './today.ts';
import type { PracticePolicy } from './types.ts';
import { validatePolicy } from './validate-policy.ts';
import { type LocatedWarning, locateWarnings, policyWarnings } from './warnings.ts';

export { readTextFile } from './read-text-file.ts';
export { localToday, todayIn } from './today.ts';

export type LoadResult =
  | { ok: true; policy: PracticePolicy; json: ParsedJson; warnings: LocatedWarning[] }
  | { ok: false; issues: Issue[] };

export interface LoadOptions {
  /** YYYY-MM-DD; defaults to the machine's local date. Errors and warnings are judged as of it. */
  today?: string;
  maxBytes?: number;
  /** The rules' law-as-at date for the warnings; defaults to the engine's (tests pass one in). */
  lawAsAt?: string;
}

/**
 * Today in the policy file's own time zone, read leniently before validation (which reports a
 * bad file or zone properly): the default date of `ndb build`, `ndb site` and `ndb status`.
 */
export async function practiceToday(file: string, now: Date = new Date()): Promise<string> {
  const text = await readTextFile(file);
  try {
    const zone = typeof text === 'string' ? JSON.parse(text)?.organisation?.timeZone : undefined;
    if (typeof zone === 'string') return todayIn(zone, now);
  } catch {
    // not JSON: fall through; loadPolicy reports it
  }
  return localToday(now);
}

export async function loadPolicy(file: string, options: LoadOptions = {}): Promise<LoadResult> {
  const text = await readTextFile(file, options.maxBytes);
  if (typeof text !== 'string') return { ok: false, issues: [text] };
  const parsed = parseJson(text, file, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES });
  if (!parsed.ok) return parsed;
  const today = options.today ?? localToday();
  const issues = validatePolicy(parsed.json.value, file, parsed.json, { today });
  if (issues.length > 0) return { ok: false, issues };
  const policy = parsed.json.value as PracticePolicy;
  const warnings = policyWarnings(policy, { today, lawAsAt: options.lawAsAt });
  return { ok: true, policy, json: parsed.json, warnings: locateWarnings(warnings, file, parsed.json) };
}
