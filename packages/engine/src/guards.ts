// Type guards for values whose type the compiler cannot follow (answers read at a dotted path, an
// unknown fact's chosen value): a check instead of an `as` cast, so a wrong value is caught.
import type { InformationKind, Protection } from './types.ts';
import { INFORMATION_KINDS, PROTECTIONS } from './vocabulary.ts';

/** An object whose fields can be read and written by name (not null, not an array's index). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

export const isInformationKind = (value: unknown): value is InformationKind =>
  INFORMATION_KINDS.some((k) => k === value);

export const isProtection = (value: unknown): value is Protection => PROTECTIONS.some((p) => p === value);
