// Loads the committed scenario fixtures (fixtures/scenarios at the repo root) for tests and benches.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Incident, Outcome } from '../types.ts';

export interface Scenario {
  id: string;
  title: string;
  now: string;
  incident: Incident;
  expected: {
    outcome: Outcome;
    ndbOutcome: Outcome | 'not_applicable';
    obligations: string[];
    dueDate?: string;
    option?: 'a' | 'b' | 'c';
    channel?: string;
    setAsideKinds?: string[];
    unknownsThatMatter?: string[];
    establishedOutcome?: Outcome;
    dueAt?: Record<string, string>;
    ifThen?: Record<string, Record<string, Outcome>>;
  };
}

export const SCENARIO_DIR = fileURLToPath(new URL('../../../../fixtures/scenarios/', import.meta.url));

export function loadScenarios(): Scenario[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(SCENARIO_DIR + f, 'utf8')) as Scenario);
}
