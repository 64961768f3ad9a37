// `ndb build`: compile practice policies into their plan, notices, drill calendar and manifest.
// Validation comes first and nothing is written for an invalid policy; each practice's output
// folder is replaced atomically, so a failed build never leaves a half-written plan behind.
// What has aged (review overdue, draft, …) is printed as warnings and still builds: a practice
// mid-breach must be able to fix a phone number. --strict fails on warnings instead (for CI).
// Exit codes: 0 built, 2 invalid input (or any practice failed with --all), 1 internal error.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { buildPractice, OutputError, PolicyInvalidError, writeBuild } from '@ndb-kit/generator';
import { formatWarning, loadPolicy, practiceToday } from '@ndb-kit/policy';
import { formatIssues, type Issue, isRealDate, safeText } from '@ndb-kit/validation';
import type { Io } from '../bin.ts';
import { parseCommandArgs } from '../args.ts';

const USAGE = `Usage: ndb build POLICY --out DIR [--date YYYY-MM-DD] [--strict]
       ndb build --all POLICY_DIR --out OUT_DIR [--date YYYY-MM-DD] [--strict]

Builds a practice's data breach response plan (plan.md, plan.html, plan.pdf), notice drafts
(notices/), drill calendar (drills.ics) and manifest.json into DIR, replacing a previous build.
With --all, builds every *.json policy in POLICY_DIR into OUT_DIR/<practice id>/.

  --out DIR          output folder (replaced only when the build succeeds)
  --date YYYY-MM-DD  build date for PDF dates, calendar stamps and "next drill" dates
                     (default: today in the practice's time zone); also the date the
                     warnings (review overdue, drills not held, …) are judged on
  --strict           warnings fail the build (exit 2, nothing written), for CI
  --all DIR          build every policy in DIR
  --force            write into a non-empty folder ndb did not make, or over files of ndb's
                     you changed; nothing is deleted: a file of yours in the way is kept as
                     NAME.before-ndb (docs/output-folders.md)

Files you add to DIR (a signed approval, notes) are kept by every rebuild.`;

/** Io, optionally with a raw writer for `\r` progress lines (io.out always ends a line). */
type BuildIo = Io & { write?: (text: string) => void };

type Outcome =
  | { ok: true; id: string; files: number; warnings: string[] }
  | { ok: false; code: 1 | 2; messages: string[]; strict?: boolean };

const issueLines = (issues: Issue[]) => formatIssues(issues, '  ');

async function buildOne(
  file: string,
  outDir: (id: string) => string,
  date: string | undefined,
  strict: boolean,
  force = false,
  log?: (line: string) => void,
): Promise<Outcome> {
  const today = date ?? (await practiceToday(file));
  const loaded = await loadPolicy(file, { today });
  if (!loaded.ok) return { ok: false, code: 2, messages: issueLines(loaded.issues) };
  const warnings = loaded.warnings.map((w) => `  ${formatWarning(w)}`);
  if (strict && warnings.length > 0) return { ok: false, code: 2, messages: warnings, strict: true };
  try {
    const artifacts = await buildPractice(loaded.policy, { date: today });
    await writeBuild(artifacts, outDir(loaded.policy.id), { force, log });
    return { ok: true, id: loaded.policy.id, files: artifacts.files.size, warnings };
  } catch (error) {
    if (error instanceof PolicyInvalidError)
      return { ok: false, code: 2, messages: issueLines(error.issues) };
    // The output folder: foreign, changed by the user, locked, full, read-only, not permitted.
    if (error instanceof OutputError)
      return { ok: false, code: 2, messages: [`  ${safeText(error.message)}`] };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 1, messages: [`  ${safeText(message)}`] };
  }
}

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  date: { type: 'string' },
  all: { type: 'string' },
  strict: { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
} as const;

export async function run(args: string[], io: BuildIo): Promise<number> {
  const parsed = parseCommandArgs('build', args, OPTIONS, USAGE, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const problem =
    values.out === undefined
      ? 'name the output folder with --out DIR'
      : values.all === undefined && positionals.length !== 1
        ? 'name one policy file, or use --all DIR'
        : values.all !== undefined && positionals.length > 0
          ? 'give either a policy file or --all DIR, not both'
          : values.date !== undefined && !isRealDate(values.date)
            ? `--date must be a real date YYYY-MM-DD (got ${safeText(JSON.stringify(values.date))})`
            : undefined;
  if (problem) {
    io.err(`ndb build: ${problem}\n\n${USAGE}`);
    return 2;
  }
  const out = values.out as string;
  const strict = values.strict === true;
  const force = values.force === true;
  if (values.all !== undefined) return buildAll(values.all, out, values.date, strict, io, force);

  const file = positionals[0] as string;
  const started = performance.now();
  const result = await buildOne(
    file,
    () => out,
    values.date,
    strict,
    force,
    (l) => io.err(l),
  );
  if (!result.ok) {
    io.err(`✗ ${safeText(file)}: ${failure(result)}`);
    for (const line of result.messages) io.err(line);
    return result.code;
  }
  io.out(
    `✓ ${safeText(result.id)} → ${safeText(out)} (${result.files} files, ${Math.round(performance.now() - started)} ms)`,
  );
  reportWarnings(result.warnings, io);
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

async function buildAll(
  dir: string,
  outRoot: string,
  date: string | undefined,
  strict: boolean,
  io: BuildIo,
  force: boolean,
): Promise<number> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  } catch (error) {
    io.err(`ndb build: cannot read ${safeText(dir)} (${(error as { code?: string }).code ?? 'error'})`);
    return 2;
  }
  if (files.length === 0) {
    io.err(`ndb build: no *.json policy files in ${safeText(dir)}`);
    return 2;
  }
  const write = io.write ?? ((text: string) => void process.stdout.write(text));
  const started = performance.now();
  const seen = new Set<string>();
  let built = 0;
  let failed = 0;
  let warned = 0;
  for (const [i, name] of files.entries()) {
    const file = join(dir, name);
    const progress = `[${i + 1}/${files.length}] ${safeText(name)}`;
    if (io.isTTY) write(`\r\x1b[2K${progress} …`);
    const t = performance.now();
    const result = await buildOne(
      file,
      (id) => {
        // Two files with one practice id would overwrite each other's output folder.
        if (seen.has(id))
          throw new OutputError(`practice id "${id}" is used by an earlier file; ids must be unique`);
        seen.add(id);
        return join(outRoot, id);
      },
      date,
      strict,
      force,
      (l) => io.err(l),
    );
    const ms = Math.round(performance.now() - t);
    if (io.isTTY) write('\r\x1b[2K');
    if (result.ok) {
      built++;
      warned += result.warnings.length;
      if (!io.isTTY) io.out(`${progress} ✓ ${safeText(result.id)} (${ms} ms)`);
      else if (result.warnings.length > 0) io.err(`${progress} ✓ ${safeText(result.id)}`);
      reportWarnings(result.warnings, io);
    } else {
      failed++;
      io.err(`${progress} ✗ ${result.strict ? failure(result) : 'not built'}`);
      for (const line of result.messages) io.err(line);
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  io.out(
    `built ${built}, failed ${failed}${warned > 0 ? `, ${warned} warning(s)` : ''}, total ${seconds} s → ${safeText(outRoot)}`,
  );
  return failed > 0 ? 2 : 0;
}
