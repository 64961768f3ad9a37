// The answers given, in plain words, one line per question as the wizard asked it: the result's
// "Your answers" list (each with a link back to its screen) and the record PDF. Option values are
// shown by their labels (the engine's labels.ts via the questions), never as raw ids.
import { type Field, formatDate, formatDateTime, getPath, QUESTIONS } from '@ndb-kit/engine';
import { type Answers, fieldsShown, questionsFor } from './state.ts';

export interface AnswerLine {
  /** The question in words a reader understands without the screen around it. */
  question: string;
  answer: string;
  /** The screen to go back to (index in the wizard's questions); -1 when it came from the plan. */
  screen: number;
  questionId: string;
  /** True when the practice's plan gave the fact (the organisation screens were not shown). */
  fromPlan: boolean;
}

// Field labels written for the screen they sit on ("Tick all that apply") in words that stand alone.
const STANDALONE: Record<string, string> = {
  'entity.type': 'Type of organisation',
  'breach.kind': 'What happened to the information',
  'information.kinds': 'Kinds of information involved',
  protection: 'How the information was protected',
  recipient: 'Who has, or could have, the information',
  'remediation.actions': 'What you did to contain it',
  'breach.myHealthRecord': 'Was the My Health Record system involved?',
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** One field's answer in words, or undefined when it was left blank. */
export function answerWords(field: Field, answers: Answers, fromPlan = false): string | undefined {
  const value = getPath(answers.incident, field.path);
  const unknown = answers.answered.includes(`unknown:${field.path}`);
  if (!fromPlan && !unknown && !answers.answered.includes(field.path)) return undefined;
  const label = (v: unknown) => field.options?.find((o) => same(o.value, v))?.label;
  if (field.input === 'multi') {
    const values = Array.isArray(value) ? value : [];
    const known = values.flatMap((v) => label(v) ?? []);
    const words = [...known, ...(unknown && field.unknown ? [field.unknown.label] : [])];
    return words.length ? words.join('; ') : 'None';
  }
  if (unknown) return field.unknown?.label ?? "I don't know";
  if (field.input === 'choice') return label(value) ?? (value === 'unknown' ? "I don't know" : undefined);
  if (value === undefined || value === null || value === '' || value === 'unknown') return undefined;
  if (field.input === 'date') return formatDate(String(value));
  if (field.input === 'datetime') return formatDateTime(String(value));
  if (field.input === 'number')
    return field.path === 'entity.annualTurnover'
      ? `$${Number(value).toLocaleString('en-AU')}`
      : Number(value).toLocaleString('en-AU');
  return String(value);
}

/** Every answer of the current run, in the order the screens asked them. */
export function answerList(answers: Answers): AnswerLine[] {
  const questions = questionsFor(answers);
  const lines: AnswerLine[] = [];
  if (!answers.withOrganisation)
    for (const q of QUESTIONS.filter((x) => x.section === 'organisation'))
      for (const f of fieldsShown(q, answers)) {
        const answer = answerWords(f, answers, true);
        if (answer)
          lines.push({
            question: STANDALONE[f.path] ?? f.label,
            answer,
            screen: -1,
            questionId: q.id,
            fromPlan: true,
          });
      }
  questions.forEach((q, screen) => {
    for (const f of fieldsShown(q, answers)) {
      const answer = answerWords(f, answers);
      if (answer)
        lines.push({
          question: STANDALONE[f.path] ?? f.label,
          answer,
          screen,
          questionId: q.id,
          fromPlan: false,
        });
    }
  });
  return lines;
}
