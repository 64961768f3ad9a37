// The incident file the user opened with "Continue an incident", kept in memory (this page only)
// so the result screen can offer to add the new decision to it. A module of its own, so the
// result screen can ask without loading the incident-file code.
import type { HeldFile } from './incident-file.ts';

let current: HeldFile | undefined;
export const heldFile = (): HeldFile | undefined => current;
export const holdFile = (held: HeldFile | undefined): void => {
  current = held;
};
