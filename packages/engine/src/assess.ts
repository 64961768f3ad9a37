// assess(incident, { now }) — the engine's one entry point. Pure: no clock, no I/O, no randomness.
// It evaluates every resolution of the unknown facts (./unknowns.ts), combines the outcomes
// (./combine.ts), and explains the result in cited steps.
import { combineOutcomes } from './combine.ts';
import { OFFICIAL_CONTACTS } from './contacts.ts';
import { formatDate, isIsoDateTime } from './dates.ts';
import { type Evaluation, evaluate } from './evaluate.ts';
import { keepRecord, partIIICObligations } from './obligations.ts';
import type {
  AssessOptions,
  ChannelResult,
  Decision,
  HarmFactor,
  Incident,
  InformationKind,
  Obligation,
  Outcome,
  Step,
  StepId,
  UnknownThatMatters,
} from './types.ts';
import { type UnknownFact, resolutions, unknownFacts } from './unknowns.ts';
import { LAW_AS_AT, NOT_ADVICE, RULES_VERSION } from './version.ts';
import { OBLIGATION_IDS, OUTCOME_RANK } from './vocabulary.ts';

const STEP_ORDER: StepId[] = [
  'coverage',
  'my_health_record',
  'breach',
  'harm',
  'remediation',
  'exceptions',
  'certainty',
];

/** The strongest outcome across the notification channels of one resolution. */
function overall(e: Evaluation): Outcome {
  const channel = [e.ndb, e.mhr].filter((o): o is Outcome => o !== 'not_applicable');
  return channel.reduce((a, b) => (OUTCOME_RANK[b] > OUTCOME_RANK[a] ? b : a), 'not_covered' as Outcome);
}

interface Run {
  picks: number[];
  actual: Evaluation;
  /** The outcomes once the facts are established (grounds to believe): used to say what each answer would mean. */
  established: Outcome;
  establishedNdb: Outcome | 'not_applicable';
}

export function assess(incident: Incident, options: AssessOptions): Decision {
  if (!options || typeof options.now !== 'string' || !isIsoDateTime(options.now)) {
    throw new TypeError(
      'assess needs options.now as an ISO 8601 date-time with an offset, e.g. 2025-06-02T11:00:00+10:00',
    );
  }
  const facts = unknownFacts(incident);
  const runs: Run[] = [];
  for (const { resolved, picks } of resolutions(incident, facts)) {
    const actual = evaluate(resolved);
    const settled =
      resolved.breach.certainty === 'believed'
        ? actual
        : evaluate({ ...resolved, breach: { ...resolved.breach, certainty: 'believed' } });
    runs.push({ picks, actual, established: overall(settled), establishedNdb: settled.ndb });
  }

  const outcome = combineOutcomes(runs.map((r) => overall(r.actual)));
  const ndbOutcome = combineOutcomes(runs.map((r) => r.actual.ndb));
  const mhrOutcome = combineOutcomes(runs.map((r) => r.actual.mhr));
  const channels: ChannelResult[] = [
    { id: 'part_iiic', outcome: ndbOutcome },
    { id: 'mhr_s75', outcome: mhrOutcome },
  ];
  const unknownsThatMatter = explainUnknowns(facts, runs);
  const someExcluded = runs.every((r) => r.actual.remedialEffect === 'some_excluded');
  const obligations = sortObligations([
    ...partIIICObligations(incident, ndbOutcome, options.now, someExcluded),
    ...mergeOtherObligations(runs),
    keepRecord(),
  ]);
  const knownKinds = new Set(incident.information.kinds);
  const setAsideKinds = [...new Set(runs.flatMap((r) => r.actual.setAside))].filter((k) => knownKinds.has(k));
  const steps = mergeSteps(
    runs,
    unknownsThatMatter.length > 0 ? unknownsThatMatter : facts.map((f) => ({ fact: f.fact })),
  );

  return {
    outcome,
    ndbOutcome,
    channels,
    headline: headline(outcome, ndbOutcome, mhrOutcome, obligations),
    steps,
    harmFactors: mergeHarmFactors(runs),
    unknownsThatMatter,
    setAsideKinds: setAsideKinds as InformationKind[],
    obligations,
    nextSteps: nextSteps(incident, outcome, ndbOutcome, runs, unknownsThatMatter),
    notAdvice: NOT_ADVICE,
    rulesVersion: RULES_VERSION,
    lawAsAt: LAW_AS_AT,
  };
}

function explainUnknowns(facts: UnknownFact[], runs: Run[]): UnknownThatMatters[] {
  return facts.flatMap((fact, index) => {
    const chosen = fact.choices.map((_, c) => runs.filter((r) => r.picks[index] === c));
    const byChoice = chosen.map((rs) => new Set(rs.map((r) => r.established)));
    const ndbByChoice = chosen.map((rs) => new Set(rs.map((r) => r.establishedNdb)));
    const signature = (c: number) =>
      `${[...(byChoice[c] as Set<string>)].sort()}|${[...(ndbByChoice[c] as Set<string>)].sort()}`;
    if (new Set(fact.choices.map((_, c) => signature(c))).size <= 1) return [];
    return [
      {
        fact: fact.fact,
        question: fact.question,
        ifThen: fact.choices.map((choice, c) => {
          const set = byChoice[c] as Set<Outcome>;
          const ndbSet = ndbByChoice[c] as Set<Outcome | 'not_applicable'>;
          const single = set.size === 1 && ndbSet.size === 1 ? ([...set][0] as Outcome) : undefined;
          return {
            value: choice.value,
            label: single
              ? choice.label
              : `${choice.label} (then it also depends on the other open questions)`,
            outcome: single ?? 'assess',
            ndbOutcome: ndbSet.size === 1 ? ([...ndbSet][0] as Outcome | 'not_applicable') : 'assess',
          };
        }),
      },
    ];
  });
}

function mergeSteps(runs: Run[], open: { fact: string }[]): Step[] {
  const steps: Step[] = [];
  for (const id of STEP_ORDER) {
    const distinct = new Set<string>();
    const citations = new Set<string>();
    let reached = false;
    for (const r of runs) {
      const s = r.actual.steps.find((x) => x.id === id);
      distinct.add(s?.finding ?? '');
      if (!s) continue;
      reached = true;
      for (const c of s.citations) citations.add(c);
    }
    if (!reached) continue;
    if (distinct.size === 1) {
      steps.push({ id, finding: [...distinct][0] as string, citations: [...citations] });
      continue;
    }
    steps.push({
      id,
      finding: `Not settled yet: it depends on ${open.map((o) => o.fact).join(', ')}.`,
      citations: [...citations],
      alternatives: [...distinct].map((f) => f || 'This step is not reached.').slice(0, 8),
    });
  }
  return steps;
}

function mergeHarmFactors(runs: Run[]): HarmFactor[] {
  const withFactors = runs.filter((r) => r.actual.harmFactors.length > 0);
  if (withFactors.length === 0) return [];
  const first = (withFactors[0] as Run).actual.harmFactors;
  return first.map((f, n) => {
    const effects = new Set<string>();
    const noteSet = new Set<string>();
    for (const r of withFactors) {
      const v = r.actual.harmFactors[n] as HarmFactor;
      effects.add(v.effect);
      noteSet.add(v.note);
    }
    if (effects.size === 1 && noteSet.size === 1) return f;
    const notes = [...noteSet].slice(0, 3);
    return {
      factor: f.factor,
      effect: 'depends',
      note: `Depends on facts not yet known. ${notes.join(' Or: ')}`,
      citations: f.citations,
    };
  });
}

function mergeOtherObligations(runs: Run[]): Obligation[] {
  const byId = new Map<string, { obligation: Obligation; count: number }>();
  for (const r of runs) {
    for (const o of r.actual.obligations) {
      const entry = byId.get(o.id);
      if (entry) entry.count++;
      else byId.set(o.id, { obligation: o, count: 1 });
    }
  }
  return [...byId.values()].map(({ obligation, count }) =>
    count === runs.length ? obligation : { ...obligation, conditional: true },
  );
}

function sortObligations(list: Obligation[]): Obligation[] {
  return list.sort((a, b) => OBLIGATION_IDS.indexOf(a.id) - OBLIGATION_IDS.indexOf(b.id));
}

function headline(
  outcome: Outcome,
  ndb: Decision['ndbOutcome'],
  mhr: string,
  obligations: Obligation[],
): string {
  const due = obligations.find((o) => o.id === 'complete_assessment')?.dueDate;
  if (outcome === 'notify' && ndb === 'notify')
    return mhr === 'notify'
      ? 'Notify: this is a notifiable data breach and a My Health Record breach. Tell the OAIC, the affected people and the Australian Digital Health Agency as soon as practicable.'
      : 'Notify: this is a notifiable data breach. Give a statement to the OAIC and tell the affected people as soon as practicable.';
  if (outcome === 'notify')
    return 'Notify under the My Health Records Act: tell the Australian Digital Health Agency (and the OAIC, unless you are a state body) as soon as practicable.';
  if (outcome === 'assess')
    return `Assess: you have grounds to suspect a notifiable data breach. Finish a quick, documented assessment by ${due ? formatDate(due) : 'the 30-day deadline'}, and notify as soon as you have grounds to believe it.`;
  if (outcome === 'not_notifiable')
    return 'Not notifiable: on these facts this is not an eligible data breach. Record your assessment and the evidence it rests on.';
  return 'Not covered: Part IIIC of the Privacy Act does not apply to this entity or this information. Check the other duties listed below.';
}

function nextSteps(
  incident: Incident,
  outcome: Outcome,
  ndb: Decision['ndbOutcome'],
  runs: Run[],
  unknowns: UnknownThatMatters[],
): string[] {
  const steps: string[] = [
    'Contain it now: stop further access (reset passwords, revoke sessions, recall or retrieve what you can), and preserve evidence (logs, emails, screenshots).',
  ];
  if (outcome === 'assess') {
    for (const u of unknowns) steps.push(u.question.replace(/\.$/, '') + '.');
    if (incident.breach.certainty === 'suspected' && runs.every((r) => r.established === 'notify'))
      steps.push(
        'If your assessment confirms these facts, it is a notifiable data breach: prepare the OAIC statement straight away — do not wait for the 30 days to run.',
      );
  }
  if (ndb === 'notify') {
    steps.push(
      'Prepare the statement to the OAIC (use the online Notifiable Data Breach form) and give it as soon as practicable.',
    );
    steps.push(
      'Tell the affected people what happened, what information was involved and what they should do; include how to contact you and how to complain to the OAIC.',
    );
  }
  if (runs.some((r) => r.actual.mhr === 'notify'))
    steps.push(
      'Notify the Australian Digital Health Agency with its online My Health Record data breach form; ask it to notify affected healthcare recipients rather than contacting them yourself first.',
    );
  const cause = incident.breach.cause;
  if (cause === 'theft' || incident.breach.kind === 'loss')
    steps.push(
      `Report a theft to police (Police Assistance Line ${OFFICIAL_CONTACTS.police.phone}; 000 in an emergency) and keep the report number.`,
    );
  if (cause === 'cyber_attack' || cause === 'unknown' || incident.breach.ransomware.paymentMade)
    steps.push(
      `Report the cyber incident to ASD’s ACSC through ReportCyber or the hotline ${OFFICIAL_CONTACTS.reportCyber.phone} (voluntary, and they can help).`,
    );
  steps.push(
    'Tell your cyber or professional indemnity insurer early: most policies require prompt notice and offer incident response help.',
  );
  if (outcome === 'not_notifiable')
    steps.push(
      'Record why it is not notifiable (for example the encryption evidence or the confirmation of deletion), and review how it happened.',
    );
  if (outcome === 'not_covered')
    steps.push(
      'Consider telling the affected people anyway if it helps them protect themselves; check any state scheme or contract that applies.',
    );
  steps.push('Review what went wrong once the incident is closed, and update the response plan.');
  return steps;
}
