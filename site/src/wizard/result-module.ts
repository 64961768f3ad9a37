// Loaded on demand by Wizard.tsx: the engine's assessment and the result screen.
export { assessAndRecord } from '@ndb-kit/engine';
export { ResultScreen } from './ResultScreen.tsx';
