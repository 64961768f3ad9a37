// Step 5 — did remedial action, taken before serious harm, mean serious harm is not likely (s 26WF)?
// A hostile recipient's promise to delete is never remedial action: with such a recipient only
// technical containment counts (OAIC, S66); otherwise the claim is treated as unverified.
import { cite } from '../citations.ts';
import type { Resolved } from '../resolved.ts';
import type { Step } from '../types.ts';
import { REMEDIAL_ACTIONS } from '../vocabulary.ts';

export type RemedialEffect = 'none' | 'not_eligible' | 'some_excluded' | 'unverified';

const HOSTILE_RECIPIENTS = new Set(['malicious_or_unknown', 'hostile_known_person', 'public']);

function hasTechnicalContainment(actions: string[]): boolean {
  return actions.some(
    (a) => a in REMEDIAL_ACTIONS && REMEDIAL_ACTIONS[a as keyof typeof REMEDIAL_ACTIONS].technical,
  );
}

export function remedialAction(
  i: Resolved,
  wouldBeEligible: boolean,
): { effect: RemedialEffect; step: Step } {
  const { status, actions } = i.remediation;
  const sub =
    i.breach.kind === 'loss' && !i.breach.personalInformationAccessed ? cite('s26WF(3)') : cite('s26WF(1)');
  if (!wouldBeEligible) {
    return {
      effect: 'none',
      step: {
        id: 'remediation',
        finding:
          status === 'none'
            ? 'No remedial action is needed to reach this result; keep containing the incident.'
            : 'Remedial action was taken; it is recorded, though the result does not depend on it.',
        citations: [sub],
      },
    };
  }
  if (status === 'prevented_harm' || status === 'prevented_harm_for_some') {
    if (
      HOSTILE_RECIPIENTS.has(i.recipient) &&
      !hasTechnicalContainment(actions) &&
      status === 'prevented_harm_for_some'
    ) {
      return {
        effect: 'none',
        step: {
          id: 'remediation',
          finding:
            'The action that is said to protect some people relies on the goodwill of someone who may intend harm; a threat actor’s assurance cannot be relied on, so treat everyone as still at risk.',
          citations: [cite('s26WF(2)'), cite('oaic_threat_actor')],
        },
      };
    }
    if (HOSTILE_RECIPIENTS.has(i.recipient) && !hasTechnicalContainment(actions)) {
      return {
        effect: 'unverified',
        step: {
          id: 'remediation',
          finding:
            'The remedial action relies on the goodwill of someone who may intend harm; a threat actor’s assurance cannot be relied on. Verify it (for example with logs, a wipe report or recovery of the device) before treating it as remedial action.',
          citations: [sub, cite('oaic_threat_actor')],
        },
      };
    }
    if (status === 'prevented_harm') {
      return {
        effect: 'not_eligible',
        step: {
          id: 'remediation',
          finding:
            'Action taken before any serious harm means a reasonable person would conclude serious harm is not likely: it is not an eligible data breach. Keep the evidence.',
          citations: [sub],
        },
      };
    }
    return {
      effect: 'some_excluded',
      step: {
        id: 'remediation',
        finding:
          'Remedial action removed the likely risk for some individuals only: they need not be notified; everyone else still must be.',
        citations: [cite('s26WF(2)')],
      },
    };
  }
  return {
    effect: 'none',
    step: {
      id: 'remediation',
      finding:
        status === 'partial'
          ? 'Remedial action reduced the risk but did not remove the likelihood of serious harm.'
          : 'No remedial action has yet removed the likelihood of serious harm.',
      citations: [sub],
    },
  };
}
