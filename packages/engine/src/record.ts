// Decision records: { incident, decision, now, rulesVersion } with a SHA-256 over its canonical
// JSON (RFC 8785 JCS), computed with Web Crypto so it works the same in Node and in browsers.
// verifyRecord recomputes the hash and re-runs the engine on the recorded incident and time.
import { assess } from './assess.ts';
import type { Decision, DecisionRecord, Incident } from './types.ts';
import { RULES_VERSION } from './version.ts';

/** RFC 8785 canonical JSON: sorted keys (UTF-16 order), ECMAScript number and string forms. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonical JSON cannot represent a non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value))
    return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new TypeError(`canonical JSON cannot represent a ${typeof value}`);
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function createRecord(
  incident: Incident,
  decision: Decision,
  now: string,
): Promise<DecisionRecord> {
  const record = { incident, decision, now, rulesVersion: decision.rulesVersion };
  return {
    recordVersion: 1,
    record,
    hash: {
      algorithm: 'SHA-256',
      canonicalization: 'RFC 8785 (JCS)',
      value: await sha256Hex(canonicalJson(record)),
    },
  };
}

/** Assess and wrap the result in a record, in one call. */
export async function assessAndRecord(incident: Incident, options: { now: string }): Promise<DecisionRecord> {
  return createRecord(incident, assess(incident, options), options.now);
}

export interface Verification {
  ok: boolean;
  hashMatches: boolean;
  /** Re-running the current engine on the recorded incident gives the recorded decision. */
  decisionReproduced: boolean;
  sameRulesVersion: boolean;
  problems: string[];
}

export async function verifyRecord(input: unknown): Promise<Verification> {
  const problems: string[] = [];
  const r = input as Partial<DecisionRecord> | null;
  if (!r || typeof r !== 'object' || !r.record || !r.hash || typeof r.hash.value !== 'string') {
    return {
      ok: false,
      hashMatches: false,
      decisionReproduced: false,
      sameRulesVersion: false,
      problems: ['not a decision record (needs record and hash)'],
    };
  }
  const hashMatches = (await sha256Hex(canonicalJson(r.record))) === r.hash.value.toLowerCase();
  if (!hashMatches)
    problems.push('the hash does not match the record: it has been changed since it was made');
  const sameRulesVersion = r.record.rulesVersion === RULES_VERSION;
  if (!sameRulesVersion)
    problems.push(`made with rules ${r.record.rulesVersion}; this engine has rules ${RULES_VERSION}`);
  let decisionReproduced = false;
  try {
    const again = assess(r.record.incident, { now: r.record.now });
    decisionReproduced = canonicalJson(again) === canonicalJson(r.record.decision);
    if (!decisionReproduced)
      problems.push('re-running the engine on the recorded incident gives a different decision');
  } catch (error) {
    problems.push(
      `the recorded incident cannot be re-assessed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return {
    ok: hashMatches && decisionReproduced,
    hashMatches,
    decisionReproduced,
    sameRulesVersion,
    problems,
  };
}
