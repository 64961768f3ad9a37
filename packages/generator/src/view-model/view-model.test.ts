import { HARM_FACTOR_IDS, HARM_FACTOR_LABELS, ransomwareReportApplies } from '@ndb-kit/engine';
import { describe, expect, it } from 'vitest';
import { buildViewModel } from './index.ts';
import { BUILD_DATE, EXAMPLES, loadExample } from '../test/support.ts';

describe('view model: the law comes from the engine', () => {
  it('has one harm-factor row per factor, in the Act’s order, with the engine’s label', () => {
    const m = buildViewModel(loadExample(EXAMPLES[0]), BUILD_DATE);
    expect(m.harmFactors.map((f) => f.factor)).toEqual([...HARM_FACTOR_IDS]);
    expect(m.harmFactors.map((f) => f.heading)).toEqual(HARM_FACTOR_IDS.map((id) => HARM_FACTOR_LABELS[id]));
    // Keyed by factor: two factors under one paragraph would still print two different matters.
    expect(new Set(m.harmFactors.map((f) => f.heading)).size).toBe(m.harmFactors.length);
  });
  it('says the ransomware report applies exactly when the engine does', () => {
    for (const name of EXAMPLES) {
      const policy = loadExample(name);
      for (const entity of [
        policy.organisation.entity,
        { ...policy.organisation.entity, annualTurnover: 'unknown' as const },
        { ...policy.organisation.entity, criticalInfrastructure: true },
        { ...policy.organisation.entity, type: 'commonwealth_agency' as const, criticalInfrastructure: true },
      ]) {
        const m = buildViewModel({ ...policy, organisation: { ...policy.organisation, entity } }, BUILD_DATE);
        expect(m.ransomware.status, `${name} ${JSON.stringify(entity)}`).toBe(
          ransomwareReportApplies(entity),
        );
        // The reason never contradicts the status (a public critical-infrastructure entity: applies).
        if (entity.criticalInfrastructure)
          expect(m.ransomware.reason).toContain('critical infrastructure asset');
        expect(m.ransomware.threshold).toBe('$3 million');
      }
    }
  });
});
