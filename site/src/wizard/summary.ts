// The decision summary for the "email the summary" link: plain text, made in the browser.
import { type Decision, formatDate, type Incident } from '@ndb-kit/engine';
import type { WizardPractice } from '../lib/site-data.ts';

export function recordSummary(i: Incident, d: Decision, hash: string, p: WizardPractice): string {
  return [
    `Data breach decision record — ${p.name}`,
    `Outcome: ${d.outcome} — ${d.headline}`,
    `Aware on: ${i.breach.awareOn}`,
    '',
    'Obligations:',
    ...d.obligations.map(
      (o) =>
        `- ${o.what} (${o.to}) — ${o.dueDate ? `due ${formatDate(o.dueDate)}` : o.when.replaceAll('_', ' ')}${o.conditional ? ' [if the unknown facts go that way]' : ''}`,
    ),
    '',
    `Record SHA-256: ${hash}`,
    'The full decision record (JSON) is attached separately.',
    '',
    d.notAdvice,
  ].join('\n');
}
