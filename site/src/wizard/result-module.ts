// Loaded on demand by Wizard.tsx: the engine's assessment, the result screen and its answer list.
export { assessAndRecord } from '@ndb-kit/engine';
export { answerList } from './answer-list.ts';
export { ResultScreen } from './ResultScreen.tsx';
