import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  assess,
  HARM_EFFECT_LABELS,
  HARM_FACTOR_IDS,
  HARM_FACTOR_LABELS,
  type Incident,
  OUTCOME_TITLES,
} from '@ndb-kit/engine';
import { describe, expect, it } from 'vitest';
import { formatMarkdown, formatText } from './format-decision.ts';

const root = join(import.meta.dirname, '../../..');
const incident = JSON.parse(
  readFileSync(join(root, 'fixtures/incidents/misdirected-email.json'), 'utf8'),
) as Incident;
const decision = assess(incident, { now: '2025-06-03T09:00:00+10:00' });

describe('formatting a decision', () => {
  it('names every harm factor by the engine’s label, never by its id', () => {
    expect(decision.harmFactors.map((f) => f.factor)).toEqual([...HARM_FACTOR_IDS]);
    for (const out of [formatText(decision), formatMarkdown(decision)]) {
      for (const id of HARM_FACTOR_IDS) {
        expect(out).toContain(HARM_FACTOR_LABELS[id]);
        if (id.includes('_')) expect(out).not.toContain(id);
      }
    }
  });
  it('says each factor’s effect in the engine’s words, never by its id', () => {
    const effects = new Set(decision.harmFactors.map((f) => f.effect));
    expect(effects.size).toBeGreaterThan(1);
    const text = formatText(decision).split('\n');
    const markdown = formatMarkdown(decision).split('\n');
    for (const f of decision.harmFactors) {
      const label = HARM_FACTOR_LABELS[f.factor];
      const effect = HARM_EFFECT_LABELS[f.effect];
      expect(
        text
          .find((l) => l.includes(label))
          ?.trim()
          .startsWith(effect),
        f.factor,
      ).toBe(true);
      expect(markdown).toContain(`| ${label} | ${effect} | ${f.note} | ${f.citations.join('; ')} |`);
    }
    // The raw ids are lower-case single words; the labels start with a capital.
    for (const out of [text, markdown])
      for (const id of effects)
        expect(
          out.some((l) => new RegExp(`(^|[ |])${id}[ |]`).test(l)),
          id,
        ).toBe(false);
  });
  it('opens with the engine’s outcome title', () => {
    expect(formatText(decision).split('\n')[1]).toBe(OUTCOME_TITLES[decision.outcome].toUpperCase());
    expect(formatMarkdown(decision).split('\n')[0]).toBe(
      `# ${OUTCOME_TITLES[decision.outcome].toUpperCase()}`,
    );
  });
});
