/**
 * What every bench reports, and how. With --json a bench prints ONE document on stdout,
 * `{"figures":[{name,value,unit,target,met,runs}]}`, and its human text goes to stderr; without,
 * the human text goes to stdout. `bench/run.ts --json` merges every bench's document.
 * Names are stable (dashboards and the issue compare them across machines): `area.figure`.
 */

export interface Figure {
  /** Stable, dotted: `pdf.vsChromium`, `engine.worstCaseMs`. */
  name: string;
  value: number;
  unit: string;
  /** The aim, e.g. ">= 20", "<= 8", "< 1500"; null when the figure is informational. */
  target: string | null;
  /** Whether value meets target; null when there is no target. */
  met: boolean | null;
  /** Samples behind the value (1 for a count, N for a median of N). */
  runs: number;
}

/** Arguments every bench takes: --json, --runs N (or --runs=N), and the rest untouched. */
export function benchArgs(argv = process.argv.slice(2)): { json: boolean; runs: number | undefined } {
  const json = argv.includes('--json');
  let runs: number | undefined;
  const i = argv.findIndex((a) => a === '--runs' || a.startsWith('--runs='));
  if (i >= 0) {
    const raw = argv[i]!.includes('=') ? argv[i]!.slice('--runs='.length) : argv[i + 1];
    runs = Number(raw);
    if (!Number.isInteger(runs) || runs < 1) {
      process.stderr.write(`bench: --runs expects a whole number of at least 1, got ${raw ?? 'nothing'}\n`);
      process.exit(2);
    }
  }
  return { json, runs };
}

/** Whether `value` meets a target such as ">= 20", "<= 8", "< 1500", "> 3"; null without one. */
export function meets(value: number, target: string | null): boolean | null {
  if (target === null) return null;
  const m = /^\s*(>=|<=|<|>)\s*(-?\d+(?:\.\d+)?)\s*$/.exec(target);
  if (!m) throw new Error(`figure target "${target}": expected an operator (>=, <=, <, >) and a number`);
  const bound = Number(m[2]);
  switch (m[1]) {
    case '>=':
      return value >= bound;
    case '<=':
      return value <= bound;
    case '<':
      return value < bound;
    default:
      return value > bound;
  }
}

/** A figure with `met` computed from its target (so no bench computes it by hand). */
export function figure(
  name: string,
  value: number,
  unit: string,
  runs: number,
  target: string | null = null,
): Figure {
  return { name, value, unit, target, met: meets(value, target), runs };
}

/** Human lines: stdout normally, stderr under --json so stdout stays one JSON document. */
export function humanOut(json: boolean): (line: string) => void {
  return (line) => void (json ? process.stderr : process.stdout).write(`${line}\n`);
}

/** The document as text (JSON) or as a table of figures (human). */
export function formatFigures(figures: Figure[], json: boolean): string {
  if (json) return JSON.stringify({ figures });
  const width = Math.max(0, ...figures.map((f) => f.name.length));
  return figures
    .map((f) => {
      const aim = f.target === null ? '' : `  (aim ${f.target}: ${f.met ? 'met' : 'NOT met'})`;
      return `${f.name.padEnd(width)}  ${f.value} ${f.unit}  [runs ${f.runs}]${aim}`;
    })
    .join('\n');
}

/** `pnpm bench`'s closing table: how many aims are met, then every figure beside its aim. */
export function summary(figures: Figure[]): string {
  const aimed = figures.filter((f) => f.target !== null);
  const met = aimed.filter((f) => f.met).length;
  return `Every figure (${met} of ${aimed.length} aims met):\n${formatFigures(figures, false)}`;
}

/** Print the figures: the one JSON document on stdout under --json, else a table. */
export function printFigures(
  figures: Figure[],
  json: boolean,
  write = (s: string) => void process.stdout.write(s),
): void {
  write(`${formatFigures(figures, json)}\n`);
}

export function median(xs: number[]): number {
  if (xs.length === 0) throw new Error('median of no samples');
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export interface Interleaved {
  a: { median: number; samples: number[] };
  b: { median: number; samples: number[] };
  /** median(b) / median(a): how many times slower b is than a. */
  ratio: number;
  runs: number;
}

/**
 * Time `a` and `b` alternately (a, b, b, a, a, b, …) in one loop, `runs` times each, and compare
 * medians. On a shared machine load comes and goes; timing one after the other lets a busy
 * spell land on one side only, while alternating spreads it over both. The order flips each
 * round so neither side always runs with the other's garbage to collect.
 * `clock` is injectable for tests.
 */
export async function interleave(
  a: () => unknown,
  b: () => unknown,
  runs: number,
  clock: () => number = () => performance.now(),
): Promise<Interleaved> {
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`interleave: runs must be >= 1, got ${runs}`);
  const as: number[] = [];
  const bs: number[] = [];
  const time = async (fn: () => unknown, into: number[]) => {
    const t0 = clock();
    await fn();
    into.push(clock() - t0);
  };
  for (let r = 0; r < runs; r++) {
    if (r % 2 === 0) {
      await time(a, as);
      await time(b, bs);
    } else {
      await time(b, bs);
      await time(a, as);
    }
  }
  const ma = median(as);
  const mb = median(bs);
  return { a: { median: ma, samples: as }, b: { median: mb, samples: bs }, ratio: mb / ma, runs };
}
