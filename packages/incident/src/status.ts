// Where an incident stands at a moment `now`: its timeline, the Part IIIC duties with their due
// dates, and what is overdue. Derived only from the file's entries (pure, deterministic).
//
// The rules it applies (docs/incident-model.md, "The incident file"):
// - the 30-day assessment (s 26WH(2)) counts from the FIRST awareness recorded anywhere in the
//   file — the earliest of the opened entry's awareAt and every assessment's awareOn — whatever
//   later assessments say; it is complete once reasonable grounds to believe are formed or the
//   latest assessment reaches a conclusion;
// - reasonable grounds to believe are formed at the earlier of a logged "believed" and the
//   first assessment whose Part IIIC outcome is notify;
// - the statement (s 26WK(2)) is due "as soon as practicable" after that belief: no date, so the
//   days since belief are counted and flagged past STATEMENT_FLAG_DAYS; notifying individuals
//   (s 26WL(3)) follows the statement the same way;
// - a s 26WQ declaration either exempts both (s 26WQ(1)(c)) or gives individuals a new date
//   (s 26WQ(1)(d)); a s 26WR direction makes both duties apply, by its date if it gives one.
import {
  assessmentDueDate,
  cite,
  type Decision,
  OBLIGATION_TITLES,
  type ObligationId,
  formatDate,
  type Incident,
  type Obligation,
  OUTCOME_TITLES,
} from '@ndb-kit/engine';
import { localDate as localDateIn, daysBetween, compareInstants } from './time.ts';
import type {
  AssessmentEntry,
  DeclarationEntry,
  DirectionEntry,
  Entry,
  IncidentFile,
  IndividualsEntry,
  OpenedEntry,
  Practice,
} from './types.ts';

/**
 * The law sets no number of days for "as soon as practicable". Past this many calendar days
 * without the statement (or, after it, without notifying individuals) the duty is flagged: a
 * prompt to act or to write down why not yet, not a deadline.
 */
export const STATEMENT_FLAG_DAYS = 3;

/** The engine's outcome titles, plus a channel's "not applicable"; keyed by string: old records may hold any. */
export const OUTCOME_LABELS: Record<string, string> = { ...OUTCOME_TITLES, not_applicable: 'Not applicable' };
export const outcomeLabel = (outcome: string): string => OUTCOME_LABELS[outcome] ?? outcome;

const NO_PART_IIIC_DUTY = new Set(['not_notifiable', 'not_covered', 'not_applicable']);

/** The engine's obligations an incident file tracks; each is titled by the engine (OBLIGATION_TITLES). */
export type DutyId = Extract<
  ObligationId,
  'complete_assessment' | 'oaic_statement' | 'notify_individuals' | 'mhr_notify_system_operator'
>;

export type DutyState = 'done' | 'open' | 'overdue' | 'waiting' | 'not_required' | 'exempt';

export interface Duty {
  id: DutyId;
  title: string;
  citation: string;
  state: DutyState;
  /** A date fixed by law, the Commissioner or a direction; absent for "as soon as practicable". */
  dueDate?: string;
  /** The moment "as soon as practicable" (or the 30 days) runs from. */
  from?: string;
  doneAt?: string;
  /** The entry that discharged it. */
  doneBy?: number;
  /** Calendar days from `from` to done, or to now while not done. */
  days?: number;
  /** Done after its due date. */
  late?: boolean;
  /** "As soon as practicable" and the days have grown past STATEMENT_FLAG_DAYS. */
  flagged?: boolean;
  /** Why the duty stands as it does, in a sentence. */
  why: string;
}

export interface AssessmentSummary {
  seq: number;
  at: string;
  outcome: string;
  ndbOutcome: string;
  certainty: string;
  headline: string;
  rulesVersion: string;
}

export interface IncidentStatus {
  reference: string;
  title?: string;
  practice: Practice;
  timeZone: string;
  openedAt: string;
  now: string;
  closed?: { at: string; seq: number };
  /** The first awareness: the 30-day clock runs from it. */
  awareness?: { date: string; at?: string; seq: number };
  /** Assessments that give a different awareness date than the first. */
  awarenessConflicts: { seq: number; date: string }[];
  belief?: { at: string; seq: number; source: 'logged' | 'assessment' };
  assessments: AssessmentSummary[];
  latest?: AssessmentSummary & { decision: Decision; incident: Incident };
  statement?: { at: string; seq: number; ref?: string };
  individuals?: { at: string; seq: number; count?: number; how: string[]; batches: number };
  declaration?: {
    at: string;
    seq: number;
    declaration: 'extension' | 'exemption';
    newDue?: string;
    ref?: string;
  };
  direction?: { at: string; seq: number; due?: string; ref?: string };
  references: { oaic?: string; adha?: string; insurer?: string; police?: string; commissioner?: string };
  duties: Duty[];
  /** Obligations of the latest decision that this file does not track (ransomware report, …). */
  otherObligations: Obligation[];
  /** Duties past a fixed due date. */
  overdue: Duty[];
  /** "As soon as practicable" duties whose days have grown. */
  flagged: Duty[];
  state: 'open' | 'overdue' | 'closed';
  fingerprint: string;
}

function first<T extends Entry>(entries: Entry[], type: T['type']): T | undefined {
  return entries
    .filter((e): e is T => e.type === type)
    .sort((a, b) => compareInstants(a.at, b.at) || a.seq - b.seq)[0];
}

function last<T extends Entry>(entries: Entry[], type: T['type']): T | undefined {
  return entries.filter((e): e is T => e.type === type).at(-1);
}

function summarise(e: AssessmentEntry): AssessmentSummary {
  const d = e.record.record.decision;
  return {
    seq: e.seq,
    at: e.at,
    outcome: d.outcome,
    ndbOutcome: d.ndbOutcome,
    certainty: e.record.record.incident.breach.certainty,
    headline: d.headline,
    rulesVersion: e.record.record.rulesVersion,
  };
}

export interface StatusOptions {
  /** ISO 8601 with offset. */
  now: string;
  flagDays?: number;
}

export function incidentStatus(file: IncidentFile, options: StatusOptions): IncidentStatus {
  const flagDays = options.flagDays ?? STATEMENT_FLAG_DAYS;
  const entries = file.entries;
  const opened = entries[0] as OpenedEntry;
  const timeZone = opened.practice.timeZone;
  const now = options.now;
  const today = localDateIn(now, timeZone);
  const day = (iso: string) => localDateIn(iso, timeZone);

  const assessmentEntries = entries.filter((e): e is AssessmentEntry => e.type === 'assessment');
  const assessments = assessmentEntries.map(summarise);
  const latestEntry = assessmentEntries.at(-1);
  const latest = latestEntry
    ? {
        ...summarise(latestEntry),
        decision: latestEntry.record.record.decision,
        incident: latestEntry.record.record.incident,
      }
    : undefined;

  // The first awareness, from every place the file records one.
  const candidates: { date: string; at?: string; seq: number }[] = [];
  if (opened.awareAt) candidates.push({ date: day(opened.awareAt), at: opened.awareAt, seq: 0 });
  for (const a of assessmentEntries) {
    const b = a.record.record.incident.breach;
    candidates.push({ date: b.awareOn, ...(b.awareAt ? { at: b.awareAt } : {}), seq: a.seq });
  }
  const awareness = [...candidates].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (a.at && b.at ? compareInstants(a.at, b.at) : a.at ? -1 : b.at ? 1 : 0) ||
      a.seq - b.seq,
  )[0];
  const awarenessConflicts = awareness
    ? assessmentEntries
        .filter((a) => a.record.record.incident.breach.awareOn !== awareness.date)
        .map((a) => ({ seq: a.seq, date: a.record.record.incident.breach.awareOn }))
    : [];

  // Reasonable grounds to believe.
  const loggedBelief = first(entries, 'believed');
  const notifyAssessment = assessmentEntries.find((a) => a.record.record.decision.ndbOutcome === 'notify');
  const beliefs = [
    ...(loggedBelief ? [{ at: loggedBelief.at, seq: loggedBelief.seq, source: 'logged' as const }] : []),
    ...(notifyAssessment
      ? [{ at: notifyAssessment.at, seq: notifyAssessment.seq, source: 'assessment' as const }]
      : []),
  ].sort((a, b) => compareInstants(a.at, b.at) || a.seq - b.seq);
  const belief = beliefs[0];

  // Notifications and references.
  const statementEntry = first(entries, 'oaic-statement');
  const statement = statementEntry
    ? {
        at: statementEntry.at,
        seq: statementEntry.seq,
        ...(statementEntry.ref ? { ref: statementEntry.ref } : {}),
      }
    : undefined;
  const notified = entries
    .filter((e): e is IndividualsEntry => e.type === 'individuals-notified')
    .sort((a, b) => compareInstants(a.at, b.at) || a.seq - b.seq);
  const firstNotified = notified[0];
  const counts = notified.map((n) => n.count).filter((c): c is number => c !== undefined);
  const individuals = firstNotified
    ? {
        at: firstNotified.at,
        seq: firstNotified.seq,
        ...(counts.length > 0 ? { count: counts.reduce((a, b) => a + b, 0) } : {}),
        how: [...new Set(notified.map((n) => n.how))],
        batches: notified.length,
      }
    : undefined;
  const declarationEntry = last<DeclarationEntry>(entries, 'commissioner-declaration');
  const declaration = declarationEntry
    ? {
        at: declarationEntry.at,
        seq: declarationEntry.seq,
        declaration: declarationEntry.declaration,
        ...(declarationEntry.newDue ? { newDue: declarationEntry.newDue } : {}),
        ...(declarationEntry.ref ? { ref: declarationEntry.ref } : {}),
      }
    : undefined;
  const directionEntry = last<DirectionEntry>(entries, 'commissioner-direction');
  const direction = directionEntry
    ? {
        at: directionEntry.at,
        seq: directionEntry.seq,
        ...(directionEntry.due ? { due: directionEntry.due } : {}),
        ...(directionEntry.ref ? { ref: directionEntry.ref } : {}),
      }
    : undefined;
  const refOf = (type: Entry['type']) => entries.filter((e) => e.type === type && e.ref).at(-1)?.ref;
  const references = Object.fromEntries(
    Object.entries({
      oaic: refOf('oaic-statement'),
      adha: refOf('adha-notified'),
      insurer: refOf('insurer-notified'),
      police: refOf('police-report'),
      commissioner: declaration?.ref ?? direction?.ref,
    }).filter(([, v]) => v !== undefined),
  ) as IncidentStatus['references'];

  const duties: Duty[] = [];
  const daysFrom = (from: string, to: string | undefined) => daysBetween(day(from), to ? day(to) : today);

  // s 26WH(2): assess within 30 days of the first awareness.
  let conclusive: AssessmentEntry | undefined;
  for (const a of assessmentEntries)
    conclusive = a.record.record.decision.ndbOutcome === 'assess' ? undefined : (conclusive ?? a);
  const assessedAt = [belief?.at, conclusive?.at]
    .filter((t): t is string => t !== undefined)
    .sort(compareInstants)[0];
  const assessedBy = assessedAt === belief?.at ? belief?.seq : conclusive?.seq;
  if (!awareness) {
    duties.push({
      id: 'complete_assessment',
      title: OBLIGATION_TITLES.complete_assessment,
      citation: cite('s26WH(2)'),
      state: 'waiting',
      why: 'No awareness date yet: run the first assessment (ndb incident assess).',
    });
  } else {
    const dueDate = assessmentDueDate(awareness.date);
    const done = assessedAt !== undefined;
    const days = daysBetween(awareness.date, done ? day(assessedAt) : today);
    const late = done && day(assessedAt) > dueDate;
    duties.push({
      id: 'complete_assessment',
      title: OBLIGATION_TITLES.complete_assessment,
      citation: cite('s26WH(2)'),
      state: done ? 'done' : today > dueDate ? 'overdue' : 'open',
      dueDate,
      from: awareness.at ?? awareness.date,
      ...(done ? { doneAt: assessedAt, ...(assessedBy === undefined ? {} : { doneBy: assessedBy }) } : {}),
      days,
      ...(late ? { late: true } : {}),
      why: done
        ? assessedAt === belief?.at
          ? 'Reasonable grounds to believe were formed.'
          : `The assessment concluded: ${outcomeLabel(conclusive?.record.record.decision.ndbOutcome ?? '').toLowerCase()}.`
        : `Within 30 days of first becoming aware (${formatDate(awareness.date)}), whatever later assessments say.`,
    });
  }

  // s 26WK(2) and s 26WL(3): the statement, then the individuals.
  const exempt = declaration?.declaration === 'exemption';
  const latestAfterBelief =
    belief && latest && compareInstants(latest.at, belief.at) >= 0 && latest.seq > belief.seq
      ? latest
      : undefined;
  const beliefStands =
    belief !== undefined && !(latestAfterBelief && NO_PART_IIIC_DUTY.has(latestAfterBelief.ndbOutcome));
  const required = beliefStands || direction !== undefined;
  const trigger = [belief?.at, direction?.at]
    .filter((t): t is string => t !== undefined)
    .sort(compareInstants)[0];
  const noDutyYet =
    latest && NO_PART_IIIC_DUTY.has(latest.ndbOutcome)
      ? `The latest assessment: ${outcomeLabel(latest.ndbOutcome).toLowerCase()}.`
      : 'Only once there are reasonable grounds to believe it is an eligible data breach.';

  {
    const base = {
      id: 'oaic_statement' as const,
      title: OBLIGATION_TITLES.oaic_statement,
      citation: cite('s26WK(2)'),
    };
    if (statement) {
      const days = trigger ? daysFrom(trigger, statement.at) : undefined;
      duties.push({
        ...base,
        state: 'done',
        ...(trigger ? { from: trigger } : {}),
        doneAt: statement.at,
        doneBy: statement.seq,
        ...(days === undefined ? {} : { days }),
        ...(direction?.due && day(statement.at) > direction.due
          ? { late: true, dueDate: direction.due }
          : {}),
        ...(days !== undefined && days > flagDays ? { flagged: true } : {}),
        why: statement.ref ? `Given; OAIC reference ${statement.ref}.` : 'Given.',
      });
    } else if (exempt) {
      duties.push({
        ...base,
        state: 'exempt',
        why: `The Commissioner declared s 26WK and s 26WL do not apply (s 26WQ(1)(c), entry ${declaration?.seq}).`,
      });
    } else if (!required || !trigger) {
      duties.push({ ...base, state: belief ? 'not_required' : 'waiting', why: noDutyYet });
    } else {
      const days = daysFrom(trigger, undefined);
      const dueDate = direction?.due;
      duties.push({
        ...base,
        state: dueDate && today > dueDate ? 'overdue' : 'open',
        from: trigger,
        days,
        ...(dueDate ? { dueDate } : {}),
        ...(!dueDate && days > flagDays ? { flagged: true } : {}),
        why: dueDate
          ? `By ${formatDate(dueDate)}, as the Commissioner directed (s 26WR, entry ${direction?.seq}).`
          : `As soon as practicable after forming reasonable grounds to believe: ${days} day${days === 1 ? '' : 's'} so far.`,
      });
    }
  }

  {
    const base = {
      id: 'notify_individuals' as const,
      title: OBLIGATION_TITLES.notify_individuals,
      citation: cite('s26WL(3)'),
    };
    const extension = declaration?.declaration === 'extension' ? declaration.newDue : undefined;
    const dueDate = extension ?? direction?.due;
    const dueWhy = extension
      ? `the Commissioner extended the time to ${formatDate(extension)} (s 26WQ(1)(d), entry ${declaration?.seq})`
      : direction?.due
        ? `the Commissioner directed it by ${formatDate(direction.due)} (s 26WR, entry ${direction.seq})`
        : undefined;
    if (individuals) {
      const days = statement ? daysFrom(statement.at, individuals.at) : undefined;
      const late = dueDate !== undefined && day(individuals.at) > dueDate;
      duties.push({
        ...base,
        state: 'done',
        ...(statement ? { from: statement.at } : {}),
        ...(dueDate ? { dueDate } : {}),
        doneAt: individuals.at,
        doneBy: individuals.seq,
        ...(days === undefined ? {} : { days }),
        ...(late ? { late: true } : {}),
        ...(!dueDate && days !== undefined && days > flagDays ? { flagged: true } : {}),
        why: `${individuals.count === undefined ? 'Notified' : `${individuals.count} notified`} (${individuals.how.join('; ')})${dueWhy ? `; ${dueWhy}` : ''}.`,
      });
    } else if (exempt) {
      duties.push({
        ...base,
        state: 'exempt',
        why: `The Commissioner declared s 26WK and s 26WL do not apply (s 26WQ(1)(c), entry ${declaration?.seq}).`,
      });
    } else if (!required) {
      duties.push({ ...base, state: belief ? 'not_required' : 'waiting', why: noDutyYet });
    } else if (!statement) {
      duties.push({
        ...base,
        state: dueDate && today > dueDate ? 'overdue' : 'waiting',
        ...(dueDate ? { dueDate } : {}),
        why: `As soon as practicable after the statement${dueWhy ? `; ${dueWhy}` : ''}.`,
      });
    } else {
      const days = daysFrom(statement.at, undefined);
      duties.push({
        ...base,
        state: dueDate && today > dueDate ? 'overdue' : 'open',
        from: statement.at,
        days,
        ...(dueDate ? { dueDate } : {}),
        ...(!dueDate && days > flagDays ? { flagged: true } : {}),
        why: dueWhy
          ? `${dueWhy[0]?.toUpperCase()}${dueWhy.slice(1)}.`
          : `As soon as practicable after the statement: ${days} day${days === 1 ? '' : 's'} so far.`,
      });
    }
  }

  // My Health Records Act s 75: the system operator (ADHA), when the latest decision says so.
  const mhr = latest?.decision.obligations.find((o) => o.id === 'mhr_notify_system_operator');
  const adha = first(entries, 'adha-notified');
  if (mhr || adha) {
    const from = awareness?.at ?? awareness?.date ?? opened.at;
    const days = awareness ? daysBetween(awareness.date, adha ? day(adha.at) : today) : undefined;
    duties.push({
      id: 'mhr_notify_system_operator',
      title: OBLIGATION_TITLES.mhr_notify_system_operator,
      citation: 'My Health Records Act 2012 (Cth) s 75',
      state: adha ? 'done' : 'open',
      from,
      ...(adha ? { doneAt: adha.at, doneBy: adha.seq } : {}),
      ...(days === undefined ? {} : { days }),
      ...(!adha && days !== undefined && days > flagDays ? { flagged: true } : {}),
      why: adha
        ? `Notified${adha.ref ? `; reference ${adha.ref}` : ''}.`
        : 'As soon as practicable after becoming aware.',
    });
  }

  const tracked = new Set<string>([
    'complete_assessment',
    'oaic_statement',
    'notify_individuals',
    'mhr_notify_system_operator',
    'keep_record',
  ]);
  const otherObligations = latest?.decision.obligations.filter((o) => !tracked.has(o.id)) ?? [];

  const closedEntry = first(entries, 'closed');
  const overdue = closedEntry ? [] : duties.filter((d) => d.state === 'overdue');
  const flagged = closedEntry ? [] : duties.filter((d) => d.flagged && d.state !== 'done');
  return {
    reference: opened.reference,
    ...(opened.title ? { title: opened.title } : {}),
    practice: opened.practice,
    timeZone,
    openedAt: opened.at,
    now,
    ...(closedEntry ? { closed: { at: closedEntry.at, seq: closedEntry.seq } } : {}),
    ...(awareness ? { awareness } : {}),
    awarenessConflicts,
    ...(belief ? { belief } : {}),
    assessments,
    ...(latest ? { latest } : {}),
    ...(statement ? { statement } : {}),
    ...(individuals ? { individuals } : {}),
    ...(declaration ? { declaration } : {}),
    ...(direction ? { direction } : {}),
    references,
    duties,
    otherObligations,
    overdue,
    flagged,
    state: closedEntry ? 'closed' : overdue.length > 0 ? 'overdue' : 'open',
    fingerprint: (entries.at(-1) as Entry).hash,
  };
}
