// The decision wizard's questions, as data, and the helpers that walk them (the browser wizard and
// `ndb assess --interactive`). One module per seam: the types, the questions by subject, paths,
// visibility and the draft incident a wizard starts from.
export { draftIncident } from './draft.ts';
export { QUESTIONS } from './list.ts';
export { getPath, setPath } from './paths.ts';
export type { Condition, Field, Option, Question } from './types.ts';
export { conditionHolds, visibleFields, visibleQuestions } from './visibility.ts';
