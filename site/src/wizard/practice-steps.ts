// The result's "what to do now" in the practice's own words: names and numbers from the plan.
import { type Decision, OUTCOME_TITLES } from '@ndb-kit/engine';
import type { Person, WizardPractice } from '../lib/site-data.ts';

export interface CallStep {
  text: string;
  phone?: string;
  /** The plan's after-hours number, where it has one: breaches do not wait for office hours. */
  afterHoursPhone?: string;
}

const afterHours = (n: string | undefined, day?: string) => (n && n !== day ? ` (after hours ${n})` : '');

const call = (p: Person | undefined, why: string): CallStep | undefined =>
  p && {
    text: `Call ${p.name}, ${p.role.toLowerCase()}${p.phone ? `, on ${p.phone}` : ''}${afterHours(p.afterHoursPhone, p.phone)}: ${why}`,
    phone: p.phone,
    afterHoursPhone: p.afterHoursPhone === p.phone ? undefined : p.afterHoursPhone,
  };

export function practiceSteps(decision: Decision, practice: WizardPractice): CallStep[] {
  const people = practice.people;
  const steps: (CallStep | undefined)[] = [
    call(people.privacyOfficer, 'tell them the result and send them the decision record.'),
  ];
  if (people.decisionMaker?.name !== people.privacyOfficer?.name)
    steps.push(
      call(
        people.decisionMaker,
        decision.outcome === 'notify'
          ? 'they approve the OAIC statement and the notices.'
          : 'they decide on the assessment.',
      ),
    );
  if (decision.outcome === 'notify' || decision.outcome === 'assess') {
    if (practice.insurer)
      steps.push({
        text: `Call ${practice.insurer.name} on ${practice.insurer.phone}${practice.insurer.policyNumber ? ` (policy ${practice.insurer.policyNumber})` : ''}: most cyber policies must be told before you act.`,
        phone: practice.insurer.phone,
      });
    if (practice.lawyer)
      steps.push({
        text: `If you are unsure, call ${practice.lawyer.name} on ${practice.lawyer.phone}.`,
        phone: practice.lawyer.phone,
      });
  }
  if (practice.itProvider)
    steps.push({
      text: `For technical containment, call ${practice.itProvider.name} on ${practice.itProvider.phone}${afterHours(practice.itProvider.afterHoursPhone, practice.itProvider.phone)}.`,
      phone: practice.itProvider.phone,
      afterHoursPhone:
        practice.itProvider.afterHoursPhone === practice.itProvider.phone
          ? undefined
          : practice.itProvider.afterHoursPhone,
    });
  return steps.filter((s): s is CallStep => !!s);
}

/** The banner title per outcome (the engine's words); the sentence under it is the engine's own headline. */
export const OUTCOME_WORDS: Record<Decision['outcome'], { title: string }> = {
  notify: { title: OUTCOME_TITLES.notify },
  assess: { title: OUTCOME_TITLES.assess },
  not_notifiable: { title: OUTCOME_TITLES.not_notifiable },
  not_covered: { title: OUTCOME_TITLES.not_covered },
};
