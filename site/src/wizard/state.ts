// The wizard's answers: the draft incident plus which fields the user has answered. Kept in
// memory and mirrored to sessionStorage (this tab only) so a reload does not lose them.
import {
  draftIncident,
  getPath,
  type Incident,
  QUESTIONS,
  type Question,
  setPath,
  visibleFields,
  visibleQuestions,
} from '@ndb-kit/engine';
import type { WizardPractice } from '../lib/site-data.ts';

export interface Answers {
  incident: Incident;
  /** Dotted paths the user has answered; `unknown:` prefix marks "I don't know". */
  answered: string[];
  /** True when the user chose to review the organisation facts taken from the plan. */
  withOrganisation: boolean;
  index: number;
  done: boolean;
}

const KEY = 'ndb-wizard';

export function freshAnswers(practice: WizardPractice, today: string): Answers {
  return {
    incident: draftIncident(practice.entity, today),
    answered: ['breach.awareOn'],
    withOrganisation: false,
    index: 0,
    done: false,
  };
}

export function loadAnswers(practice: WizardPractice, today: string): Answers {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as
      | (Answers & { practice: string })
      | null;
    if (saved && saved.practice === practice.id) return saved;
  } catch {
    // Storage blocked (private mode, file://): answers stay in memory only.
  }
  return freshAnswers(practice, today);
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

export function isAnswered(answers: Answers, path: string): boolean {
  return answers.answered.includes(path) || answers.answered.includes(`unknown:${path}`);
}

export function answer(answers: Answers, path: string, value: unknown, unknown: boolean): Answers {
  const answered = answers.answered.filter((p) => p !== path && p !== `unknown:${path}`);
  answered.push(unknown ? `unknown:${path}` : path);
  return { ...answers, incident: setPath(answers.incident, path, value), answered };
}

/** Fields hidden by later answers go back to their draft values, so stale answers never count. */
export function incidentForAssessment(answers: Answers, practice: WizardPractice, today: string): Incident {
  const draft = draftIncident(practice.entity, today);
  let incident = answers.incident;
  const shown = new Set(questionsFor(answers).flatMap((q) => visibleFields(q, incident).map((f) => f.path)));
  for (const q of QUESTIONS) {
    if (q.section === 'organisation' && !answers.withOrganisation) continue;
    for (const f of q.fields)
      if (!shown.has(f.path)) incident = setPath(incident, f.path, getPath(draft, f.path));
  }
  // The engine needs a date to count from; "I don't know" stores null, so count from today
  // (the result says so) rather than guess an earlier day.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(String(incident.breach.awareOn)))
    incident = setPath(incident, 'breach.awareOn', today);
  return incident;
}
