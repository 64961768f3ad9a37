// "Unknown is an answer": every unknown fact that some rule reads is replaced, in turn, by each of
// its possible values (numbers by representative values on each side of a threshold). The
// decision combines the outcomes of all resolutions (./assess.ts). Optional facts that are absent
// take the value their absence means (docs/incident-model.md); where absence means "unknown",
// they are enumerated like any other unknown.
import {
  BREACH_KIND_LABELS,
  PROTECTION_LABELS,
  RECIPIENT_LABELS,
  REMEDIATION_STATUS_LABELS,
} from './labels.ts';
import { SMALL_BUSINESS_CEILING } from './rules/coverage.ts';
import { getPath as get } from './questions/paths.ts';
import type { Resolved } from './resolved.ts';
import type { Incident, InformationKind } from './types.ts';
import { isInformationKind, isProtection, isRecord } from './guards.ts';
import { BREACH_KINDS, PROTECTIONS, RECIPIENTS, REMEDIATION_STATUSES } from './vocabulary.ts';

export interface Choice {
  value: unknown;
  /** The answer in plain words. */
  label: string;
}

export interface UnknownFact {
  /** Dotted path in the incident. */
  fact: string;
  question: string;
  /** A short noun phrase for "then it depends also on …". */
  topic: string;
  choices: Choice[];
  /** Whether this fact is open for this incident (absent optional facts included). */
  isOpen(incident: Incident): boolean;
  apply(r: Resolved, value: unknown): void;
}

const yesNo = (yes: string, no: string): Choice[] => [
  { value: true, label: yes },
  { value: false, label: no },
];

/** Representatives for an unknown element of `information.kinds`: one of each coverage/sensitivity class. */
export const UNKNOWN_KIND_CHOICES: { value: InformationKind; label: string }[] = [
  { value: 'health', label: 'health or other sensitive information' },
  { value: 'tfn', label: 'tax file numbers' },
  { value: 'credit_eligibility', label: 'credit eligibility information' },
  { value: 'identity', label: 'names with dates of birth or addresses' },
  { value: 'contact', label: 'contact details only' },
  { value: 'business_contact', label: 'work contact details only' },
  { value: 'employee_record', label: 'employee records only (no tax file numbers)' },
  { value: 'de_identified', label: 'de-identified data only' },
];

const isUnknownAt = (path: string) => (i: Incident) => get(i, path) === 'unknown';
/** Open when unknown, or when absent and absence means unknown. */
const isUnknownOrAbsentAt = (path: string) => (i: Incident) => {
  const v = get(i, path);
  return v === 'unknown' || v === undefined;
};

/**
 * A fact stored at its own path (most are): by default it is open when "unknown" there, and
 * `apply` sets the chosen value there.
 */
function fact(
  def: Omit<UnknownFact, 'apply' | 'isOpen'> & Partial<Pick<UnknownFact, 'apply' | 'isOpen'>>,
): UnknownFact {
  const dot = def.fact.lastIndexOf('.');
  const parents = dot < 0 ? [] : def.fact.slice(0, dot).split('.');
  const last = def.fact.slice(dot + 1);
  const apply = (r: Resolved, v: unknown) => {
    let node: unknown = r;
    for (const k of parents) node = isRecord(node) ? node[k] : undefined;
    if (!isRecord(node)) throw new Error(`unknowns: no object at ${def.fact}`);
    node[last] = v;
  };
  return { ...def, isOpen: def.isOpen ?? isUnknownAt(def.fact), apply: def.apply ?? apply };
}

const FACTS: UnknownFact[] = [
  fact({
    fact: 'entity.annualTurnover',
    topic: 'the turnover',
    question: 'Find out the annual turnover for the previous financial year.',
    choices: [
      { value: SMALL_BUSINESS_CEILING, label: '$3,000,000 or less' },
      { value: SMALL_BUSINESS_CEILING + 1, label: 'over $3,000,000' },
    ],
  }),
  fact({
    fact: 'breach.kind',
    topic: 'what happened',
    question: 'Find out what happened: was information accessed, disclosed, or lost?',
    choices: BREACH_KINDS.map((k) => ({ value: k, label: BREACH_KIND_LABELS[k] })),
  }),
  fact({
    fact: 'breach.personalInformationAccessed',
    topic: 'whether it was actually accessed',
    question:
      'Get the evidence (logs, a forensic report for a cyber attack, a verified recall): was personal information actually accessed, read or copied?',
    choices: yesNo('it was accessed or disclosed', 'reliable evidence shows it was not'),
  }),
  fact({
    fact: 'breach.accessLikelyAfterLoss',
    topic: 'whether someone is likely to get at what was lost',
    question:
      'For a loss: find out whether someone is likely to get at the information (or whether it was destroyed or is still in a place you control).',
    choices: yesNo('someone is likely to get at it', 'it was destroyed or is still under your control'),
  }),
  fact({
    fact: 'breach.alsoOutsideMyHealthRecord',
    topic: 'whether your own records were involved',
    question:
      'Find out whether your own records (outside the My Health Record system) were also involved: Part IIIC of the Privacy Act applies to them.',
    choices: yesNo('your own records were involved too', 'only the My Health Record system'),
    isOpen: (i) =>
      i.breach.myHealthRecord !== 'no' && isUnknownOrAbsentAt('breach.alsoOutsideMyHealthRecord')(i),
  }),
  fact({
    fact: 'breach.otherEntities.anotherEntityHasNotified',
    topic: 'whether the other organisation has already notified',
    question:
      'Find out whether the other organisation has already given the OAIC its statement and notified your patients too (get a copy).',
    choices: yesNo('it has, and its notice covered your patients', 'it has not'),
  }),
  fact({
    fact: 'information.kinds',
    topic: 'what kinds of information were involved',
    question: 'Find out exactly what kinds of information were involved.',
    choices: UNKNOWN_KIND_CHOICES,
    isOpen: (i) => i.information.kinds.includes('unknown'),
    apply: (r, v) => {
      // The incident's own "unknown" is dropped (it was carried into the copy), the chosen kind added.
      const kinds = r.information.kinds.filter(isInformationKind);
      if (isInformationKind(v) && !kinds.includes(v)) kinds.push(v);
      r.information.kinds = kinds;
    },
  }),
  fact({
    fact: 'information.employeeRecordsIncludeTfnOrPatientRecords',
    topic: 'whether the employee records hold tax file numbers or patient records',
    question:
      'Check the employee records involved: do they include tax file numbers, or a staff member’s own records as a patient?',
    choices: yesNo(
      'they include tax file numbers or a staff member’s patient records',
      'they hold only employment records, no tax file numbers',
    ),
    isOpen: (i) =>
      i.information.kinds.includes('employee_record') &&
      isUnknownOrAbsentAt('information.employeeRecordsIncludeTfnOrPatientRecords')(i),
  }),
  fact({
    fact: 'information.aboutPatients',
    topic: 'whose information it is',
    question: 'Find out whose information it is: your patients’ or clients’, or someone else’s?',
    choices: yesNo('it is about patients or clients', 'it is not about patients or clients'),
  }),
  fact({
    fact: 'information.heldForCarveInPurpose',
    topic: 'what the information was held for',
    question:
      'Find out whether the information was held for the Commonwealth contract or the AML/CTF work that brings you under the Act.',
    choices: yesNo('it was held for that purpose', 'it was held for other purposes'),
  }),
  fact({
    fact: 'information.vulnerableIndividuals',
    topic: 'whether any of the people are vulnerable',
    question:
      'Find out whether any of the people are vulnerable (children, family-violence risk, mental-health clients).',
    choices: yesNo('some are vulnerable', 'none are vulnerable'),
  }),
  fact({
    fact: 'protection',
    topic: 'how it was protected',
    question:
      'Find out how the information was protected (encryption, and whether the key or password was exposed).',
    choices: PROTECTIONS.map((p) => ({ value: p, label: PROTECTION_LABELS[p] })),
  }),
  fact({
    fact: 'obtainedInProtectedForm',
    topic: 'whether only encrypted data was obtained',
    question:
      'Find out whether what was obtained was only the encrypted data (an encrypted device, file or backup), or whether it could be read through a working system, account or session.',
    choices: yesNo(
      'only the encrypted data was obtained',
      'it could be read through a working system or account',
    ),
    // Absent means unknown except for a loss: the lost device or file is what `protection` describes.
    isOpen: (i) =>
      i.obtainedInProtectedForm === 'unknown' ||
      (i.obtainedInProtectedForm === undefined &&
        i.breach.kind !== 'loss' &&
        (i.protection === 'encrypted_key_secure' || i.protection === 'unknown')),
  }),
  fact({
    fact: 'recipient',
    topic: 'who has it',
    question: 'Find out who has, or could have, obtained the information.',
    choices: RECIPIENTS.map((p) => ({ value: p, label: RECIPIENT_LABELS[p] })),
  }),
  fact({
    fact: 'remediation.status',
    topic: 'what the remedial action achieved',
    question:
      'Find out what the remedial action achieved, and get the evidence (written confirmation of deletion, wipe logs, an audit log of the recall).',
    choices: REMEDIATION_STATUSES.map((p) => ({ value: p, label: REMEDIATION_STATUS_LABELS[p] })),
  }),
];

/**
 * When both the protection and whether only protected data was obtained are open, one fact with
 * five answers replaces them (the second only matters for encryption with a safe key): 5
 * resolutions instead of 8, and one plain question instead of two.
 */
const PROTECTION_AND_FORM: UnknownFact = {
  fact: 'protection',
  topic: 'how it was protected',
  question:
    'Find out how the information was protected (encryption, and whether the key or password was exposed), and whether what was obtained was only the encrypted data.',
  choices: PROTECTIONS.flatMap((p): Choice[] =>
    p === 'encrypted_key_secure'
      ? [
          { value: p, label: `${PROTECTION_LABELS[p]}, and only the encrypted data was obtained` },
          {
            value: { protection: p, obtainedInProtectedForm: false },
            label: 'Encrypted where it was stored, but it could be read through a working system or account',
          },
        ]
      : [{ value: p, label: PROTECTION_LABELS[p] }],
  ),
  isOpen: () => true,
  apply: (r, v) => {
    if (isProtection(v)) {
      r.protection = v;
      r.obtainedInProtectedForm = true;
    } else if (isRecord(v) && isProtection(v.protection) && typeof v.obtainedInProtectedForm === 'boolean') {
      r.protection = v.protection;
      r.obtainedInProtectedForm = v.obtainedInProtectedForm;
    } else throw new Error('unknowns: not a protection choice');
  },
};

/** The open facts of an incident that some rule reads, in a fixed order. */
export function unknownFacts(incident: Incident): UnknownFact[] {
  const open = FACTS.filter((f) => f.isOpen(incident));
  const protection = open.findIndex((f) => f.fact === 'protection');
  const form = open.findIndex((f) => f.fact === 'obtainedInProtectedForm');
  const facts =
    protection < 0 || form < 0
      ? open
      : open.filter((_, n) => n !== form).map((f, n) => (n === protection ? PROTECTION_AND_FORM : f));
  if (incident.obtainedInProtectedForm !== undefined) return facts;
  // Absent, it is open only because the kind may not be a loss; where the kind resolves to a loss,
  // absence means the lost device or file is what the protection describes (breach.kind is
  // applied first: it comes earlier in FACTS).
  return facts.map((f) =>
    f.fact === 'obtainedInProtectedForm' || f === PROTECTION_AND_FORM
      ? {
          ...f,
          apply: (r: Resolved, v: unknown) => {
            f.apply(r, v);
            if (r.breach.kind === 'loss') r.obtainedInProtectedForm = true;
          },
        }
      : f,
  );
}

/** A resolved copy: facts that are not unknown carried over, absent optional facts given what their absence means. */
function baseResolution(incident: Incident): Resolved {
  const copy = cloneResolved(incident as unknown as Resolved);
  const b = incident.breach;
  const info = incident.information;
  const known = <T>(v: T | 'unknown' | undefined, absent: T): T =>
    v === undefined || v === 'unknown' ? absent : v;
  copy.breach.alsoOutsideMyHealthRecord = b.alsoOutsideMyHealthRecord === true;
  copy.breach.accessLikelyAfterLoss = known(b.accessLikelyAfterLoss, true);
  copy.breach.otherEntities.anotherEntityHasNotified = known(b.otherEntities.anotherEntityHasNotified, false);
  copy.breach.cause = b.cause;
  copy.information.aboutPatients = known(info.aboutPatients, true);
  copy.information.employeeRecordsIncludeTfnOrPatientRecords = known(
    info.employeeRecordsIncludeTfnOrPatientRecords,
    false,
  );
  copy.information.heldForCarveInPurpose = known(info.heldForCarveInPurpose, true);
  copy.obtainedInProtectedForm = known(incident.obtainedInProtectedForm, true);
  return copy;
}

/**
 * Every combination of values of the unknown facts (the Cartesian product), in a fixed order: the
 * last fact varies fastest, the mixed-radix order `summary.ts` relies on.
 */
export function* resolutions(incident: Incident, facts = unknownFacts(incident)): Generator<Resolved> {
  const base = baseResolution(incident);
  const picks = facts.map(() => 0);
  while (true) {
    const r = cloneResolved(base);
    facts.forEach((f, n) => {
      const choice = f.choices[picks[n] ?? 0];
      if (choice === undefined) throw new Error(`unknowns: no choice ${picks[n]} for ${f.fact}`);
      f.apply(r, choice.value);
    });
    yield r;
    // The next combination: the last fact that has a next choice takes it, the ones after it restart.
    let k = facts.length - 1;
    for (; k >= 0; k--) {
      const next = (picks[k] ?? 0) + 1;
      if (next < (facts[k]?.choices.length ?? 0)) {
        picks[k] = next;
        break;
      }
      picks[k] = 0;
    }
    if (k < 0) return;
  }
}

/** A deep copy of the incident's own structure (much faster than structuredClone in this hot loop). */
function cloneResolved(r: Resolved): Resolved {
  return {
    ...r,
    entity: { ...r.entity, carveIns: [...r.entity.carveIns] },
    breach: {
      ...r.breach,
      ransomware: { ...r.breach.ransomware },
      otherEntities: { ...r.breach.otherEntities },
    },
    information: { ...r.information, kinds: [...r.information.kinds] },
    remediation: { ...r.remediation, actions: [...r.remediation.actions] },
  };
}
