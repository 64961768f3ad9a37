// Step 4 — would a reasonable person in the entity's position conclude serious harm is likely?
// The s 26WG(c)–(j) matters as a transparent factor table, then one small matrix that combines
// how sensitive the information is with how exposed it is. "Likely" means more probable than not.
import { type CitationKey, cite } from '../citations.ts';
import type { Resolved } from '../resolved.ts';
import type { HarmFactor, HarmFactorId, InformationKind, Protection, Recipient, Step } from '../types.ts';
import { HARM_FACTOR_IDS } from '../vocabulary.ts';
import { KIND_LABELS } from './coverage.ts';

export type Likelihood = 'likely' | 'uncertain' | 'not_likely';

/** Sensitivity tiers of information kinds (s 26WG(c), (d)). Highest tier present wins. */
export const SENSITIVITY: Record<InformationKind, 0 | 1 | 2 | 3> = {
  health: 3, // health information is sensitive information
  sensitive: 3,
  government_identifier: 3,
  tfn: 3,
  financial: 3,
  credit_eligibility: 3,
  credentials: 3,
  identity: 2, // enough to attempt identity theft
  employee_record: 2,
  contact: 1,
  business_contact: 0,
  publicly_available: 0,
  de_identified: 0,
};

/** Exposure: who has or could obtain it, and whether the protection holds (s 26WG(e)–(h)). */
export type Exposure = 'contained' | 'benign' | 'uncertain' | 'hostile';

const RECIPIENT_EXPOSURE: Record<Recipient, Exposure> = {
  trusted_recipient: 'benign',
  own_staff_accidental: 'benign',
  none_known: 'uncertain',
  unintended_individual: 'uncertain',
  unauthorised_staff: 'hostile',
  malicious_or_unknown: 'hostile',
  hostile_known_person: 'hostile',
  public: 'hostile',
};

/** Rows: sensitivity tier 0–3; columns: exposure. Monotone in both directions by construction. */
const MATRIX: Record<0 | 1 | 2 | 3, Record<Exposure, Likelihood>> = {
  3: { contained: 'not_likely', benign: 'not_likely', uncertain: 'likely', hostile: 'likely' },
  2: { contained: 'not_likely', benign: 'not_likely', uncertain: 'uncertain', hostile: 'likely' },
  1: { contained: 'not_likely', benign: 'not_likely', uncertain: 'not_likely', hostile: 'uncertain' },
  0: { contained: 'not_likely', benign: 'not_likely', uncertain: 'not_likely', hostile: 'not_likely' },
};

export function sensitivityTier(i: Resolved, kinds: InformationKind[]): 0 | 1 | 2 | 3 {
  const base = Math.max(0, ...kinds.map((k) => SENSITIVITY[k]));
  // Children, family-violence risk, mental-health clients: the same information can do more harm.
  return Math.min(3, base + (i.information.vulnerableIndividuals ? 1 : 0)) as 0 | 1 | 2 | 3;
}

/**
 * The protection that applies to what was obtained (s 26WG(e)–(h)). Encryption protects a lost
 * device that was locked or off, or an encrypted file that was copied or sent; it does nothing for
 * information read through a live system, account or session where it is decrypted (including a
 * device lost while unlocked).
 */
export function effectiveProtection(i: Resolved): Protection {
  return i.obtainedInProtectedForm ? i.protection : 'none';
}

export function exposure(i: Resolved): Exposure {
  if (effectiveProtection(i) === 'encrypted_key_secure') return 'contained';
  return RECIPIENT_EXPOSURE[i.recipient];
}

interface FactorRule {
  factor: HarmFactorId;
  citation: CitationKey;
  evaluate(
    i: Resolved,
    kinds: InformationKind[],
  ): Pick<HarmFactor, 'effect' | 'note'> & { also?: CitationKey[] };
}

/** Protection that was in place but did not cover what was obtained. */
function bypassed(i: Resolved): boolean {
  return i.protection !== 'none' && effectiveProtection(i) === 'none';
}
const BYPASSED_NOTE =
  'It was protected where it was stored, but what was obtained could be read (through a working system, account or session), so the protection did not cover it.';

const RECIPIENT_NOTES: Record<Recipient, string> = {
  malicious_or_unknown: 'An attacker, thief or unknown person may have it: assume intent to misuse.',
  hostile_known_person:
    'A known person with a motive to cause harm (for example an estranged partner) may have it.',
  unauthorised_staff: 'Staff without a legitimate need went looking for it.',
  own_staff_accidental:
    'Only the practice’s own staff saw it, by accident, and did not use or share it; they are bound by their duties of confidentiality.',
  unintended_individual:
    'It reached an unintended person with no known motive; they could still read and share it.',
  trusted_recipient: 'The recipient is bound by confidentiality (for example another health provider).',
  public: 'It is, or was, openly available to anyone.',
  none_known: 'Nobody is known to have it, but whoever finds it could read it.',
};

/** The s 26WG factor table: one rule per factor id (a new id in HARM_FACTOR_IDS fails to compile here). */
const FACTOR_RULES: Record<HarmFactorId, Omit<FactorRule, 'factor'>> = {
  kind_of_information: {
    citation: 's26WG(c)',
    evaluate: (_i, kinds) => {
      const top = Math.max(0, ...kinds.map((k) => SENSITIVITY[k]));
      return { effect: top >= 2 ? 'raises' : top === 0 ? 'lowers' : 'neutral', note: kindsNote(kinds) };
    },
  },
  sensitivity: {
    citation: 's26WG(d)',
    evaluate: (i, kinds) => {
      const sensitive = kinds.some((k) => k === 'health' || k === 'sensitive');
      if (sensitive && i.information.vulnerableIndividuals)
        return {
          effect: 'raises',
          note: 'Health or sensitive information about people who are vulnerable.',
          also: ['s6(1)'],
        };
      if (sensitive)
        return {
          effect: 'raises',
          note: 'Health information is sensitive information, which attracts the highest protection.',
          also: ['s6(1)'],
        };
      if (i.information.vulnerableIndividuals)
        return { effect: 'raises', note: 'Some of the people are vulnerable.' };
      return { effect: 'neutral', note: 'No health or sensitive information.' };
    },
  },
  security_measures: {
    citation: 's26WG(e)',
    evaluate: (i) =>
      bypassed(i)
        ? { effect: 'raises', note: BYPASSED_NOTE }
        : i.protection === 'none'
          ? { effect: 'raises', note: 'No security measure protected it.' }
          : i.protection === 'password_only'
            ? { effect: 'neutral', note: 'Only a password or PIN protected it.' }
            : i.protection === 'encrypted_key_secure'
              ? { effect: 'lowers', note: 'It was encrypted.' }
              : { effect: 'raises', note: 'It was encrypted, but the key or password was exposed too.' },
  },
  measures_overcome: {
    citation: 's26WG(f)',
    evaluate: (i) =>
      bypassed(i)
        ? { effect: 'neutral', note: 'The protection was not in the way of what was obtained.' }
        : i.protection === 'password_only'
          ? {
              effect: 'raises',
              note: 'A device password without encryption can be bypassed by removing the disk.',
            }
          : i.protection === 'encrypted_key_secure'
            ? { effect: 'lowers', note: 'Strong encryption is unlikely to be overcome.' }
            : {
                effect: 'neutral',
                note: i.protection === 'none' ? 'Nothing to overcome.' : 'The measure is already defeated.',
              },
  },
  recipients: {
    citation: 's26WG(g)',
    evaluate: (i) => {
      const e = RECIPIENT_EXPOSURE[i.recipient];
      return {
        effect: e === 'hostile' ? 'raises' : e === 'benign' ? 'lowers' : 'neutral',
        note: RECIPIENT_NOTES[i.recipient],
      };
    },
  },
  circumvention_knowledge: {
    citation: 's26WG(h)',
    evaluate: (i) =>
      bypassed(i) && i.protection.startsWith('encrypted')
        ? {
            effect: 'raises',
            note: 'The encryption did not cover what was obtained, so the key does not matter.',
          }
        : i.protection === 'encrypted_key_secure'
          ? { effect: 'lowers', note: 'The key was not obtained, so those who have the data cannot read it.' }
          : i.protection === 'encrypted_key_compromised'
            ? { effect: 'raises', note: 'Encrypted data with its key is treated as unencrypted.' }
            : { effect: 'neutral', note: 'No encryption was used.' },
  },
  nature_of_harm: {
    citation: 's26WG(i)',
    evaluate: (_i, kinds) => {
      const harms: string[] = [];
      if (kinds.some((k) => k === 'health' || k === 'sensitive'))
        harms.push('psychological and emotional harm, discrimination, humiliation');
      if (
        kinds.some((k) =>
          [
            'tfn',
            'financial',
            'credit_eligibility',
            'credentials',
            'government_identifier',
            'identity',
          ].includes(k),
        )
      )
        harms.push('identity theft and financial loss');
      if (kinds.includes('contact')) harms.push('scams and unwanted contact');
      return harms.length > 0
        ? {
            effect: harms.length > 1 || !harms.includes('scams and unwanted contact') ? 'raises' : 'neutral',
            note: `Possible harm: ${harms.join('; ')}.`,
          }
        : { effect: 'lowers', note: 'Little harm is foreseeable from this information.' };
    },
  },
  other_matters: {
    citation: 's26WG(j)',
    evaluate: (i) => {
      if (i.remediation.status === 'partial')
        return {
          effect: 'lowers',
          note: 'Some remedial action reduced the risk, but not enough on its own.',
        };
      if (i.information.kinds.includes('publicly_available'))
        return { effect: 'lowers', note: 'Some of it was already lawfully public.' };
      return { effect: 'neutral', note: 'No other matter changes the assessment.' };
    },
  },
};

/** The factor table in the order of the Act (HARM_FACTOR_IDS). */
export const HARM_FACTORS: FactorRule[] = HARM_FACTOR_IDS.map((factor) => ({
  factor,
  ...FACTOR_RULES[factor],
}));

/** The same few kind lists recur across resolutions: build each note once (see summary.ts). */
const KINDS_NOTES = new Map<string, string>();
function kindsNote(kinds: InformationKind[]): string {
  const key = kinds.join();
  let note = KINDS_NOTES.get(key);
  if (note === undefined) {
    note = `Kinds involved: ${kinds.map((k) => KIND_LABELS[k]).join('; ') || 'none in scope'}.`;
    if (KINDS_NOTES.size < 1000) KINDS_NOTES.set(key, note);
  }
  return note;
}

const TIER_WORDS = ['low', 'moderate', 'elevated', 'high'] as const;
const EXPOSURE_WORDS: Record<Exposure, string> = {
  contained: 'protected so that nobody who has it can read it',
  benign: 'only with a recipient bound by confidentiality',
  uncertain: 'in the hands of someone with no known motive',
  hostile: 'in the hands of someone who may misuse it',
};
const VERDICT: Record<Likelihood, string> = {
  likely: 'a reasonable person would conclude serious harm is likely',
  uncertain: 'it is not clear either way whether serious harm is likely',
  not_likely: 'a reasonable person would conclude serious harm is not likely',
};
/** Every harm finding, built once: `${tier}|${exposure}` → sentence. */
const HARM_FINDINGS = new Map<string, string>(
  ([0, 1, 2, 3] as const).flatMap((tier) =>
    (Object.keys(EXPOSURE_WORDS) as Exposure[]).map((exp): [string, string] => [
      `${tier}|${exp}`,
      `Information of ${TIER_WORDS[tier]} sensitivity is ${EXPOSURE_WORDS[exp]}: ${VERDICT[MATRIX[tier][exp]]}.`,
    ]),
  ),
);

export interface HarmResult {
  likelihood: Likelihood;
  factors: HarmFactor[];
  step: Step;
}

export function seriousHarm(i: Resolved, kinds: InformationKind[]): HarmResult {
  const factors = HARM_FACTORS.map((f): HarmFactor => {
    const r = f.evaluate(i, kinds);
    const citations = [cite(f.citation)];
    if (r.also) for (const k of r.also) citations.push(cite(k));
    return { factor: f.factor, effect: r.effect, note: r.note, citations };
  });
  const tier = sensitivityTier(i, kinds);
  const exp = exposure(i);
  const likelihood = MATRIX[tier][exp];
  return {
    likelihood,
    factors,
    step: {
      id: 'harm',
      finding: HARM_FINDINGS.get(`${tier}|${exp}`) as string,
      citations: harmCitations(factors),
    },
  };
}

/** The paragraphs that moved the result; all of (c)–(j) if none did. */
function harmCitations(factors: HarmFactor[]): string[] {
  const moving = factors.filter((f) => f.effect === 'raises' || f.effect === 'lowers');
  return (moving.length > 0 ? moving : factors).map((f) => f.citations[0] as string);
}
