// Shared by the tests: the example policies, read fresh (so a test may mutate its copy).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PracticePolicy } from './types.ts';

export const POLICIES_DIR = fileURLToPath(new URL('../../../policies/', import.meta.url));
export const TODAY = '2026-11-22';

export function exampleFiles(): string[] {
  return readdirSync(POLICIES_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => `${POLICIES_DIR}${f}`);
}

export function example(name = 'harbourside-family-medical'): PracticePolicy {
  return JSON.parse(readFileSync(`${POLICIES_DIR}${name}.json`, 'utf8')) as PracticePolicy;
}
