// `ndb init`'s answers → the scaffolded policy: the policy package scaffolds the core, the
// contact answers (insurer, IT provider, systems, HPI-O) are added, then the whole is validated by
// the caller.
import type { EntityType } from '@ndb-kit/engine';
import { type PracticePolicy, type ScaffoldAnswers, scaffoldPolicy } from '@ndb-kit/policy';
import { addContactAnswers, parseSystems } from './init-contacts.ts';
import { isPracticeType } from './init-parse.ts';
import { type Answers, isState } from './init-questions.ts';

export interface PolicyChoices {
  id: string;
  today: string;
  schemaRef: string;
  entityType?: EntityType;
}

/** The policy the answers make (the interview has checked every required answer is there). */
export function policyFromAnswers(
  answers: Answers,
  choices: PolicyChoices,
): { scaffold: ScaffoldAnswers; policy: PracticePolicy } {
  const str = (key: string) => {
    const v = answers[key];
    return typeof v === 'string' ? v : undefined;
  };
  const practiceType = answers['practice-type'];
  const state = answers.state;
  const turnover = answers.turnover;
  if (!isPracticeType(practiceType) || !isState(state) || turnover === undefined || turnover === true)
    throw new Error('ndb init: an answer the interview requires is missing');
  const scaffold: ScaffoldAnswers = {
    name: String(answers.name),
    id: choices.id,
    practiceType,
    state,
    annualTurnover: typeof turnover === 'number' ? turnover : 'unknown',
    myHealthRecordParticipant: answers.mhr === true,
    privacyOfficer: {
      name: String(answers['privacy-officer-name']),
      email: String(answers['privacy-officer-email']),
      phone: String(answers['privacy-officer-phone']),
    },
    today: choices.today,
    schemaRef: choices.schemaRef,
    ...(str('timezone') ? { timeZone: str('timezone') } : {}),
    ...(choices.entityType ? { entityType: choices.entityType } : {}),
    ...(str('abn') ? { abn: str('abn') } : {}),
    ...(str('phone') ? { phone: str('phone') } : {}),
    ...(str('email') ? { email: str('email') } : {}),
    address: {
      ...(str('street') ? { street: str('street') } : {}),
      ...(str('suburb') ? { suburb: str('suburb') } : {}),
      ...(str('postcode') ? { postcode: str('postcode') } : {}),
    },
  };
  const systemsText = str('systems');
  const systems = systemsText ? parseSystems(systemsText) : undefined;
  const insurer = str('insurer-name');
  const it = str('it-name');
  const policy = addContactAnswers(scaffoldPolicy(scaffold), {
    ...(str('hpio') ? { hpio: str('hpio') } : {}),
    ...(insurer
      ? {
          insurer: {
            name: insurer,
            phone: String(str('insurer-phone')),
            ...(str('insurer-policy') ? { policyNumber: str('insurer-policy') } : {}),
          },
        }
      : {}),
    ...(it
      ? {
          it: {
            name: it,
            phone: String(str('it-phone')),
            ...(str('it-after-hours') ? { afterHoursPhone: str('it-after-hours') } : {}),
          },
        }
      : {}),
    systems: systems?.ok ? systems.value : [],
  });
  return { scaffold, policy };
}
