// The plan's assessment section: the s 26WG matters to weigh, the 30-day example and the steps
// to recommend individuals. Labels, citations and clocks are the engine's.
import {
  ASSESSMENT_DAYS,
  assessmentDueDate,
  CITATIONS,
  HARM_FACTOR_LABELS,
  HARM_FACTORS,
  KIND_LABELS,
} from '@ndb-kit/engine';
import { STEPS } from '../notice-drafts.ts';
import type { ViewModel } from './types.ts';

/** One row per s 26WG factor, keyed by the factor (two may share a paragraph), with the engine's label. */
export function harmFactors(): ViewModel['harmFactors'] {
  return HARM_FACTORS.map((f) => ({
    factor: f.factor,
    key: f.citation,
    paragraph: f.citation.replace(/^s26WG/, ''),
    heading: HARM_FACTOR_LABELS[f.factor],
    summary: CITATIONS[f.citation].summary,
  }));
}

/** The notices' steps by kind of information, one row per step (kinds sharing a step on one row). */
export function recommendedSteps(): ViewModel['recommendedSteps'] {
  const byStep = new Map<string, string[]>();
  for (const [kind, step] of Object.entries(STEPS) as [keyof typeof KIND_LABELS, string][])
    byStep.set(step, [...(byStep.get(step) ?? []), KIND_LABELS[kind]]);
  return [...byStep].map(([step, kinds]) => ({ kind: kinds.join('; '), step }));
}

/** The 30-day assessment worked through from the build date. */
export function assessmentExample(buildDate: string): ViewModel['assessment'] {
  return { days: ASSESSMENT_DAYS, exampleAwareOn: buildDate, exampleDueOn: assessmentDueDate(buildDate) };
}
