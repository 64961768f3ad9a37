// `ndb build`: compile practice policies into their plan, notices, drill calendar and manifest.
// Validation comes first and nothing is written for an invalid policy; each practice's output
// folder is replaced atomically, so a failed build never leaves a half-written plan behind.
// What has aged (review overdue, draft, …) is printed as warnings and still builds: a practice
// mid-breach must be able to fix a phone number. --strict fails on warnings instead (for CI).
// Exit codes: 0 built, 2 invalid input (or any practice failed with --all), 1 internal error.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
// The generator's pipeline (templates, PDF, DOCX) is imported only when a practice is built: an
// unchanged practice needs only the build key and the output folder check.
import { buildKey } from '@ndb-kit/generator/build-cache';
import { OutputError, unchangedOutput } from '@ndb-kit/generator/output-folder';
import type { OutputWarning } from '@ndb-kit/generator';
import { formatWarning, type LocatedWarning, loadPolicy, practiceToday } from '@ndb-kit/policy';
import { formatIssues, type Issue, safeText } from '@ndb-kit/validation';
import type { Io } from '../bin.ts';
import { clock } from '../clock.ts';
import { errnoCode } from '../errno.ts';
import { type CommandSpec, type OptionDefs, parseCommandArgs, usageError } from '../args.ts';
import { buildOnThreads, distinctIds, mayPool, poolSize } from './build-pool.ts';

const SPEC = {
  name: 'build',
  usage: ['build POLICY --out DIR [options]', 'build --all POLICY_DIR --out OUT_DIR [options]'],
  description: `Builds a practice's data breach response plan (plan.md, plan.html, plan.pdf), notice drafts
(notices/), drill calendar (drills.ics) and manifest.json into DIR, replacing a previous build.
With --all, builds every *.json policy in POLICY_DIR into OUT_DIR/<practice id>/.
Files you add to DIR (a signed approval, notes) are kept by every rebuild.`,
  options: {
    out: {
      type: 'string',
      short: 'o',
      arg: 'DIR',
      help: 'output folder (replaced only when the build succeeds)',
    },
    date: {
      type: 'string',
      arg: 'YYYY-MM-DD',
      date: true,
      help: `build date for PDF dates, calendar stamps and "next drill" dates
(default: today in the practice's time zone); also the date the
warnings (review overdue, drills not held, …) are judged on`,
    },
    strict: {
      type: 'boolean',
      default: false,
      help: 'warnings fail the build (exit 2, nothing written), for CI',
    },
    all: { type: 'string', arg: 'DIR', help: 'build every policy in DIR' },
    jobs: {
      type: 'string',
      arg: 'N',
      help: `with --all: build on N threads, this one and N-1 workers (1: no workers);
by default one per core (at most 4) from 8 policies on, while a core is
free of other work (docs/cli.md)`,
    },
    json: { type: 'boolean', default: false, help: 'print what was built (and any problems) as JSON' },
    rebuild: {
      type: 'boolean',
      default: false,
      help: `build even when the output folder already holds exactly this build
(same policy, date, rules, templates and ndb; every file as ndb wrote it)`,
    },
    force: {
      type: 'boolean',
      default: false,
      help: `write into a non-empty folder ndb did not make, or over files of ndb's you changed;
nothing is deleted: a file of yours in the way is kept as NAME.before-ndb (docs/output-folders.md)`,
    },
  },
  json: true,
} as const satisfies CommandSpec<OptionDefs>;

let loading: Promise<typeof import('@ndb-kit/generator')> | undefined;
const generator = () => {
  loading ??= import('@ndb-kit/generator');
  return loading;
};

/** Io, optionally with a raw writer for `\r` progress lines (io.out always ends a line). */
type BuildIo = Io & { write?: (text: string) => void };

export type Outcome =
  | {
      ok: true;
      id: string;
      files: number;
      /** The output folder already held exactly this build, so nothing was written. */
      unchanged: boolean;
      /** The policy's warnings and what reads unfinished in the output: printed by warningLines. */
      located: LocatedWarning[];
      output: OutputWarning[];
    }
  | {
      ok: false;
      code: 1 | 2;
      /** Printed lines: the issues, the error, or (with --strict) warningLines. */
      messages: string[];
      strict?: boolean;
      issues: Issue[];
      located: LocatedWarning[];
      output?: OutputWarning[];
    };

/** One practice's result for --json: what was built, or every problem, with structured issues. */
function jsonResult(file: string, out: string | undefined, r: Outcome) {
  return r.ok
    ? {
        file,
        ok: true,
        id: r.id,
        out,
        files: r.files,
        unchanged: r.unchanged,
        warnings: r.located,
        outputWarnings: r.output,
        issues: [],
      }
    : {
        file,
        ok: false,
        strict: r.strict === true,
        warnings: r.located,
        outputWarnings: r.output ?? [],
        issues: r.issues,
        messages: r.messages.map((m) => m.trim()),
      };
}

const issueLines = (issues: Issue[]) => formatIssues(issues, '  ');

/**
 * The printed warning lines, made from the structured warnings (one source for the terminal and
 * --json). The generator, which formats the output warnings, is loaded only when there are some.
 */
async function warningLines(located: LocatedWarning[], output: OutputWarning[] = []): Promise<string[]> {
  const format = output.length > 0 ? (await generator()).formatOutputWarning : String;
  return [...located.map((w) => `  ${formatWarning(w)}`), ...output.map((w) => `  ${safeText(format(w))}`)];
}

async function buildOne(
  file: string,
  outDir: (id: string) => string,
  date: string | undefined,
  strict: boolean,
  force = false,
  log?: (line: string) => void,
  rebuild = false,
  now = clock.now(),
): Promise<Outcome> {
  const today = date ?? (await practiceToday(file, new Date(now)));
  const loaded = await loadPolicy(file, { today });
  if (!loaded.ok)
    return { ok: false, code: 2, messages: issueLines(loaded.issues), issues: loaded.issues, located: [] };
  const located = loaded.warnings;
  if (strict && located.length > 0)
    return { ok: false, code: 2, messages: await warningLines(located), strict: true, issues: [], located };
  try {
    const out = outDir(loaded.policy.id);
    // Unchanged: the folder holds exactly what this build would write (build-cache.ts). Its output
    // warnings were kept in the marker, so --strict and the report are the same as a full build's.
    const key = buildKey(loaded.policy, today);
    const same = key === null || rebuild ? null : unchangedOutput(out, 'ndb build', key);
    if (same) {
      const output = (same.data as { outputWarnings?: OutputWarning[] } | null)?.outputWarnings ?? [];
      if (strict && output.length > 0)
        return {
          ok: false,
          code: 2,
          messages: await warningLines(located, output),
          strict: true,
          issues: [],
          located,
          output,
        };
      return { ok: true, id: loaded.policy.id, files: same.files.length, unchanged: true, located, output };
    }
    const { buildPractice, writeBuild } = await generator();
    const artifacts = await buildPractice(loaded.policy, { date: today });
    // What reads unfinished in the output itself (a TODO printed in a notice, an empty table).
    if (strict && artifacts.outputWarnings.length > 0)
      return {
        ok: false,
        code: 2,
        messages: await warningLines(located, artifacts.outputWarnings),
        strict: true,
        issues: [],
        located,
        output: artifacts.outputWarnings,
      };
    await writeBuild(artifacts, out, {
      force,
      log,
      ...(key === null ? {} : { key, data: { outputWarnings: artifacts.outputWarnings } }),
    });
    return {
      ok: true,
      id: loaded.policy.id,
      files: artifacts.files.size,
      unchanged: false,
      located,
      output: artifacts.outputWarnings,
    };
  } catch (error) {
    if (error instanceof (await generator()).PolicyInvalidError)
      return { ok: false, code: 2, messages: issueLines(error.issues), issues: error.issues, located };
    // The output folder: foreign, changed by the user, locked, full, read-only, not permitted.
    if (error instanceof OutputError)
      return { ok: false, code: 2, messages: [`  ${safeText(error.message)}`], issues: [], located };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 1, messages: [`  ${safeText(message)}`], issues: [], located };
  }
}

export async function run(args: string[], stdio: BuildIo): Promise<number> {
  const parsed = parseCommandArgs(SPEC, args, stdio);
  if (typeof parsed === 'number') return parsed;
  // --quiet: no progress either (parsed.io is a silenced copy then).
  const io: BuildIo = parsed.io === stdio ? stdio : { ...parsed.io, write: () => {} };
  const { values, positionals } = parsed;
  const problem =
    values.out === undefined
      ? 'name the output folder with --out DIR'
      : values.all === undefined && positionals.length !== 1
        ? 'name one policy file, or use --all DIR'
        : values.all !== undefined && positionals.length > 0
          ? 'give either a policy file or --all DIR, not both'
          : undefined;
  const out = values.out;
  if (problem || out === undefined)
    return usageError(SPEC, io, problem ?? 'name the output folder with --out DIR');
  const strict = values.strict === true;
  const force = values.force === true;
  const rebuild = values.rebuild === true;
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = /^[1-9][0-9]{0,2}$/.test(values.jobs) ? Number(values.jobs) : Number.NaN;
    if (!(jobs <= 64))
      return usageError(
        SPEC,
        io,
        `--jobs must be a whole number from 1 to 64 (got ${JSON.stringify(values.jobs)})`,
      );
    if (values.all === undefined) return usageError(SPEC, io, '--jobs goes with --all DIR');
  }
  if (values.all !== undefined)
    return buildAll(values.all, out, values.date, strict, io, values.json === true, force, rebuild, jobs);

  const [file] = positionals;
  if (file === undefined) return usageError(SPEC, io, 'name one policy file, or use --all DIR');
  const started = performance.now();
  const result = await buildOne(
    file,
    () => out,
    values.date,
    strict,
    force,
    (l) => io.err(l),
    rebuild,
  );
  if (values.json) {
    io.out(JSON.stringify(jsonResult(file, result.ok ? out : undefined, result), null, 2));
    return result.ok ? 0 : result.code;
  }
  if (!result.ok) {
    io.err(`✗ ${safeText(file)}: ${failure(result)}`);
    for (const line of result.messages) io.err(line);
    return result.code;
  }
  io.out(
    `✓ ${safeText(result.id)} → ${safeText(out)} (${result.files} files${result.unchanged ? ', unchanged: nothing to write' : ''}, ${Math.round(performance.now() - started)} ms)`,
  );
  reportWarnings(await warningLines(result.located, result.output), io);
  return 0;
}

function failure(result: Extract<Outcome, { ok: false }>): string {
  if (result.strict) return `${result.messages.length} warning(s) and --strict: not built, nothing written`;
  return result.code === 2 ? 'not built, nothing written' : 'build failed, nothing written';
}

function reportWarnings(lines: string[], io: Io): void {
  if (lines.length === 0) return;
  io.err(`  ${lines.length} warning(s): built anyway (--strict fails on warnings)`);
  for (const line of lines) io.err(line);
}

/** One file of --all, as a worker thread or this thread builds it (build-pool.ts). */
export interface BuildJob {
  index: number;
  file: string;
  outRoot: string;
  date: string | undefined;
  /** The run's one "now" (epoch ms), for the practices' "today" when there is no --date. */
  now: number;
  strict: boolean;
  force: boolean;
  rebuild: boolean;
}

/** What --all prints for one file: its result, its warning lines and the writer's log lines. */
export interface Listed {
  result: Outcome;
  warnings: string[];
  logs: string[];
  ms: number;
}

/**
 * Builds one file of --all. `claim` gives the practice's output folder (one thread checks there
 * that no earlier file had the same id; a pool runs only when the ids are distinct).
 */
export async function buildListed(
  job: BuildJob,
  claim: (id: string) => string = (id) => join(job.outRoot, id),
): Promise<Listed> {
  const logs: string[] = [];
  const t = performance.now();
  const result = await buildOne(
    job.file,
    claim,
    job.date,
    job.strict,
    job.force,
    (l) => logs.push(l),
    job.rebuild,
    job.now,
  );
  const ms = Math.round(performance.now() - t);
  const warnings = result.ok ? await warningLines(result.located, result.output) : [];
  return { result, warnings, logs, ms };
}

async function buildAll(
  dir: string,
  outRoot: string,
  date: string | undefined,
  strict: boolean,
  jsonIo: BuildIo,
  json: boolean,
  force: boolean,
  rebuild: boolean,
  threads: number | undefined,
): Promise<number> {
  // With --json, stdout carries only the JSON array at the end; progress stays off it.
  const io: BuildIo = json ? { ...jsonIo, out: () => {}, err: () => {}, isTTY: false } : jsonIo;
  const results: ReturnType<typeof jsonResult>[] = [];
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  } catch (error) {
    jsonIo.err(`ndb build: cannot read ${safeText(dir)} (${errnoCode(error) ?? 'error'})`);
    return 2;
  }
  if (files.length === 0) {
    jsonIo.err(`ndb build: no *.json policy files in ${safeText(dir)}`);
    return 2;
  }
  const write = io.write ?? ((text: string) => void process.stdout.write(text));
  const started = performance.now();
  const now = clock.now();
  const jobs: BuildJob[] = files.map((name, index) => ({
    index,
    file: join(dir, name),
    outRoot,
    date,
    now,
    strict,
    force,
    rebuild,
  }));
  let built = 0;
  let failed = 0;
  let warned = 0;
  const progress = (i: number) => `[${i + 1}/${files.length}] ${safeText(files[i] as string)}`;
  const report = (i: number, { result, warnings, logs, ms }: Listed) => {
    const job = jobs[i] as BuildJob;
    if (io.isTTY) write('\r\x1b[2K');
    for (const line of logs) io.err(line);
    results.push(jsonResult(job.file, result.ok ? join(outRoot, result.id) : undefined, result));
    if (result.ok) {
      built++;
      warned += warnings.length;
      if (!io.isTTY)
        io.out(`${progress(i)} ✓ ${safeText(result.id)}${result.unchanged ? ' unchanged' : ''} (${ms} ms)`);
      else if (warnings.length > 0) io.err(`${progress(i)} ✓ ${safeText(result.id)}`);
      reportWarnings(warnings, io);
    } else {
      failed++;
      io.err(`${progress(i)} ✗ ${result.strict ? failure(result) : 'not built'}`);
      for (const line of result.messages) io.err(line);
    }
    if (io.isTTY && i + 1 < files.length) write(`\r\x1b[2K${progress(i + 1)} …`);
  };
  const sizing = poolSize(jobs.length, threads);
  // The ids are read while poolSize watches the machine (busyCores does not count this
  // process's own work as load), not after; and only when a pool is possible at all.
  const distinct = mayPool(jobs.length, threads) && distinctIds(jobs.map((j) => j.file));
  const pool = await sizing;
  if (io.isTTY) write(`\r\x1b[2K${progress(0)} …`);
  if (pool > 1 && distinct) {
    await buildOnThreads(jobs, pool - 1, (job) => buildListed(job), report);
  } else {
    const seen = new Set<string>();
    for (const job of jobs)
      report(
        job.index,
        await buildListed(job, (id) => {
          // Two files with one practice id would overwrite each other's output folder.
          if (seen.has(id))
            throw new OutputError(`practice id "${id}" is used by an earlier file; ids must be unique`);
          seen.add(id);
          return join(outRoot, id);
        }),
      );
  }
  if (json) jsonIo.out(JSON.stringify({ built, failed, practices: results }, null, 2));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  io.out(
    `built ${built}, failed ${failed}${warned > 0 ? `, ${warned} warning(s)` : ''}, total ${seconds} s → ${safeText(outRoot)}`,
  );
  return failed > 0 ? 2 : 0;
}
