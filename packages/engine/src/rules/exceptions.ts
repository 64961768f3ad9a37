// Step 6 — exceptions that change who acts or when: other entities (s 26WJ, s 26WM, s 26WK(4))
// and a police request to delay (s 26WQ; s 26WN is only for enforcement bodies).
import { cite } from '../citations.ts';
import type { Resolved } from '../resolved.ts';
import type { Step } from '../types.ts';

export function exceptions(i: Resolved): Step {
  const parts: string[] = [];
  const citations: string[] = [];
  const o = i.breach.otherEntities;
  if (o.involved) {
    parts.push(
      'Another entity holds the same information (for example a software vendor). One assessment can cover everyone (s 26WJ), and one statement and notification can cover everyone (s 26WM), but only if it is actually done: agree in writing who does what.',
    );
    citations.push(cite('s26WJ'), cite('s26WM'), cite('s26WK(4)'));
    if (o.anotherEntityAssessing)
      parts.push('The other entity says it is assessing: get a copy of its assessment.');
    if (o.anotherEntityNotifying)
      parts.push(
        'The other entity says it will notify: check its statement covers your patients before relying on it.',
      );
  }
  if (i.breach.lawEnforcementAskedToDelay) {
    parts.push(
      'Police asked you to delay notifying. A private practice cannot use the enforcement-body exception (s 26WN); ask the Commissioner for a declaration or an extension (s 26WQ).',
    );
    citations.push(cite('s26WN'), cite('s26WQ'));
  }
  if (parts.length === 0) {
    return {
      id: 'exceptions',
      finding:
        'No other entity is involved and nobody has asked you to delay, so no exception changes who must act.',
      citations: [cite('s26WJ'), cite('s26WM'), cite('s26WQ')],
    };
  }
  return { id: 'exceptions', finding: parts.join(' '), citations };
}
