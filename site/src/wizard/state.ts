// The wizard's answers: the draft incident plus which fields the user has answered. Kept in
// memory and mirrored to sessionStorage (this tab only) so a reload does not lose them.
import {
  draftIncident,
  type Field,
  getPath,
  type Incident,
  QUESTIONS,
  type Question,
  setPath,
  visibleFields,
  visibleQuestions,
} from '@ndb-kit/engine';
import type { WizardPractice } from '../lib/site-data.ts';
import { isoToLocal, localToIso } from './time.ts';

export interface Answers {
  incident: Incident;
  /** Dotted paths the user has answered; `unknown:` prefix marks "I don't know". */
  answered: string[];
  /** True when the user chose to review the organisation facts taken from the plan. */
  withOrganisation: boolean;
  index: number;
  done: boolean;
  /**
   * Set when the user came from the result to change one answer: Next then goes to the next
   * screen with an unanswered question, or straight back to the result.
   */
  returnToResult?: boolean;
}

const KEY = 'ndb-wizard';

/** The practice's facts, with its zone so deadlines are shown on its clock. */
const entityOf = (practice: WizardPractice) => ({ ...practice.entity, timeZone: practice.timeZone });

export function freshAnswers(practice: WizardPractice): Answers {
  // The awareness date is asked for, not pre-filled: when unsure the user gives the earliest it
  // could have been (an earlier date is the cautious one), never "today" by default.
  return {
    incident: draftIncident(entityOf(practice)),
    answered: [],
    withOrganisation: false,
    index: 0,
    done: false,
  };
}

export function loadAnswers(practice: WizardPractice): Answers {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as
      | (Answers & { practice: string })
      | null;
    if (saved && saved.practice === practice.id) return saved;
  } catch {
    // Storage blocked (private mode, file://): answers stay in memory only.
  }
  return freshAnswers(practice);
}

export function saveAnswers(practice: WizardPractice, answers: Answers): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ ...answers, practice: practice.id }));
  } catch {}
}

export function clearAnswers(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {}
}

export function questionsFor(answers: Answers): Question[] {
  return visibleQuestions(answers.incident, answers.withOrganisation ? {} : { skip: ['organisation'] });
}

/**
 * The fields a screen shows: the engine's follow-ups, less those an "I don't know" made moot
 * (`mootWhenUnknown`: when was the ransom paid, after "I don't know" whether it was).
 */
export function fieldsShown(question: Question, answers: Answers): Field[] {
  return visibleFields(question, answers.incident).filter(
    (f) => !f.mootWhenUnknown || !answers.answered.includes(`unknown:${f.mootWhenUnknown}`),
  );
}

/** The first screen from `from` on with a question still to answer (-1 when there is none). */
export function nextUnanswered(answers: Answers, from: number): number {
  const questions = questionsFor(answers);
  for (let i = from; i < questions.length; i++)
    if (fieldsShown(questions[i]!, answers).some((f) => !f.optional && !isAnswered(answers, f.path)))
      return i;
  return -1;
}

export function isAnswered(answers: Answers, path: string): boolean {
  return answers.answered.includes(path) || answers.answered.includes(`unknown:${path}`);
}

export function answer(answers: Answers, path: string, value: unknown, unknown: boolean): Answers {
  const answered = answers.answered.filter((p) => p !== path && p !== `unknown:${path}`);
  answered.push(unknown ? `unknown:${path}` : path);
  return { ...answers, incident: setPath(answers.incident, path, value), answered };
}

/**
 * The time of awareness is asked as a time on the day of awareness (the date is not asked twice):
 * when the date changes, the time moves to the new day, with that day's offset in the zone.
 */
export function alignAwareAt(answers: Answers, timeZone: string): Answers {
  const { awareOn, awareAt } = answers.incident.breach;
  if (!awareOn || typeof awareAt !== 'string' || awareAt.startsWith(awareOn)) return answers;
  const time = isoToLocal(awareAt, timeZone).slice(11, 16);
  return {
    ...answers,
    incident: setPath(answers.incident, 'breach.awareAt', localToIso(`${awareOn}T${time}`, timeZone)),
  };
}

/**
 * Fields hidden by later answers go back to their draft values, so stale answers never count.
 * Undefined when the awareness date is missing (answers saved by an older version): the wizard
 * goes back and asks for it rather than counting from today.
 */
export function incidentForAssessment(answers: Answers, practice: WizardPractice): Incident | undefined {
  const draft = draftIncident(entityOf(practice));
  let incident = answers.incident;
  const shown = new Set(questionsFor(answers).flatMap((q) => fieldsShown(q, answers).map((f) => f.path)));
  for (const q of QUESTIONS) {
    if (q.section === 'organisation' && !answers.withOrganisation) continue;
    for (const f of q.fields)
      if (!shown.has(f.path)) incident = setPath(incident, f.path, getPath(draft, f.path));
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(String(incident.breach.awareOn))) return undefined;
  return incident;
}

export interface Assumption {
  /** The question as the wizard asked it. */
  question: string;
  /** What "I don't know" was taken to mean, in the option's own words. */
  assumed: string;
}

/**
 * Where "I don't know" stands for a cautious answer rather than "unknown" (the model has no
 * unknown for it), what was assumed — so the result can say "because you answered I don't know".
 */
export function cautiousAssumptions(answers: Answers): Assumption[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const shown = questionsFor(answers).flatMap((q) => fieldsShown(q, answers));
  return shown.flatMap((f) => {
    const u = f.unknown;
    if (!u || !answers.answered.includes(`unknown:${f.path}`)) return [];
    if (u.value === 'unknown' || (Array.isArray(u.value) && u.value.includes('unknown'))) return [];
    const option = f.options?.find((o) => same(o.value, u.value));
    const assumed =
      option?.label ??
      (Array.isArray(u.value) && u.value.length === 0
        ? 'none of them'
        : u.value == null
          ? 'not known'
          : String(u.value));
    return [{ question: f.label, assumed }];
  });
}
