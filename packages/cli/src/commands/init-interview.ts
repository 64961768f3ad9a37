// `ndb init`'s interview: each step's answer comes from its flag, else (on a terminal) from a
// prompt repeated until the answer parses, else from its fallback; without a terminal a missing
// required flag is listed instead.
import { createInterface } from 'node:readline/promises';
import type { Io } from '../bin.ts';
import { type Answers, type InitQuestion, isRequired } from './init-questions.ts';

/** Asks one question and resolves with the typed answer (injectable for tests). */
export type Ask = (question: string) => Promise<string>;

export interface Interview {
  answers: Answers;
  /** `--flag`s a non-interactive run needed and did not get. */
  missing: string[];
  /** One line per refused flag value. */
  problems: string[];
}

function terminalAsk(): { ask: Ask; close: () => void } {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  return { ask: (q) => rl.question(q), close: () => rl.close() };
}

/** Runs the interview; rejects when the terminal closes mid-way (the caller writes nothing). */
export async function interview(
  questions: InitQuestion[],
  flag: (name: string) => string | undefined,
  io: Pick<Io, 'err' | 'stdinIsTTY'>,
  ask: Ask | undefined,
): Promise<Interview> {
  const interactive = ask !== undefined || io.stdinIsTTY;
  const terminal = interactive && ask === undefined ? terminalAsk() : undefined;
  const answers: Answers = {};
  const missing: string[] = [];
  const problems: string[] = [];
  try {
    for (const q of questions) {
      const given = flag(q.flag);
      if (given !== undefined) {
        const parsed = q.parse(given, answers);
        if (parsed.ok) answers[q.flag] = parsed.value;
        else problems.push(`--${q.flag}: ${parsed.error}`);
        continue;
      }
      const fallback = q.fallback?.(answers);
      const required = isRequired(q, answers);
      if (!interactive) {
        if (required) missing.push(`--${q.flag}`);
        else if (fallback !== undefined) answers[q.flag] = fallback;
        continue;
      }
      if (q.when && !q.when(answers)) continue;
      const prompter = ask ?? terminal?.ask;
      if (!prompter) break;
      for (;;) {
        const raw = (await prompter(`${q.prompt}${fallback ? ` [${fallback}]` : ''}: `)).trim();
        if (raw === '') {
          if (fallback !== undefined) answers[q.flag] = fallback;
          if (fallback !== undefined || !required) break;
          io.err('  an answer is needed');
          continue;
        }
        const parsed = q.parse(raw, answers);
        if (parsed.ok) {
          answers[q.flag] = parsed.value;
          break;
        }
        io.err(`  ${parsed.error}`);
      }
    }
  } finally {
    terminal?.close();
  }
  return { answers, missing, problems };
}
