// Folds the evaluations of every resolution into what the decision needs, one evaluation at a
// time: nothing per resolution is kept, so "everything unknown" (tens of thousands of
// resolutions) stays fast and small in memory, in Node and on a phone.
import type { Evaluation } from './evaluate.ts';
import type {
  HarmFactor,
  IfThen,
  InformationKind,
  ObligationDraft,
  Outcome,
  Step,
  StepId,
  UnknownThatMatters,
} from './types.ts';
import type { UnknownFact } from './unknowns.ts';
import { OUTCOME_RANK, OUTCOMES } from './vocabulary.ts';

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

/** Small integer codes for the established outcome of each channel, stored per resolution. */
const NDB_CODES = [...OUTCOMES, 'not_applicable'] as const;
const MHR_CODES = ['notify', 'not_applicable'] as const;
type NdbCode = (typeof NDB_CODES)[number];

const NDB_MEANING: Record<NdbCode, string> = {
  notify: 'Privacy Act: notify the OAIC and the people affected',
  assess: 'Privacy Act: still a suspected breach to assess',
  not_notifiable: 'Privacy Act: not notifiable',
  not_covered: 'Privacy Act: does not cover this information',
  not_applicable: 'Privacy Act: replaced by the My Health Record notice (s 26WD)',
};

export class Summary {
  private count = 0;
  readonly outcomes = new Set<Outcome>();
  readonly ndb = new Set<Outcome | 'not_applicable'>();
  readonly mhr = new Set<'notify' | 'not_applicable'>();
  private readonly steps = new Map<StepId, StepAcc>();
  private readonly factors: FactorAcc[] = [];
  private readonly obligations = new Map<string, { obligation: ObligationDraft; count: number }>();
  private readonly setAside = new Set<InformationKind>();
  /**
   * The established outcome of every resolution, by its index in the mixed-radix order of
   * unknowns.ts (the last fact changes fastest): Part IIIC code * 2 + My Health Record code. Kept
   * so that a fact is found to matter whenever changing it alone changes the answer, even if it
   * matters only in combination with another fact.
   */
  private readonly established: Uint8Array;
  private readonly strides: number[];
  allSomeExcluded = true;
  allEstablishedNotify = true;

  private readonly facts: UnknownFact[];

  constructor(facts: UnknownFact[]) {
    this.facts = facts;
    let total = 1;
    this.strides = facts
      .map((f) => f.choices.length)
      .reverse()
      .map((n) => {
        const stride = total;
        total *= n;
        return stride;
      })
      .reverse();
    this.established = new Uint8Array(total);
  }

  add(e: Evaluation): void {
    const index = this.count++;
    this.outcomes.add(overall(e.ndb, e.mhr));
    this.ndb.add(e.ndb);
    this.mhr.add(e.mhr);
    if (overall(e.ndbIfBelieved, e.mhr) !== 'notify') this.allEstablishedNotify = false;
    if (e.remedialEffect !== 'some_excluded') this.allSomeExcluded = false;
    this.established[index] = NDB_CODES.indexOf(e.ndbIfBelieved) * 2 + MHR_CODES.indexOf(e.mhr);
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
  otherObligations(): ObligationDraft[] {
    return [...this.obligations.values()].map(({ obligation, count }) =>
      count === this.count ? obligation : { ...obligation, conditional: true },
    );
  }

  setAsideKinds(known: Set<string>): InformationKind[] {
    return [...this.setAside].filter((k) => known.has(k));
  }

  /** The choice of each fact in each resolution, by resolution index (computed once, on demand). */
  private digits: Uint8Array[] = [];
  private pickTable(): Uint8Array[] {
    if (this.digits.length === 0 && this.facts.length > 0)
      this.digits = this.facts.map((f, k) => {
        const d = new Uint8Array(this.established.length);
        const stride = this.strides[k] as number;
        for (let i = 0; i < d.length; i++) d[i] = Math.floor(i / stride) % f.choices.length;
        return d;
      });
    return this.digits;
  }

  /**
   * One pass over the resolutions: for each fact g, whether changing g alone changes the answer
   * anywhere (`mattering[g]`), and for every other fact k and its choice c, whether it does so
   * where k = c (`where[g][k][c]`) — "once k is known to be c, the answer still depends on g".
   */
  private dependence(): { mattering: boolean[]; where: boolean[][][] } {
    const e = this.established;
    const digits = this.pickTable();
    const mattering = this.facts.map(() => false);
    const where = this.facts.map(() => this.facts.map((f) => f.choices.map(() => false)));
    this.facts.forEach((fact, g) => {
      const stride = this.strides[g] as number;
      const n = fact.choices.length;
      const own = digits[g] as Uint8Array;
      const hit = where[g] as boolean[][];
      for (let i = 0; i < e.length; i++) {
        if (own[i] !== 0) continue;
        const first = e[i];
        let differs = false;
        for (let c = 1; c < n && !differs; c++) differs = e[i + c * stride] !== first;
        if (!differs) continue;
        mattering[g] = true;
        // Changing g keeps every other fact's choice, so this resolution's choices say where.
        for (let k = 0; k < digits.length; k++)
          if (k !== g) (hit[k] as boolean[])[(digits[k] as Uint8Array)[i] as number] = true;
      }
    });
    return { mattering, where };
  }

  unknownsThatMatter(): UnknownThatMatters[] {
    const { mattering, where } = this.dependence();
    const digits = this.pickTable();
    return this.facts.flatMap((fact, k) => {
      if (!mattering[k]) return [];
      const ifThen = fact.choices.map((choice, c): IfThen => {
        const ndb = new Set<NdbCode>();
        const mhr = new Set<(typeof MHR_CODES)[number]>();
        const own = digits[k] as Uint8Array;
        for (let i = 0; i < this.established.length; i++) {
          if (own[i] !== c) continue;
          const code = this.established[i] as number;
          ndb.add(NDB_CODES[code >> 1] as NdbCode);
          mhr.add(MHR_CODES[code & 1] as (typeof MHR_CODES)[number]);
        }
        const alsoDependsOn =
          ndb.size > 1 || mhr.size > 1
            ? this.facts.filter((_, g) => g !== k && mattering[g] && where[g]?.[k]?.[c]).map((f) => f.fact)
            : [];
        const ndbOutcome = ndb.size === 1 ? ([...ndb][0] as NdbCode) : 'assess';
        const mhrOutcome = mhr.size === 1 ? ([...mhr][0] as (typeof MHR_CODES)[number]) : 'assess';
        const outcome =
          ndb.size === 1 && mhr.size === 1
            ? overall(ndbOutcome, mhrOutcome as 'notify' | 'not_applicable')
            : 'assess';
        return {
          value: choice.value,
          label: choice.label,
          outcome,
          ndbOutcome,
          mhrOutcome,
          meaning: meaning(ndb, mhr, alsoDependsOn, this.facts),
          alsoDependsOn,
        };
      });
      return [{ fact: fact.fact, question: fact.question, ifThen }];
    });
  }
}

/** What one answer means, per channel, in plain words. */
function meaning(
  ndb: Set<NdbCode>,
  mhr: Set<'notify' | 'not_applicable'>,
  alsoDependsOn: string[],
  facts: UnknownFact[],
): string {
  const topics = alsoDependsOn.map((f) => facts.find((x) => x.fact === f)?.topic ?? f);
  const depends = topics.length
    ? `then it depends also on ${topics.length > 1 ? `${topics.slice(0, -1).join(', ')} and ${topics.at(-1)}` : topics[0]}`
    : 'then it depends also on the other open questions';
  const parts = [ndb.size === 1 ? NDB_MEANING[[...ndb][0] as NdbCode] : `Privacy Act: ${depends}`];
  if (mhr.has('notify'))
    parts.push(
      mhr.size === 1
        ? 'My Health Record: notify the Australian Digital Health Agency and the OAIC'
        : `My Health Record: ${depends}`,
    );
  return `${parts.join('. ')}.`;
}
