// Step 5 — did remedial action, taken before serious harm, make serious harm unlikely for what was
// already obtained (s 26WF)? The user's "it prevented harm" is a claim; the engine weighs it
// against what was done, when (before or after the information was accessed), and who has the
// information. Stopping further access, taking content down, asking for deletion, and any
// assurance from someone who may misuse the information never meet s 26WF (legal-reference §3,
// S41, S66); where the claim and the facts disagree the answer is never "not notifiable".
import { type CitationKey, cite } from '../citations.ts';
import { memo } from '../memo.ts';
import type { Resolved } from '../resolved.ts';
import type { Recipient, Step } from '../types.ts';
import { REMEDIAL_ACTIONS, type RemedialActionId, type RemedialEffectClass } from '../vocabulary.ts';

export type RemedialEffect = 'none' | 'not_eligible' | 'some_excluded' | 'unverified';

/** People who may misuse what they have: their assurances and anything done after they had it are not relied on. */
export const HOSTILE_RECIPIENTS = new Set<Recipient>([
  'malicious_or_unknown',
  'hostile_known_person',
  'unauthorised_staff',
  'public',
]);

/** People whose written confirmation of deletion can be relied on: no motive to misuse it. */
const NO_MOTIVE = new Set<Recipient>(['trusted_recipient', 'unintended_individual', 'own_staff_accidental']);

const isRecognised = (a: string): a is RemedialActionId => Object.hasOwn(REMEDIAL_ACTIONS, a);
const effectOf = (a: RemedialActionId): RemedialEffectClass => REMEDIAL_ACTIONS[a].effect;
const label = (a: RemedialActionId) => REMEDIAL_ACTIONS[a].label.toLowerCase();

/** Whether one action can make serious harm unlikely for what was obtained, on these facts. */
function counts(a: RemedialActionId, i: Resolved): boolean {
  switch (effectOf(a)) {
    case 'before_access':
      return !i.breach.personalInformationAccessed;
    case 'deletion_confirmed':
      return NO_MOTIVE.has(i.recipient);
    default:
      return false;
  }
}

/** Why an action does not count, in plain words. */
function whyNot(a: RemedialActionId, i: Resolved): string {
  switch (effectOf(a)) {
    case 'before_access':
      return `“${label(a)}” came after the information was accessed, so it cannot undo what was obtained`;
    case 'deletion_confirmed':
      return `“${label(a)}” is an assurance from someone who may misuse the information, which cannot be relied on`;
    case 'containment':
      return `“${label(a)}” stops further access but does nothing about what was already obtained`;
    case 'assurance':
      return `“${label(a)}” relies on the word of the person who took it, which cannot be relied on`;
  }
  return i.recipient;
}

function subsections(i: Resolved): { whole: CitationKey; some: CitationKey } {
  if (i.breach.kind !== 'loss') return { whole: 's26WF(1)', some: 's26WF(2)' };
  return i.breach.personalInformationAccessed
    ? { whole: 's26WF(4)', some: 's26WF(5)' }
    : { whole: 's26WF(3)', some: 's26WF(5)' };
}

/** The facts remedial action depends on (see `memo`). */
const remedyKey = (i: Resolved, wouldBeEligible: boolean) =>
  `${wouldBeEligible}|${i.remediation.status}|${i.recipient}|${i.breach.kind}|${i.breach.personalInformationAccessed}|${i.remediation.actions.join('\u0000')}`;

export const remedialAction = memo(remedyKey, remedialActionOf);

function remedialActionOf(i: Resolved, wouldBeEligible: boolean): { effect: RemedialEffect; step: Step } {
  const { status, actions } = i.remediation;
  const { whole, some } = subsections(i);
  const step = (finding: string, keys: CitationKey[]): Step => ({
    id: 'remediation',
    finding,
    citations: keys.map(cite),
  });
  if (!wouldBeEligible) {
    return {
      effect: 'none',
      step: step(
        status === 'none'
          ? 'No remedial action is needed to reach this result; keep containing the incident.'
          : 'Remedial action was taken; it is recorded, though the result does not depend on it.',
        [whole],
      ),
    };
  }
  const recognised = actions.filter(isRecognised);
  const other = actions.filter((a) => !isRecognised(a));
  const credible = recognised.filter((a) => counts(a, i));
  const containmentNote = recognised.some((a) => !counts(a, i))
    ? ` ${recognised
        .filter((a) => !counts(a, i))
        .map((a) => whyNot(a, i))
        .join('; ')}.`
    : '';

  if (status !== 'prevented_harm' && status !== 'prevented_harm_for_some') {
    return {
      effect: 'none',
      step: step(
        (status === 'partial'
          ? 'Remedial action reduced the risk but did not remove the likelihood of serious harm.'
          : 'No remedial action has yet removed the likelihood of serious harm.') + containmentNote,
        [whole],
      ),
    };
  }

  const forSome = status === 'prevented_harm_for_some';
  if (credible.length > 0) {
    const how = credible
      .map((a) =>
        effectOf(a) === 'before_access'
          ? `${label(a)} — before anyone accessed it`
          : `${label(a)} — from a recipient with no motive to misuse it`,
      )
      .join('; ');
    return forSome
      ? {
          effect: 'some_excluded',
          step: step(
            `Remedial action (${how}) removed the likely risk of serious harm for some individuals only: they need not be notified; everyone else still must be. Keep the evidence.`,
            [some],
          ),
        }
      : {
          effect: 'not_eligible',
          step: step(
            `Action taken before any serious harm (${how}) means a reasonable person would conclude serious harm is not likely: it is not an eligible data breach. Keep the evidence that it worked.`,
            [whole],
          ),
        };
  }

  // The claim is not supported by anything that can meet s 26WF on these facts.
  if (HOSTILE_RECIPIENTS.has(i.recipient) && i.breach.personalInformationAccessed) {
    return {
      effect: 'none',
      step: step(
        `You said the action ${forSome ? 'protected some people' : 'prevented serious harm'}, but someone who may misuse the information already has it. Nothing done afterwards can be relied on to make serious harm unlikely for what they obtained, and a threat actor’s assurance is no basis for that conclusion, so treat everyone as still at risk.${containmentNote}`,
        [forSome ? some : whole, 'oaic_threat_actor'],
      ),
    };
  }
  if (forSome) {
    return {
      effect: 'none',
      step: step(
        `You said the action protected some people, but nothing recorded shows it did for anyone in particular, so notify everyone. To leave people out, record what was done for them, when, and the evidence it worked.${containmentNote}`,
        [some],
      ),
    };
  }
  if (other.length > 0 || recognised.length === 0) {
    return {
      effect: 'unverified',
      step: step(
        `You said the action prevented serious harm, but ${
          other.length > 0 ? `“${other.join('”, “')}” cannot be weighed here` : 'no action is recorded'
        }. It counts only if it was taken before serious harm and, as a result, serious harm is not likely for what was already obtained: record what was done, when, and the evidence (written confirmation of deletion, wipe or audit logs), then reassess.${containmentNote}`,
        [whole, 'oaic_threat_actor'],
      ),
    };
  }
  return {
    effect: 'none',
    step: step(
      `You said the action prevented serious harm, but what was done cannot have:${containmentNote} Treat the people affected as still at risk.`,
      [whole],
    ),
  };
}
