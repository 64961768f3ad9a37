// `ndb assess --interactive`: walks the engine's question definitions in the terminal (or from
// piped answers, one per line). "?" answers "I don't know" for any field.
import { createInterface } from 'node:readline/promises';
import {
  draftIncident,
  type Field,
  type Incident,
  isIsoDate,
  isIsoDateTime,
  setPath,
  visibleFields,
  visibleQuestions,
} from '@ndb-kit/engine';
import { loadPolicy } from '@ndb-kit/policy';
import type { Issue } from '@ndb-kit/validation';
import type { Io } from './bin.ts';

type Parsed = { ok: true; value: unknown } | { ok: false; why: string };

function parseAnswer(field: Field, answer: string): Parsed {
  const a = answer.trim();
  if (a === '?')
    return field.unknown
      ? { ok: true, value: field.unknown.value }
      : { ok: false, why: 'a date: if you are not sure, the earliest date it could have been' };
  if (a === '' && field.optional) return { ok: true, value: field.input === 'multi' ? [] : undefined };
  const options = field.options ?? [];
  switch (field.input) {
    case 'choice': {
      const n = Number(a);
      const option = Number.isInteger(n) ? options[n - 1] : undefined;
      return option
        ? { ok: true, value: option.value }
        : { ok: false, why: `choose 1–${options.length}, or ? if you don't know` };
    }
    case 'multi': {
      const picks = a
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(Number);
      if (picks.length === 0 || picks.some((n) => !Number.isInteger(n) || !options[n - 1]))
        return { ok: false, why: `list numbers 1–${options.length} separated by commas, or ?` };
      return {
        ok: true,
        value: [...new Set(picks)].map((n) => (options[n - 1] as { value: unknown }).value),
      };
    }
    case 'date':
      return isIsoDate(a) ? { ok: true, value: a } : { ok: false, why: 'a real date as YYYY-MM-DD' };
    case 'datetime':
      return isIsoDateTime(a)
        ? { ok: true, value: a }
        : { ok: false, why: 'a date-time like 2025-06-02T11:00:00+10:00, or empty' };
    case 'number': {
      const n = Number(a.replaceAll(',', '').replace(/^\$/, ''));
      return Number.isFinite(n) && n >= 0
        ? { ok: true, value: Math.round(n) }
        : { ok: false, why: 'a number, or ?' };
    }
  }
}

export async function interview(
  io: Io,
  options: { policyFile?: string; today: string },
): Promise<{ ok: true; incident: Incident } | { ok: false; issues: Issue[] }> {
  // The awareness date starts empty: it is asked for, never assumed to be today.
  let incident = draftIncident({});
  const skip: 'organisation'[] = [];
  if (options.policyFile) {
    const loaded = await loadPolicy(options.policyFile, { today: options.today });
    if (!loaded.ok) return { ok: false, issues: loaded.issues };
    const org = loaded.policy.organisation;
    incident = draftIncident({ ...org.entity, name: org.tradingName, timeZone: org.timeZone });
    skip.push('organisation');
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: io.stdinIsTTY });
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (prompt: string): Promise<string | undefined> => {
    process.stderr.write(prompt);
    const next = await lines.next();
    return next.done ? undefined : next.value;
  };
  try {
    io.err("Answer each question; type ? if you don't know. This is decision support, not legal advice.\n");
    const asked = new Set<string>();
    for (
      let q = visibleQuestions(incident, { skip }).find((x) => !asked.has(x.id));
      q;
      q = visibleQuestions(incident, { skip }).find((x) => !asked.has(x.id))
    ) {
      asked.add(q.id);
      io.err(`\n${q.prompt}\n  ${q.help}\n  [${q.citations.join('; ')}]`);
      for (const field of visibleFields(q, incident)) {
        const opts = (field.options ?? []).map((o, n) => `    ${n + 1}. ${o.label}`).join('\n');
        const hint =
          field.input === 'multi'
            ? ' (numbers, comma separated)'
            : field.input === 'date'
              ? ' (YYYY-MM-DD)'
              : '';
        const help = field.help ? `\n  ${field.help}` : '';
        const unknown = field.unknown ? `    ?. ${field.unknown.label}\n` : '';
        for (;;) {
          const answer = await ask(
            `\n  ${field.label}${hint}${help}\n${opts ? `${opts}\n` : ''}${unknown}  > `,
          );
          if (answer === undefined)
            return {
              ok: false,
              issues: [
                {
                  file: '<stdin>',
                  pointer: `/${field.path.replaceAll('.', '/')}`,
                  message: 'input ended before the question was answered',
                },
              ],
            };
          const parsed = parseAnswer(field, answer);
          if (parsed.ok) {
            incident = setPath(incident, field.path, parsed.value);
            break;
          }
          io.err(`  Please answer with ${parsed.why}.`);
        }
      }
    }
  } finally {
    rl.close();
  }
  return { ok: true, incident };
}
