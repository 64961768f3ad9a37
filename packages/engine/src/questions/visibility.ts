// Which questions and fields to ask, given the answers so far.
import { getPath } from './paths.ts';
import { QUESTIONS } from './list.ts';
import type { Condition, Field, Question } from './types.ts';

export function conditionHolds(condition: Condition | undefined, incident: unknown): boolean {
  if (!condition) return true;
  if ('all' in condition) return condition.all.every((c) => conditionHolds(c, incident));
  if ('any' in condition) return condition.any.some((c) => conditionHolds(c, incident));
  const value = getPath(incident, condition.path);
  if ('includesAny' in condition)
    return Array.isArray(value) && condition.includesAny.some((v) => (value as unknown[]).includes(v));
  return 'in' in condition ? condition.in.includes(value) : !condition.notIn.includes(value);
}

/** The questions to ask now, given the answers so far. `skip` leaves out a section (the site knows the organisation). */
export function visibleQuestions(
  incident: unknown,
  options: { skip?: Question['section'][] } = {},
): Question[] {
  return QUESTIONS.filter((q) => !options.skip?.includes(q.section) && conditionHolds(q.showIf, incident));
}

export function visibleFields(question: Question, incident: unknown): Field[] {
  return question.fields.filter((f) => conditionHolds(f.showIf, incident));
}
