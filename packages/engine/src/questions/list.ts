// The decision wizard's questions, as data: the browser wizard and `ndb assess --interactive`
// both walk this list. Each question fills incident fields (dotted paths); every field offers
// "I don't know", mapped to the model's `unknown` or, where the model has no unknown, to the
// cautious value. Related facts share a screen, so every public scenario takes at most eight
// screens once the organisation is known (bench/site.ts measures it through the real wizard).
import { BREACH_QUESTIONS } from './breach.ts';
import { HARM_QUESTIONS } from './harm.ts';
import { ORGANISATION_QUESTIONS } from './organisation.ts';
import { OTHER_PARTY_QUESTIONS } from './other-parties.ts';
import type { Question } from './types.ts';

export const QUESTIONS: Question[] = [
  ...ORGANISATION_QUESTIONS,
  ...BREACH_QUESTIONS,
  ...HARM_QUESTIONS,
  ...OTHER_PARTY_QUESTIONS,
];
