// Step 3 — is there an unauthorised access or disclosure (s 26WE(2)(a)), or a loss in circumstances
// where unauthorised access or disclosure is likely (s 26WE(2)(b))?
import { effectiveProtection } from './serious-harm.ts';
import { cite } from '../citations.ts';
import type { Resolved } from '../resolved.ts';
import type { Step } from '../types.ts';

export interface BreachLimbResult {
  met: boolean;
  limb: 'access_or_disclosure' | 'loss';
  step: Step;
}

export function breachLimb(i: Resolved): BreachLimbResult {
  const { kind, personalInformationAccessed } = i.breach;
  if (kind === 'loss') {
    const c = [cite('s26WE(2)(b)')];
    if (personalInformationAccessed) {
      return {
        met: true,
        limb: 'loss',
        step: {
          id: 'breach',
          finding: 'Information was lost and has since been accessed or disclosed.',
          citations: c,
        },
      };
    }
    if (!i.breach.accessLikelyAfterLoss) {
      return {
        met: false,
        limb: 'loss',
        step: {
          id: 'breach',
          finding:
            'Information was lost, but in circumstances where unauthorised access or disclosure is not likely (it was destroyed, or it is still somewhere you control). Keep the evidence of that.',
          citations: c,
        },
      };
    }
    if (effectiveProtection(i) === 'encrypted_key_secure') {
      return {
        met: false,
        limb: 'loss',
        step: {
          id: 'breach',
          finding:
            'Information was lost, but it is encrypted and the key is secure, so unauthorised access or disclosure is not likely to occur.',
          citations: [...c, cite('s26WG(h)')],
        },
      };
    }
    if (i.recipient === 'trusted_recipient' || i.recipient === 'own_staff_accidental') {
      return {
        met: false,
        limb: 'loss',
        step: {
          id: 'breach',
          finding:
            i.recipient === 'trusted_recipient'
              ? 'Information was lost, but only to a trusted recipient bound by confidentiality, so unauthorised access is not likely.'
              : 'Information was lost, but only within the practice, to its own staff, so unauthorised access is not likely.',
          citations: [...c, cite('s26WG(g)')],
        },
      };
    }
    return {
      met: true,
      limb: 'loss',
      step: {
        id: 'breach',
        finding:
          'Information was lost without protection that would stop someone reading it, so unauthorised access or disclosure is likely to occur.',
        citations: [...c, cite('s26WG(e)'), cite('s26WG(f)')],
      },
    };
  }
  const what = kind === 'unauthorised_access' ? 'access to' : 'disclosure of';
  if (!personalInformationAccessed) {
    return {
      met: false,
      limb: 'access_or_disclosure',
      step: {
        id: 'breach',
        finding: `Reliable evidence shows no personal information was actually accessed or disclosed, so there was no unauthorised ${what} it.`,
        citations: [cite('s26WE(2)(a)')],
      },
    };
  }
  return {
    met: true,
    limb: 'access_or_disclosure',
    step: {
      id: 'breach',
      finding: `There was an unauthorised ${what} personal information.`,
      citations: [cite('s26WE(2)(a)')],
    },
  };
}
