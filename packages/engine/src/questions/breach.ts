// What happened and when the practice became aware (s 26WE(2), s 26WH, s 26WK).
import { cite } from '../citations.ts';
import { BREACH_KIND_LABELS } from '../labels.ts';
import { DONT_KNOW, unknownAnswer, yesNo } from './answers.ts';
import type { Question } from './types.ts';

export const BREACH_QUESTIONS: Question[] = [
  {
    id: 'what_happened',
    section: 'incident',
    prompt: 'What happened?',
    help: 'An eligible data breach starts with unauthorised access, unauthorised disclosure, or loss where access is likely. An email to a wrong but valid address is a disclosure even if nobody has said they opened it.',
    citations: [cite('s26WE(2)(a)'), cite('s26WE(2)(b)')],
    fields: [
      {
        path: 'breach.kind',
        label: 'What happened to the information',
        input: 'choice',
        options: (['unauthorised_disclosure', 'unauthorised_access', 'loss'] as const).map((k) => ({
          value: k,
          label: BREACH_KIND_LABELS[k],
        })),
        unknown: unknownAnswer,
      },
      {
        path: 'breach.accessLikelyAfterLoss',
        label: 'After the loss, is someone likely to get at the information?',
        input: 'choice',
        options: yesNo(
          'Yes, or we cannot rule it out (left in public, stolen, not found)',
          'No: it was destroyed, or it is still somewhere we control (keep the evidence)',
        ),
        unknown: unknownAnswer,
        showIf: { path: 'breach.kind', in: ['loss'] },
      },
      {
        path: 'breach.cause',
        label: 'What caused it',
        input: 'choice',
        options: [
          { value: 'human_error', label: 'A mistake (wrong recipient, left behind, misconfigured)' },
          { value: 'cyber_attack', label: 'A cyber attack (phishing, hacking, ransomware)' },
          { value: 'theft', label: 'Theft or burglary' },
          { value: 'rogue_insider', label: 'A staff member or former staff member misusing access' },
          { value: 'system_fault', label: 'A system fault' },
        ],
        unknown: unknownAnswer,
      },
    ],
  },
  {
    id: 'awareness',
    section: 'incident',
    prompt: 'When did you become aware, and how sure are you?',
    help: 'The 30-day assessment clock starts the day after you became aware of grounds to suspect a breach. With reasonable grounds to believe, you must notify as soon as practicable: you need not use the 30 days.',
    citations: [cite('s26WH'), cite('s26WK'), cite('aia_s36')],
    fields: [
      {
        path: 'breach.awareOn',
        label: 'Date you became aware',
        help: 'Not sure? Enter the earliest date it could have been: the 30 days count from then, and an earlier date is the safe choice.',
        input: 'date',
      },
      {
        path: 'breach.awareAt',
        label: 'Time you became aware that day (if known)',
        input: 'datetime',
        optional: true,
        unknown: { label: DONT_KNOW, value: undefined },
      },
      {
        path: 'breach.certainty',
        label: 'How sure are you that it happened as described?',
        input: 'choice',
        options: [
          {
            value: 'believed',
            label: 'We have reasonable grounds to believe it (the facts are established)',
          },
          { value: 'suspected', label: 'We only suspect it (we are still finding out)' },
        ],
        unknown: { label: DONT_KNOW, value: 'suspected' },
      },
    ],
  },
];
