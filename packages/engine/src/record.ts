// Decision records: { incident, decision, now, rulesVersion } with a SHA-256 over canonical JSON
// (RFC 8785 JCS), computed with Web Crypto so it works the same in Node and in browsers. Since
// record format 2 the hash covers the whole envelope — recordVersion, the hash's algorithm and
// canonicalization labels, the record, and any other field — everything but hash.value itself;
// format 1 hashed the inner record only and is still verified, with a note saying so.
// verifyRecord recomputes the hash and re-runs the engine on the recorded incident and time.
// What the hash proves (accidental or casual change) and what it cannot (a forger who re-hashes)
// is in docs/incident-model.md.
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

/** The record format createRecord writes; verifyRecord reads this one and every earlier one. */
export const RECORD_VERSION = 2;
const ALGORITHM = 'SHA-256';
const CANONICALIZATION = 'RFC 8785 (JCS)';

/** What a format-2 hash covers: the whole envelope except the hash value itself. */
function hashedText(envelope: Record<string, unknown>): string {
  const { value: _value, ...labels } = (envelope.hash ?? {}) as Record<string, unknown>;
  return canonicalJson({ ...envelope, hash: labels });
}

/**
 * The SHA-256 a record should carry, by its own format: over the whole envelope but hash.value
 * (format 2), or over the inner record (format 1). Throws for a value canonical JSON cannot hold.
 */
export async function expectedRecordHash(
  envelope: DecisionRecord | Record<string, unknown>,
): Promise<string> {
  const e = envelope as Record<string, unknown>;
  return sha256Hex(e.recordVersion === 1 ? canonicalJson(e.record) : hashedText(e));
}

export async function createRecord(
  incident: Incident,
  decision: Decision,
  now: string,
): Promise<DecisionRecord> {
  const record = { incident, decision, now, rulesVersion: decision.rulesVersion };
  const envelope = {
    recordVersion: RECORD_VERSION,
    record,
    hash: { algorithm: ALGORITHM, canonicalization: CANONICALIZATION },
  } as const;
  return { ...envelope, hash: { ...envelope.hash, value: await sha256Hex(hashedText(envelope)) } };
}

/** Assess and wrap the result in a record, in one call. */
export async function assessAndRecord(incident: Incident, options: { now: string }): Promise<DecisionRecord> {
  return createRecord(incident, assess(incident, options), options.now);
}

export interface Verification {
  ok: boolean;
  /** The record format it was made with (1 or 2), when it is one this engine reads. */
  recordVersion?: number;
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
  const fail = (problem: string): Verification => ({
    ok: false,
    hashMatches: false,
    decisionReproduced: false,
    sameRulesVersion: false,
    problems: [problem],
  });
  const version = (r as { recordVersion?: unknown }).recordVersion;
  if (version !== 1 && version !== RECORD_VERSION)
    return fail(
      `made with record format ${JSON.stringify(version ?? null)}; this ndb reads formats 1 and ${RECORD_VERSION}`,
    );
  // The labels are not decoration: a record that says it is hashed some other way is not verified.
  if (r.hash.algorithm !== ALGORITHM || r.hash.canonicalization !== CANONICALIZATION)
    return fail(
      `its hash is labelled ${JSON.stringify(r.hash.algorithm)} / ${JSON.stringify(r.hash.canonicalization)}; ndb makes and checks only ${ALGORITHM} over ${CANONICALIZATION}`,
    );
  let expected: string;
  try {
    expected = await expectedRecordHash(r as DecisionRecord);
  } catch (error) {
    return fail(`the record cannot be hashed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const hashMatches = expected === r.hash.value.toLowerCase();
  if (!hashMatches)
    problems.push('the hash does not match the record: it has been changed since it was made');
  if (version === 1)
    problems.push(
      'made with record format 1, whose hash covers the recorded incident, decision, time and rules version but not the record format or the hash labels',
    );
  const sameRulesVersion = r.record.rulesVersion === RULES_VERSION;
  if (!sameRulesVersion)
    problems.push(
      `made with other rules (version ${JSON.stringify(r.record.rulesVersion)}); this ndb has rules ${RULES_VERSION}, and re-ran the decision with them`,
    );
  let decisionReproduced = false;
  try {
    const again = assess(r.record.incident, { now: r.record.now });
    decisionReproduced = canonicalJson(again) === canonicalJson(r.record.decision);
    if (!decisionReproduced)
      problems.push(
        sameRulesVersion
          ? 're-running the engine on the recorded incident gives a different decision'
          : 'the current rules give a different decision from the rules it was made with; the record shows what those rules decided — assess the incident again for what the current rules say',
      );
  } catch (error) {
    problems.push(
      `the recorded incident cannot be re-assessed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return {
    ok: hashMatches && decisionReproduced,
    recordVersion: version,
    hashMatches,
    decisionReproduced,
    sameRulesVersion,
    problems,
  };
}
