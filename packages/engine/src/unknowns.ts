// "Unknown is an answer": every unknown fact that some rule reads is replaced, in turn, by each of
// its possible values (numbers by representative values on each side of a threshold). The
// decision combines the outcomes of all resolutions (./assess.ts).
import { SMALL_BUSINESS_CEILING } from './rules/coverage.ts';
import type { Resolved } from './resolved.ts';
import type { Incident, InformationKind } from './types.ts';
import { BREACH_KINDS, PROTECTIONS, RECIPIENTS, REMEDIATION_STATUSES } from './vocabulary.ts';

export interface Choice {
  value: unknown;
  label: string;
}

export interface UnknownFact {
  /** Dotted path in the incident. */
  fact: string;
  question: string;
  choices: Choice[];
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
  { value: 'employee_record', label: 'employee records only' },
  { value: 'de_identified', label: 'de-identified data only' },
];

const FACTS: UnknownFact[] = [
  {
    fact: 'entity.annualTurnover',
    question: 'Find out the annual turnover for the previous financial year.',
    choices: [
      { value: SMALL_BUSINESS_CEILING, label: '$3,000,000 or less' },
      { value: SMALL_BUSINESS_CEILING + 1, label: 'over $3,000,000' },
    ],
    apply: (r, v) => {
      r.entity.annualTurnover = v as number;
    },
  },
  {
    fact: 'breach.kind',
    question: 'Find out what happened: was information accessed, disclosed, or lost?',
    choices: BREACH_KINDS.map((k) => ({ value: k, label: k.replaceAll('_', ' ') })),
    apply: (r, v) => {
      r.breach.kind = v as Resolved['breach']['kind'];
    },
  },
  {
    fact: 'breach.personalInformationAccessed',
    question:
      'Check the logs (or other reliable evidence): was personal information actually accessed, read or copied?',
    choices: yesNo('it was accessed or disclosed', 'reliable evidence shows it was not'),
    apply: (r, v) => {
      r.breach.personalInformationAccessed = v as boolean;
    },
  },
  {
    fact: 'breach.alsoOutsideMyHealthRecord',
    question: 'Find out whether information held outside the My Health Record system was also involved.',
    choices: yesNo('other records were involved too', 'only the My Health Record system'),
    apply: (r, v) => {
      r.breach.alsoOutsideMyHealthRecord = v as boolean;
    },
  },
  {
    fact: 'information.kinds',
    question: 'Find out exactly what kinds of information were involved.',
    choices: UNKNOWN_KIND_CHOICES,
    apply: (r, v) => {
      const kinds = r.information.kinds.filter((k) => (k as string) !== 'unknown');
      if (!kinds.includes(v as InformationKind)) kinds.push(v as InformationKind);
      r.information.kinds = kinds;
    },
  },
  {
    fact: 'information.vulnerableIndividuals',
    question:
      'Find out whether any of the people are vulnerable (children, family-violence risk, mental-health clients).',
    choices: yesNo('some are vulnerable', 'none are vulnerable'),
    apply: (r, v) => {
      r.information.vulnerableIndividuals = v as boolean;
    },
  },
  {
    fact: 'protection',
    question:
      'Find out how the information was protected (encryption, and whether the key or password was exposed).',
    choices: PROTECTIONS.map((p) => ({ value: p, label: p.replaceAll('_', ' ') })),
    apply: (r, v) => {
      r.protection = v as Resolved['protection'];
    },
  },
  {
    fact: 'recipient',
    question: 'Find out who has, or could have, obtained the information.',
    choices: RECIPIENTS.map((p) => ({ value: p, label: p.replaceAll('_', ' ') })),
    apply: (r, v) => {
      r.recipient = v as Resolved['recipient'];
    },
  },
  {
    fact: 'remediation.status',
    question:
      'Confirm whether the remedial action worked (for example written confirmation of deletion, or wipe logs).',
    choices: REMEDIATION_STATUSES.map((p) => ({ value: p, label: p.replaceAll('_', ' ') })),
    apply: (r, v) => {
      r.remediation.status = v as Resolved['remediation']['status'];
    },
  },
];

function isUnknown(incident: Incident, fact: string): boolean {
  if (fact === 'information.kinds') return incident.information.kinds.includes('unknown');
  if (fact === 'breach.alsoOutsideMyHealthRecord') {
    return incident.breach.myHealthRecord !== 'no' && incident.breach.alsoOutsideMyHealthRecord === 'unknown';
  }
  const [head, tail] = fact.split('.') as [string, string | undefined];
  const v =
    tail === undefined
      ? (incident as never)[head]
      : (incident as never as Record<string, Record<string, unknown>>)[head]?.[tail];
  return v === 'unknown';
}

/** The unknown facts of an incident that some rule reads, in a fixed order. */
export function unknownFacts(incident: Incident): UnknownFact[] {
  return FACTS.filter((f) => isUnknown(incident, f.fact));
}

/** A resolved copy with the facts that are not unknown carried over. */
function baseResolution(incident: Incident): Resolved {
  const copy = cloneResolved(incident as unknown as Resolved);
  const b = incident.breach;
  copy.breach.alsoOutsideMyHealthRecord = b.alsoOutsideMyHealthRecord === true;
  copy.breach.cause = b.cause;
  return copy;
}

export interface Resolution {
  resolved: Resolved;
  /** The value chosen for each unknown fact, by index in unknownFacts(). */
  picks: number[];
}

/** Every combination of values of the unknown facts (the Cartesian product), in a fixed order. */
export function* resolutions(incident: Incident, facts = unknownFacts(incident)): Generator<Resolution> {
  const base = baseResolution(incident);
  const picks = facts.map(() => 0);
  while (true) {
    const r = cloneResolved(base);
    facts.forEach((f, n) => {
      f.apply(r, (f.choices[picks[n] as number] as Choice).value);
    });
    yield { resolved: r, picks: [...picks] };
    let k = facts.length - 1;
    while (k >= 0 && (picks[k] as number) === (facts[k] as UnknownFact).choices.length - 1) {
      picks[k] = 0;
      k--;
    }
    if (k < 0) return;
    picks[k] = (picks[k] as number) + 1;
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
