// Loads the committed scenario fixtures (fixtures/scenarios at the repo root) for tests and benches.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Incident, Outcome } from '../types.ts';

export interface Scenario {
  id: string;
  title: string;
  /** Finding fixtures (fixtures/findings): the issue finding they probe, and the old answer. */
  finding?: number;
  before?: string;
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
    dueDates?: Record<string, string>;
    headlineIncludes?: string[];
    citesInSteps?: string[];
    findingIncludes?: Record<string, string>;
    obligationCitationsExclude?: Record<string, string>;
  };
}

export const SCENARIO_DIR = fileURLToPath(new URL('../../../../fixtures/scenarios/', import.meta.url));
/** Incidents written to probe the engine's reasoning (issue #7), one or more per finding. */
export const FINDINGS_DIR = fileURLToPath(new URL('../../../../fixtures/findings/', import.meta.url));

export function loadScenarios(dir = SCENARIO_DIR): Scenario[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(dir + f, 'utf8')) as Scenario);
}
