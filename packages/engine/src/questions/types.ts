// The shape of the wizard's questions: a question is one screen, its fields fill incident facts at
// dotted paths, and conditions say when a question or field is asked.
export interface Option {
  value: unknown;
  label: string;
  help?: string;
}

export type Condition =
  | { path: string; in: unknown[] }
  | { path: string; notIn: unknown[] }
  /** The list at `path` holds at least one of these values. */
  | { path: string; includesAny: unknown[] }
  | { all: Condition[] }
  | { any: Condition[] };

export interface Field {
  path: string;
  label: string;
  input: 'choice' | 'multi' | 'date' | 'datetime' | 'number';
  options?: Option[];
  /**
   * The "I don't know" answer and what it stores. Absent where the law needs a value and a
   * cautious one can be asked for instead (the awareness date: the earliest it could have been).
   */
  unknown?: { label: string; value: unknown };
  /** Extra words under the field's label: what counts, what evidence to use. */
  help?: string;
  optional?: boolean;
  showIf?: Condition;
  /**
   * A follow-up that an "I don't know" to the fact at this path makes moot (when was the ransom
   * paid, after "I don't know" whether it was): a wizard that tracks "I don't know" leaves it
   * out, and the field keeps the draft's value, which is the cautious one.
   */
  mootWhenUnknown?: string;
}

export interface Question {
  id: string;
  section: 'organisation' | 'incident';
  prompt: string;
  help: string;
  citations: string[];
  fields: Field[];
  showIf?: Condition;
}
