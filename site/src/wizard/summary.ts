// The decision summary for the "email the summary" link: plain text, made in the browser.
import { type Decision, describeDue, type Incident } from '@ndb-kit/engine';
import { OUTCOME_WORDS } from './practice-steps.ts';
import type { WizardPractice } from '../lib/site-data.ts';

export function recordSummary(i: Incident, d: Decision, hash: string, p: WizardPractice): string {
  return [
    `Data breach decision record — ${p.name}`,
    `Outcome: ${OUTCOME_WORDS[d.outcome].title} — ${d.headline}`,
    `Aware: ${i.breach.awareAt ?? i.breach.awareOn}`,
    '',
    'Duties:',
    ...d.obligations.map(
      (o) =>
        `- ${o.title} (${o.to}): ${describeDue(o)}${o.conditional ? ' (if the open facts go that way)' : ''}`,
    ),
    '',
    `Record SHA-256: ${hash}`,
    'Attach the decision record (the JSON file the wizard downloads) to this email before sending.',
    '',
    d.notAdvice,
  ].join('\n');
}
