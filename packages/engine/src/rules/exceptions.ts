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
    if (o.anotherEntityHasNotified)
      parts.push(
        'The other entity has already given the OAIC its statement and notified the individuals, including yours: s 26WM means you need not do so again. Keep a copy of its statement and notice as evidence.',
      );
    else if (o.anotherEntityNotifying)
      parts.push(
        'The other entity says it will notify: until it has, and its statement covers your patients, you still must (s 26WM applies only once it has complied).',
      );
  }
  if (i.breach.lawEnforcementAskedToDelay) {
    parts.push(
      i.entity.type === 'commonwealth_agency'
        ? 'Police asked you to delay notifying. Only an enforcement body can use s 26WN (its chief executive must believe notifying would prejudice its enforcement related activity); otherwise ask the Commissioner for a declaration or an extension (s 26WQ).'
        : 'Police asked you to delay notifying. The s 26WN exception is only for enforcement bodies, which a private organisation is not; ask the Commissioner for a declaration or an extension of time (s 26WQ).',
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
