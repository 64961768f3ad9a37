// Prints a decision for people: plain text for the terminal, or Markdown for an incident file.
// Every legal statement carries its citation; the not-legal-advice statement is always shown.
// Engine ids are never printed raw: outcomes, factors and effects take the engine's words (labels.ts).
import {
  citationFor,
  type Decision,
  type DecisionRecord,
  describeDue,
  HARM_EFFECT_LABELS,
  HARM_FACTOR_IDS,
  HARM_FACTOR_LABELS,
  OUTCOME_TITLES,
} from '@ndb-kit/engine';
import { escapeMarkdown } from '@ndb-kit/generator/escape-markdown';
import { safeText } from '@ndb-kit/validation';

/** The engine's outcome title, in capitals for the terminal's first line. */
const outcomeWords = (d: Decision) => OUTCOME_TITLES[d.outcome].toUpperCase();
const FACTOR_WIDTH = Math.max(...HARM_FACTOR_IDS.map((id) => HARM_FACTOR_LABELS[id].length));
const EFFECT_WIDTH = Math.max(...Object.values(HARM_EFFECT_LABELS).map((label) => label.length));

function when(o: Decision['obligations'][number]): string {
  const parts: string[] = [];
  if (o.deadlines) parts.push(o.deadlines.map((x) => `${x.label}: ${describeDue(x)}`).join('; '));
  else parts.push(describeDue(o));
  if (o.overdue) parts.push('OVERDUE');
  if (o.conditional) parts.push('if it applies');
  return parts.join(', ');
}

function allCitations(d: Decision): string[] {
  return [...new Set([...d.steps.flatMap((s) => s.citations), ...d.obligations.flatMap((o) => o.citations)])];
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** Markdown-escapes text that came from an input file (the generator's escaper, after safeText). */
const md = (text: string): string => escapeMarkdown(safeText(text));

export function formatText(d: Decision, record?: DecisionRecord, entityName?: string): string {
  const out: string[] = [];
  const rule = '─'.repeat(72);
  out.push(rule, `${outcomeWords(d)}${entityName ? ` — ${safeText(entityName)}` : ''}`, d.headline, rule, '');
  out.push(
    'Why',
    ...d.steps.flatMap((s) => [
      `  • ${s.finding}`,
      ...(s.alternatives ?? []).map((a) => `      – ${a}`),
      `    [${s.citations.join('; ')}]`,
    ]),
    '',
  );
  if (d.harmFactors.length > 0) {
    out.push('Serious-harm factors (s 26WG)');
    for (const f of d.harmFactors)
      out.push(
        `  ${HARM_EFFECT_LABELS[f.effect].padEnd(EFFECT_WIDTH)} ${HARM_FACTOR_LABELS[f.factor].padEnd(FACTOR_WIDTH)} ${f.note}`,
      );
    out.push('');
  }
  if (d.unknownsThatMatter.length > 0) {
    out.push('What to find out');
    for (const u of d.unknownsThatMatter) {
      out.push(`  • ${u.question}`);
      for (const t of u.ifThen) out.push(`      if ${lower(t.label)}: ${t.meaning}`);
    }
    out.push('');
  }
  out.push('Obligations');
  for (const o of d.obligations)
    out.push(
      `  • ${o.title} — ${o.to}: ${when(o)}${o.option ? ` (option ${o.option})` : ''}`,
      `    ${o.what}`,
      `    [${o.citations.join('; ')}]`,
    );
  out.push('', 'Next steps', ...d.nextSteps.map((s, n) => `  ${n + 1}. ${s}`), '');
  out.push('Sources');
  for (const c of allCitations(d)) {
    const entry = citationFor(c);
    out.push(`  ${c}${entry ? ` — ${entry.heading}` : ''}`);
  }
  out.push('', `Rules ${d.rulesVersion}, law as at ${d.lawAsAt}.`);
  if (record) out.push(`Decision record SHA-256: ${record.hash.value}`);
  out.push('', d.notAdvice);
  return out.join('\n');
}

export function formatMarkdown(d: Decision, record?: DecisionRecord, entityName?: string): string {
  const out: string[] = [];
  out.push(
    `# ${outcomeWords(d)}${entityName ? ` — ${md(entityName)}` : ''}`,
    '',
    `**${d.headline}**`,
    '',
    `> ${d.notAdvice}`,
    '',
  );
  out.push('## Why', '', ...d.steps.map((s) => `- ${s.finding} _(${s.citations.join('; ')})_`), '');
  if (d.harmFactors.length > 0) {
    out.push(
      '## Serious-harm factors (s 26WG)',
      '',
      '| Factor | Effect | Note | Source |',
      '| --- | --- | --- | --- |',
    );
    for (const f of d.harmFactors)
      out.push(
        `| ${HARM_FACTOR_LABELS[f.factor]} | ${HARM_EFFECT_LABELS[f.effect]} | ${f.note} | ${f.citations.join('; ')} |`,
      );
    out.push('');
  }
  if (d.unknownsThatMatter.length > 0) {
    out.push('## What to find out', '');
    for (const u of d.unknownsThatMatter)
      out.push(`- ${u.question}`, ...u.ifThen.map((t) => `  - if ${lower(t.label)}: **${t.meaning}**`));
    out.push('');
  }
  out.push('## Obligations', '', '| To | What | When | Source |', '| --- | --- | --- | --- |');
  for (const o of d.obligations)
    out.push(
      `| ${o.to} | ${o.what}${o.option ? ` (option ${o.option})` : ''} | ${when(o)} | ${o.citations.join('; ')} |`,
    );
  out.push('', '## Next steps', '', ...d.nextSteps.map((s, n) => `${n + 1}. ${s}`), '');
  out.push(
    `_Rules ${d.rulesVersion}, law as at ${d.lawAsAt}.${record ? ` Decision record SHA-256: \`${record.hash.value}\`._` : '_'}`,
    '',
  );
  return out.join('\n');
}
