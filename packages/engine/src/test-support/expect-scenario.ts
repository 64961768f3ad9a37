// The assertions every scenario or finding fixture makes: its expected block is the contract.
import { describe, expect, it } from 'vitest';
import { assess } from '../assess.ts';
import type { Scenario } from './scenarios.ts';

export function describeScenario(s: Scenario): void {
  describe(`${s.id} ${s.title}`, () => {
    const d = assess(s.incident, { now: s.now });
    const e = s.expected;

    it(`gives ${e.outcome} (Part IIIC: ${e.ndbOutcome})`, () => {
      expect(d.outcome).toBe(e.outcome);
      expect(d.ndbOutcome).toBe(e.ndbOutcome);
    });

    it('lists exactly the expected obligations', () => {
      expect(d.obligations.map((o) => o.id)).toEqual(e.obligations);
    });

    if (e.dueDate) {
      it(`sets the assessment deadline to ${e.dueDate}`, () => {
        expect(d.obligations.find((o) => o.id === 'complete_assessment')?.dueDate).toBe(e.dueDate);
        expect(d.headline).toContain((e.dueDate as string).slice(0, 4));
      });
      it('says when the assessment is overdue', () => {
        const late = assess(s.incident, { now: '2030-01-01T09:00:00+10:00' });
        expect(late.obligations.find((o) => o.id === 'complete_assessment')?.overdue).toBe(true);
        expect(late.headline).toMatch(/period ended on/);
        expect(d.headline).not.toMatch(/period ended on/);
      });
    }
    if (e.option) {
      it(`recommends notification option (${e.option})`, () => {
        expect(d.obligations.find((o) => o.id === 'notify_individuals')?.option).toBe(e.option);
      });
    }
    if (e.channel) {
      it(`notifies through the ${e.channel} channel`, () => {
        expect(d.channels.find((c) => c.id === e.channel)?.outcome).toBe('notify');
        expect(d.channels.find((c) => c.id === 'part_iiic')?.outcome).toBe(e.ndbOutcome);
      });
    }
    if (e.setAsideKinds) {
      it('sets aside the information outside coverage', () => {
        expect([...d.setAsideKinds].sort()).toEqual([...(e.setAsideKinds ?? [])].sort());
      });
    }
    if (e.unknownsThatMatter) {
      it('names the unknown facts that matter', () => {
        expect(d.unknownsThatMatter.map((u) => u.fact)).toEqual(e.unknownsThatMatter);
      });
    }
    if (e.ifThen) {
      it('says what each answer to an unknown would lead to', () => {
        for (const [fact, map] of Object.entries(e.ifThen ?? {})) {
          const u = d.unknownsThatMatter.find((x) => x.fact === fact);
          expect(u, fact).toBeDefined();
          for (const [value, outcome] of Object.entries(map)) {
            expect(u?.ifThen.find((x) => String(x.value) === value)?.outcome, `${fact}=${value}`).toBe(
              outcome,
            );
          }
        }
      });
    }
    if (e.dueAt) {
      it('gives the 72-hour duties their due time', () => {
        for (const [id, dueAt] of Object.entries(e.dueAt ?? {})) {
          expect(d.obligations.find((o) => o.id === id)?.dueAt).toBe(dueAt);
        }
      });
    }
    if (e.establishedOutcome === 'notify') {
      it('says it becomes notifiable once the facts are established', () => {
        expect(d.nextSteps.some((n) => n.includes('notifiable data breach'))).toBe(true);
      });
    }

    if (e.dueDates) {
      it('gives the duties their due dates in the practice zone', () => {
        for (const [id, dueDate] of Object.entries(e.dueDates ?? {}))
          expect(d.obligations.find((o) => o.id === id)?.dueDate).toBe(dueDate);
      });
    }
    if (e.headlineIncludes) {
      it('says every live duty in the headline', () => {
        for (const words of e.headlineIncludes ?? []) expect(d.headline).toContain(words);
      });
    }
    if (e.citesInSteps) {
      it('cites the right provisions', () => {
        const cited = d.steps.flatMap((x) => x.citations);
        for (const c of e.citesInSteps ?? []) expect(cited).toContain(c);
      });
    }
    if (e.findingIncludes) {
      it('explains the finding', () => {
        for (const [step, words] of Object.entries(e.findingIncludes ?? {}))
          expect(d.steps.find((x) => x.id === step)?.finding).toContain(words);
      });
    }
    if (e.obligationCitationsExclude) {
      it('does not cite a provision that imposes no such duty', () => {
        for (const [id, c] of Object.entries(e.obligationCitationsExclude ?? {}))
          expect(d.obligations.find((o) => o.id === id)?.citations).not.toContain(c);
      });
    }

    it('cites a section in every step and obligation', () => {
      for (const step of d.steps) expect(step.citations.length, step.id).toBeGreaterThan(0);
      for (const o of d.obligations) expect(o.citations.length, o.id).toBeGreaterThan(0);
    });
  });
}
