// Applies the rules, in the order of the Act, to one resolved incident (no unknowns).
import { cite } from './citations.ts';
import type { Resolved } from './resolved.ts';
import { breachLimb } from './rules/breach-limb.ts';
import { coverage } from './rules/coverage.ts';
import { exceptions } from './rules/exceptions.ts';
import { myHealthRecord } from './rules/my-health-record.ts';
import { otherObligations, type RegimeContext } from './rules/other-regimes.ts';
import { type RemedialEffect, remedialAction } from './rules/remedial-action.ts';
import { exposure, seriousHarm } from './rules/serious-harm.ts';
import type { HarmFactor, InformationKind, ObligationDraft, Outcome, Step } from './types.ts';

export interface Evaluation {
  ndb: Outcome | 'not_applicable';
  /** The Part IIIC outcome once the facts are established (reasonable grounds to believe). */
  ndbIfBelieved: Outcome | 'not_applicable';
  mhr: 'notify' | 'not_applicable';
  steps: Step[];
  harmFactors: HarmFactor[];
  setAside: InformationKind[];
  remedialEffect: RemedialEffect;
  obligations: ObligationDraft[];
}

/** The GDPR reading of the facts (art 33 unless unlikely to result in a risk; art 34 for a high risk). */
function gdprRisk(i: Resolved): RegimeContext['risk'] {
  if (!i.entity.gdprApplies) return 'unlikely';
  const personal = i.information.kinds.filter((k) => k !== 'de_identified');
  if (personal.length === 0 || !breachLimb(i).met) return 'unlikely';
  const e = exposure(i);
  if (e === 'contained' || e === 'benign') return 'unlikely';
  return seriousHarm(i, personal).likelihood === 'likely' ? 'high' : 'some';
}

export function evaluate(i: Resolved): Evaluation {
  const steps: Step[] = [];
  const cov = coverage(i);
  steps.push(cov.step);
  const mhr = myHealthRecord(i);
  steps.push(mhr.step);
  const base = {
    mhr: mhr.s75Applies ? ('notify' as const) : ('not_applicable' as const),
    setAside: cov.setAside,
    obligations: otherObligations(i, { s75Applies: mhr.s75Applies, risk: gdprRisk(i) }),
  };
  if (!cov.covered)
    return {
      ...base,
      ndb: 'not_covered',
      ndbIfBelieved: 'not_covered',
      steps,
      harmFactors: [],
      remedialEffect: 'none',
    };
  if (mhr.displacesPartIIIC)
    return {
      ...base,
      ndb: 'not_applicable',
      ndbIfBelieved: 'not_applicable',
      steps,
      harmFactors: [],
      remedialEffect: 'none',
    };

  const limb = breachLimb(i);
  steps.push(limb.step);
  const harm = seriousHarm(i, cov.inScope);
  if (limb.met) steps.push(harm.step);
  const wouldBeEligible = limb.met && harm.likelihood !== 'not_likely';
  const remedy = remedialAction(i, wouldBeEligible);
  steps.push(remedy.step);
  steps.push(exceptions(i));

  let ndb: Outcome;
  let ndbIfBelieved: Outcome;
  let certaintyFinding: string;
  let certaintyCitation = cite('s26WH');
  const others = i.breach.otherEntities;
  if (!wouldBeEligible || remedy.effect === 'not_eligible') {
    ndb = ndbIfBelieved = 'not_notifiable';
    certaintyFinding =
      'On these facts it is not an eligible data breach, whether the facts are suspected or believed.';
  } else if (others.involved && others.anotherEntityHasNotified) {
    // s 26WM: once another entity has complied with s 26WK and s 26WL for the same breach, they do
    // not apply to us; its assessment covers s 26WH too (s 26WJ).
    ndb = ndbIfBelieved = 'not_notifiable';
    certaintyCitation = cite('s26WM');
    certaintyFinding =
      'It may be an eligible data breach, but another entity affected by the same breach has already given the statement and notified the individuals, including yours, so you need not notify again (s 26WM). Keep a copy of its statement and notice, and check it covered everyone whose information you held.';
  } else if (remedy.effect === 'unverified' || harm.likelihood === 'uncertain') {
    ndb = ndbIfBelieved = 'assess';
    certaintyFinding =
      'The test is not clearly met either way, so treat this as a suspected eligible data breach and assess it within 30 days.';
  } else if (i.breach.certainty === 'believed') {
    ndb = ndbIfBelieved = 'notify';
    certaintyCitation = cite('s26WK');
    certaintyFinding =
      'There are reasonable grounds to believe this is an eligible data breach: notify as soon as practicable.';
  } else {
    ndb = 'assess';
    ndbIfBelieved = 'notify';
    certaintyFinding =
      'If the facts are as suspected this would be an eligible data breach, but there are only grounds to suspect it: assess within 30 days.';
  }
  steps.push({ id: 'certainty', finding: certaintyFinding, citations: [certaintyCitation] });
  return { ...base, ndb, ndbIfBelieved, steps, harmFactors: harm.factors, remedialEffect: remedy.effect };
}
