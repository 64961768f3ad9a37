// Folds the evaluations of every resolution into what the decision needs, one evaluation at a
// time: nothing per resolution is kept, so "everything unknown" (tens of thousands of
// resolutions) stays fast and small in memory, in Node and on a phone.
import type { Evaluation } from './evaluate.ts';
import type {
  HarmFactor,
  InformationKind,
  Obligation,
  Outcome,
  Step,
  StepId,
  UnknownThatMatters,
} from './types.ts';
import type { UnknownFact } from './unknowns.ts';
import { OUTCOME_RANK } from './vocabulary.ts';

const STEP_ORDER: StepId[] = [
  'coverage',
  'my_health_record',
  'breach',
  'harm',
  'remediation',
  'exceptions',
  'certainty',
];

/** The strongest outcome across the notification channels. */
export function overall(ndb: Outcome | 'not_applicable', mhr: 'notify' | 'not_applicable'): Outcome {
  const channel = [ndb, mhr].filter((o): o is Outcome => o !== 'not_applicable');
  return channel.reduce((a, b) => (OUTCOME_RANK[b] > OUTCOME_RANK[a] ? b : a), 'not_covered' as Outcome);
}

interface StepAcc {
  findings: Set<string>;
  citations: Set<string>;
  reached: number;
}

interface FactorAcc {
  first: HarmFactor;
  effects: Set<string>;
  notes: Set<string>;
}

export class Summary {
  private count = 0;
  readonly outcomes = new Set<Outcome>();
  readonly ndb = new Set<Outcome | 'not_applicable'>();
  readonly mhr = new Set<'notify' | 'not_applicable'>();
  private readonly steps = new Map<StepId, StepAcc>();
  private readonly factors: FactorAcc[] = [];
  private readonly obligations = new Map<string, { obligation: Obligation; count: number }>();
  private readonly setAside = new Set<InformationKind>();
  /** Per unknown fact, per choice: outcomes once established (overall | Part IIIC). */
  private readonly byChoice: { overall: Set<Outcome>; ndb: Set<Outcome | 'not_applicable'> }[][];
  allSomeExcluded = true;
  allEstablishedNotify = true;

  private readonly facts: UnknownFact[];

  constructor(facts: UnknownFact[]) {
    this.facts = facts;
    this.byChoice = facts.map((f) => f.choices.map(() => ({ overall: new Set(), ndb: new Set() })));
  }

  add(e: Evaluation, picks: number[]): void {
    this.count++;
    this.outcomes.add(overall(e.ndb, e.mhr));
    this.ndb.add(e.ndb);
    this.mhr.add(e.mhr);
    const established = overall(e.ndbIfBelieved, e.mhr);
    if (established !== 'notify') this.allEstablishedNotify = false;
    if (e.remedialEffect !== 'some_excluded') this.allSomeExcluded = false;
    picks.forEach((choice, fact) => {
      const cell = this.byChoice[fact]?.[choice];
      cell?.overall.add(established);
      cell?.ndb.add(e.ndbIfBelieved);
    });
    for (const s of e.steps) {
      let acc = this.steps.get(s.id);
      if (!acc) {
        acc = { findings: new Set(), citations: new Set(), reached: 0 };
        this.steps.set(s.id, acc);
      }
      acc.reached++;
      acc.findings.add(s.finding);
      for (const c of s.citations) acc.citations.add(c);
    }
    e.harmFactors.forEach((f, n) => {
      const acc = this.factors[n];
      if (!acc) this.factors[n] = { first: f, effects: new Set([f.effect]), notes: new Set([f.note]) };
      else {
        acc.effects.add(f.effect);
        acc.notes.add(f.note);
      }
    });
    for (const o of e.obligations) {
      const entry = this.obligations.get(o.id);
      if (entry) entry.count++;
      else this.obligations.set(o.id, { obligation: o, count: 1 });
    }
    for (const k of e.setAside) this.setAside.add(k);
  }

  mergedSteps(open: string[]): Step[] {
    const out: Step[] = [];
    for (const id of STEP_ORDER) {
      const acc = this.steps.get(id);
      if (!acc) continue;
      const findings = [...acc.findings];
      if (acc.reached < this.count) findings.push('This step is not reached.');
      const citations = [...acc.citations];
      if (findings.length === 1) out.push({ id, finding: findings[0] as string, citations });
      else
        out.push({
          id,
          finding: `Not settled yet: it depends on ${open.join(', ')}.`,
          citations,
          alternatives: findings.slice(0, 8),
        });
    }
    return out;
  }

  mergedFactors(): HarmFactor[] {
    return this.factors.map(({ first, effects, notes }) => {
      if (effects.size === 1 && notes.size === 1) return first;
      return {
        factor: first.factor,
        effect: 'depends',
        note: `Depends on facts not yet known. ${[...notes].slice(0, 3).join(' Or: ')}`,
        citations: first.citations,
      };
    });
  }

  /** Obligations of other regimes; `conditional` where only some resolutions have them. */
  otherObligations(): Obligation[] {
    return [...this.obligations.values()].map(({ obligation, count }) =>
      count === this.count ? obligation : { ...obligation, conditional: true },
    );
  }

  setAsideKinds(known: Set<string>): InformationKind[] {
    return [...this.setAside].filter((k) => known.has(k));
  }

  unknownsThatMatter(): UnknownThatMatters[] {
    const sig = (s: Set<string>) => [...s].sort().join(',');
    return this.facts.flatMap((fact, index) => {
      const cells = this.byChoice[index] ?? [];
      if (new Set(cells.map((c) => `${sig(c.overall)}|${sig(c.ndb)}`)).size <= 1) return [];
      return [
        {
          fact: fact.fact,
          question: fact.question,
          ifThen: fact.choices.map((choice, c) => {
            const cell = cells[c] as (typeof cells)[number];
            const single =
              cell.overall.size === 1 && cell.ndb.size === 1 ? ([...cell.overall][0] as Outcome) : undefined;
            return {
              value: choice.value,
              label: single
                ? choice.label
                : `${choice.label} (then it also depends on the other open questions)`,
              outcome: single ?? 'assess',
              ndbOutcome: cell.ndb.size === 1 ? ([...cell.ndb][0] as Outcome | 'not_applicable') : 'assess',
            };
          }),
        },
      ];
    });
  }
}
