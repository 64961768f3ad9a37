// assess(incident, { now }) — the engine's one entry point. Pure: no clock, no I/O, no randomness.
// It evaluates every resolution of the unknown facts (./unknowns.ts), combines the outcomes
// (./combine.ts), and explains the result in cited steps.
import { combineOutcomes } from './combine.ts';
import { OFFICIAL_CONTACTS } from './contacts.ts';
import { formatDate, isIsoDate, isIsoDateTime } from './dates.ts';
import { evaluate } from './evaluate.ts';
import { describeDue, keepRecord, partIIICObligations, titled } from './obligations.ts';
import type {
  AssessOptions,
  ChannelResult,
  Decision,
  Incident,
  Obligation,
  ObligationDraft,
  Outcome,
  UnknownThatMatters,
} from './types.ts';
import { Summary } from './summary.ts';
import { resolutions, unknownFacts } from './unknowns.ts';
import { LAW_AS_AT, NOT_ADVICE, RULES_VERSION } from './version.ts';
import { OBLIGATION_IDS } from './vocabulary.ts';

export function assess(incident: Incident, options: AssessOptions): Decision {
  if (!options || typeof options.now !== 'string' || !isIsoDateTime(options.now)) {
    throw new TypeError(
      'assess needs options.now as an ISO 8601 date-time with an offset, e.g. 2025-06-02T11:00:00+10:00',
    );
  }
  if (typeof incident?.breach?.awareOn !== 'string' || !isIsoDate(incident.breach.awareOn)) {
    // The 30-day clock needs a date. When unsure, callers ask for the earliest date it could have
    // been (the cautious choice: an earlier date gives an earlier deadline); never silently today.
    throw new TypeError('assess needs incident.breach.awareOn as a date YYYY-MM-DD');
  }
  const facts = unknownFacts(incident);
  const summary = new Summary(facts);
  for (const resolved of resolutions(incident, facts)) summary.add(evaluate(resolved));

  const outcome = combineOutcomes(summary.outcomes);
  const ndbOutcome = combineOutcomes(summary.ndb);
  const mhrOutcome = combineOutcomes(summary.mhr);
  const channels: ChannelResult[] = [
    { id: 'part_iiic', outcome: ndbOutcome },
    { id: 'mhr_s75', outcome: mhrOutcome },
  ];
  const unknownsThatMatter = summary.unknownsThatMatter();
  const obligations = sortObligations([
    ...partIIICObligations(incident, ndbOutcome, options.now, summary.allSomeExcluded),
    ...summary.otherObligations(),
    keepRecord(),
  ]);
  const open = (unknownsThatMatter.length > 0 ? unknownsThatMatter : facts).map((f) => f.fact);

  return {
    outcome,
    ndbOutcome,
    channels,
    headline: headline(
      outcome,
      ndbOutcome,
      mhrOutcome,
      obligations,
      incident.breach.otherEntities.involved &&
        incident.breach.otherEntities.anotherEntityHasNotified === true,
    ),
    steps: summary.mergedSteps(open),
    harmFactors: summary.mergedFactors(),
    unknownsThatMatter,
    setAsideKinds: summary.setAsideKinds(new Set(incident.information.kinds)),
    obligations,
    nextSteps: nextSteps(incident, ndbOutcome, summary, unknownsThatMatter, obligations),
    notAdvice: NOT_ADVICE,
    rulesVersion: RULES_VERSION,
    lawAsAt: LAW_AS_AT,
  };
}

function sortObligations(list: ObligationDraft[]): Obligation[] {
  return list.sort((a, b) => OBLIGATION_IDS.indexOf(a.id) - OBLIGATION_IDS.indexOf(b.id)).map(titled);
}

/** Obligations with a fixed clock in another regime, shown with their time in the headline. */
const TIMED: Partial<Record<Obligation['id'], string>> = {
  ransomware_payment_report: 'report the ransomware payment to the Australian Signals Directorate',
  soci_incident_report: 'report the cyber security incident to ASD’s ACSC (critical infrastructure)',
  apra_cps234_notice: 'notify APRA',
  gdpr_art33_notice: 'notify the EU supervisory authority (GDPR)',
};

/**
 * One paragraph a practice manager can act on: every live duty across the channels, strongest
 * first (My Health Record and Part IIIC notification, then the Part IIIC assessment), then the
 * duties on a clock in other regimes, nearest deadline first.
 */
function headline(
  outcome: Outcome,
  ndb: Decision['ndbOutcome'],
  mhr: Outcome | 'not_applicable',
  obligations: Obligation[],
  relievedByOther: boolean,
): string {
  const assessment = obligations.find((o) => o.id === 'complete_assessment');
  const due = assessment?.dueDate;
  const sentences: string[] = [];
  const mhrDuty =
    mhr === 'notify'
      ? obligations.some((o) => o.id === 'mhr_notify_commissioner')
        ? 'tell the Australian Digital Health Agency and the OAIC'
        : 'tell the Australian Digital Health Agency'
      : '';
  if (ndb === 'notify')
    sentences.push(
      mhr === 'notify'
        ? `Notify: this is a notifiable data breach and a My Health Record breach. Tell the OAIC, the affected people and the Australian Digital Health Agency as soon as practicable.`
        : 'Notify: this is a notifiable data breach. Give a statement to the OAIC and tell the affected people as soon as practicable.',
    );
  else if (mhr === 'notify')
    sentences.push(`Notify under the My Health Records Act: ${mhrDuty} as soon as practicable.`);
  else if (mhr === 'assess')
    sentences.push(
      'My Health Record: find out whether the My Health Record system was involved; if it was, tell the Australian Digital Health Agency and the OAIC as soon as practicable.',
    );

  const lead = sentences.length === 0;
  if (ndb === 'assess' && assessment?.overdue && due)
    sentences.push(
      `${lead ? 'Assess now: the' : 'Privacy Act: the'} 30-day assessment period ended on ${formatDate(due)}. Finish the assessment today, record why it took longer, and notify as soon as you have grounds to believe it.`,
    );
  else if (ndb === 'assess')
    sentences.push(
      `${lead ? 'Assess: you have' : 'Privacy Act: you also have'} grounds to suspect a notifiable data breach. Finish a quick, documented assessment by ${due ? formatDate(due) : 'the 30-day deadline'}, and notify as soon as you have grounds to believe it.`,
    );
  else if (ndb === 'not_notifiable' && relievedByOther)
    sentences.push(
      `${lead ? 'Not notifiable by you: another' : 'Under the Privacy Act, another'} entity affected by the same breach has already given the OAIC its statement and notified the people affected, including yours (s 26WM). Keep a copy of its statement and notice, and check it covered everyone whose information you held.`,
    );
  else if (ndb === 'not_notifiable')
    sentences.push(
      lead
        ? 'Not notifiable: on these facts this is not an eligible data breach. Record your assessment and the evidence it rests on.'
        : 'Under the Privacy Act itself this is not an eligible data breach: record why.',
    );
  else if (ndb === 'not_covered')
    sentences.push(
      lead
        ? 'Not covered: Part IIIC of the Privacy Act does not apply to this entity or this information.'
        : 'Part IIIC of the Privacy Act does not apply to this entity or this information.',
    );

  const timed = obligations
    .filter((o) => TIMED[o.id])
    .sort((a, b) =>
      a.dueAt && b.dueAt ? Date.parse(a.dueAt) - Date.parse(b.dueAt) : a.dueAt ? -1 : b.dueAt ? 1 : 0,
    );
  for (const o of timed)
    sentences.push(`${o.conditional ? 'You may also need to' : 'Also'} ${TIMED[o.id]} ${describeDue(o)}.`);
  const state = obligations.find((o) => o.id === 'state_scheme_notice');
  if (state) sentences.push(`Check the state scheme: ${state.to}.`);
  if (obligations.some((o) => o.id === 'gdpr_art34_notice'))
    sentences.push('Under the GDPR, also tell the people affected without undue delay.');
  if (outcome === 'not_covered' && !state && timed.length === 0)
    sentences.push('Check the other duties listed below.');
  return sentences.join(' ');
}

function nextSteps(
  incident: Incident,
  ndb: Decision['ndbOutcome'],
  summary: Summary,
  unknowns: UnknownThatMatters[],
  obligations: Obligation[],
): string[] {
  const steps: string[] = [
    'Contain it now: stop further access (reset passwords, revoke sessions, recall or retrieve what you can), and preserve evidence (logs, emails, screenshots).',
  ];
  for (const u of unknowns) steps.push(/[.?]$/.test(u.question) ? u.question : `${u.question}.`);
  if (ndb === 'assess' && incident.breach.certainty === 'suspected' && summary.allEstablishedNotify)
    steps.push(
      'If your assessment confirms these facts, it is a notifiable data breach: prepare the OAIC statement straight away — do not wait for the 30 days to run.',
    );
  if (ndb === 'notify') {
    steps.push(
      'Prepare the statement to the OAIC (use the online Notifiable Data Breach form) and give it as soon as practicable.',
    );
    steps.push(
      'Tell the affected people what happened, what information was involved and what they should do; include how to contact you and how to complain to the OAIC.',
    );
  }
  if (summary.mhr.has('notify'))
    steps.push(
      'Notify the Australian Digital Health Agency with its online My Health Record data breach form; ask it to notify affected healthcare recipients rather than contacting them yourself first.',
    );
  for (const o of obligations) {
    const what = TIMED[o.id];
    if (what)
      steps.push(
        `${what[0]?.toUpperCase()}${what.slice(1)} ${describeDue(o)}${o.conditional ? ' (if it applies)' : ''}.`,
      );
  }
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
  if (ndb === 'not_notifiable')
    steps.push(
      'Record why it is not notifiable under the Privacy Act (for example the encryption evidence, the confirmation of deletion, or the other entity’s statement), and review how it happened.',
    );
  if (ndb === 'not_covered')
    steps.push(
      'Consider telling the affected people anyway if it helps them protect themselves; check any state scheme or contract that applies.',
    );
  steps.push('Review what went wrong once the incident is closed, and update the response plan.');
  return steps;
}
