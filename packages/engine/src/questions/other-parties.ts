// My Health Record (MHR Act s 75), other entities (s 26WJ, 26WM), police (s 26WQ) and ransom
// payments (Cyber Security Act s 27).
import { cite } from '../citations.ts';
import { DONT_KNOW, unknownAnswer, yesNo } from './answers.ts';
import type { Question } from './types.ts';

export const OTHER_PARTY_QUESTIONS: Question[] = [
  {
    id: 'my_health_record',
    section: 'incident',
    prompt: 'Was the My Health Record system involved?',
    help: 'A breach involving a My Health Record must be notified to the Australian Digital Health Agency (and the OAIC) under s 75 of the My Health Records Act, even if it only may have happened — and so must an event that may compromise the My Health Record system, such as malware on a computer that can reach it, even if no record was opened. Copies downloaded into your own system are your own records, covered by the Privacy Act.',
    citations: [cite('mhr_s75'), cite('s26WD')],
    showIf: { path: 'entity.myHealthRecordParticipant', in: [true] },
    fields: [
      {
        path: 'breach.myHealthRecord',
        label: 'My Health Record',
        input: 'choice',
        options: [
          { value: 'no', label: 'No' },
          { value: 'involved', label: 'Yes, a My Health Record was accessed or disclosed' },
          {
            value: 'possibly_involved',
            label:
              'Possibly, or the event could compromise the system (e.g. malware on a computer that can reach it)',
          },
        ],
        unknown: { label: DONT_KNOW, value: 'possibly_involved' },
      },
      {
        path: 'breach.alsoOutsideMyHealthRecord',
        label: 'Were your own records (outside My Health Record) involved too?',
        input: 'choice',
        options: yesNo('Yes', 'No'),
        unknown: unknownAnswer,
        showIf: { path: 'breach.myHealthRecord', in: ['involved', 'possibly_involved'] },
      },
    ],
  },
  {
    id: 'other_parties',
    section: 'incident',
    prompt: 'Anyone else involved?',
    help: 'A vendor or another practice may share the breach: one assessment and one notification can cover everyone, once it has actually been done. If police ask you to delay, a private practice asks the Commissioner for an extension. A ransom payment must be reported within 72 hours by larger businesses.',
    citations: [cite('s26WJ'), cite('s26WM'), cite('s26WQ'), cite('csa_s27')],
    fields: [
      {
        path: 'breach.otherEntities.involved',
        label: 'Does another organisation (a vendor, another practice) hold the same information?',
        input: 'choice',
        options: yesNo('Yes', 'No'),
        unknown: { label: DONT_KNOW, value: true },
      },
      {
        path: 'breach.otherEntities.anotherEntityAssessing',
        label: 'Has it said it will assess the breach for everyone?',
        mootWhenUnknown: 'breach.otherEntities.involved',
        input: 'choice',
        options: yesNo('Yes', 'No'),
        unknown: { label: DONT_KNOW, value: false },
        showIf: { path: 'breach.otherEntities.involved', in: [true] },
      },
      {
        path: 'breach.otherEntities.anotherEntityNotifying',
        label: 'Has it said it will notify the OAIC and the people affected?',
        mootWhenUnknown: 'breach.otherEntities.involved',
        input: 'choice',
        options: yesNo('Yes', 'No'),
        unknown: { label: DONT_KNOW, value: false },
        showIf: { path: 'breach.otherEntities.involved', in: [true] },
      },
      {
        path: 'breach.otherEntities.anotherEntityHasNotified',
        label:
          'Has it already given the OAIC its statement and notified the people affected, including your patients?',
        mootWhenUnknown: 'breach.otherEntities.involved',
        input: 'choice',
        options: yesNo('Yes, and we have a copy of what it sent', 'No, not yet'),
        unknown: unknownAnswer,
        showIf: { path: 'breach.otherEntities.involved', in: [true] },
      },
      {
        path: 'breach.ransomware.paymentMade',
        label: 'Was a ransom or extortion payment made (by you or on your behalf)?',
        input: 'choice',
        options: yesNo('Yes', 'No'),
        unknown: { label: DONT_KNOW, value: true },
        showIf: { path: 'breach.cause', in: ['cyber_attack', 'unknown'] },
      },
      {
        path: 'breach.ransomware.paymentMadeAt',
        label: 'When was it paid?',
        mootWhenUnknown: 'breach.ransomware.paymentMade',
        input: 'datetime',
        optional: true,
        unknown: { label: DONT_KNOW, value: null },
        showIf: { path: 'breach.ransomware.paymentMade', in: [true] },
      },
      {
        path: 'breach.lawEnforcementAskedToDelay',
        label: 'Have police asked you to delay telling people?',
        input: 'choice',
        options: yesNo('Yes', 'No'),
        unknown: { label: DONT_KNOW, value: false },
      },
    ],
  },
];
