// The organisation: who the Act covers (s 6C, 6D, 6D(4)) and the facts that bring in other laws.
import { cite } from '../citations.ts';
import { CARVE_INS, JURISDICTIONS } from '../vocabulary.ts';
import { DONT_KNOW, unknownAnswer, yesNo } from './answers.ts';
import type { Question } from './types.ts';

export const ORGANISATION_QUESTIONS: Question[] = [
  {
    id: 'organisation',
    section: 'organisation',
    prompt: 'What kind of organisation are you?',
    help: 'A practice that provides a health service and holds health information is covered whatever its turnover. That includes more than clinics: pharmacies, gyms and weight-loss clinics, childcare centres, private schools and complementary therapists (naturopaths, massage therapists) can be health service providers when they assess, record or treat someone’s health. Other small businesses (turnover $3,000,000 or less) are usually not covered.',
    citations: [cite('s6D(4)'), cite('s6D'), cite('s6C')],
    fields: [
      {
        path: 'entity.type',
        label: 'Type of organisation',
        input: 'choice',
        options: [
          {
            value: 'health_service_provider',
            label:
              'A private health service (GP, dentist, allied health, psychology, pharmacy, NDIS therapy, complementary therapy…)',
          },
          { value: 'business', label: 'Another private business, sole trader or not-for-profit' },
          { value: 'commonwealth_agency', label: 'A Commonwealth agency' },
          {
            value: 'state_or_territory_authority',
            label: 'A state or territory body, such as a public hospital',
          },
        ],
        unknown: { label: DONT_KNOW, value: 'health_service_provider' },
      },
      {
        path: 'entity.annualTurnover',
        label: 'Annual turnover last financial year (AUD)',
        input: 'number',
        unknown: unknownAnswer,
      },
    ],
  },
  {
    id: 'organisation_facts',
    section: 'organisation',
    prompt: 'A few more facts about your organisation',
    help: 'These decide which other laws apply: My Health Record (s 75), state schemes, and carve-ins that bring a small business under the Act.',
    citations: [cite('mhr_s75'), cite('s6E'), cite('s6EA')],
    fields: [
      {
        path: 'entity.jurisdiction',
        label: 'State or territory',
        input: 'choice',
        options: JURISDICTIONS.map((j) => ({ value: j, label: j })),
        unknown: { label: DONT_KNOW, value: 'NSW' },
      },
      {
        path: 'entity.myHealthRecordParticipant',
        label: 'Registered with the My Health Record system as a healthcare provider organisation?',
        input: 'choice',
        options: yesNo('Yes', 'No'),
        unknown: { label: DONT_KNOW, value: true },
      },
      {
        path: 'entity.carveIns',
        label: 'Does any of these apply?',
        input: 'multi',
        options: CARVE_INS.map((c) => ({ value: c, label: c.replaceAll('_', ' ') })),
        unknown: { label: DONT_KNOW, value: [] },
        optional: true,
        showIf: { path: 'entity.type', in: ['business'] },
      },
    ],
  },
];
