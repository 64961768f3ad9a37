// `ndb validate FILES…`: check practice policy files; every problem in every file, at once.
// Problems are errors (exit 2); what has aged (review overdue, draft, old restore test, TODO
// placeholders…) is a warning, printed but exit 0, unless --strict makes warnings fail (exit 2).
import { formatWarning, type LocatedWarning, loadPolicy, practiceToday } from '@ndb-kit/policy';
import { formatIssues, type Issue, safeText } from '@ndb-kit/validation';
import type { Io } from '../bin.ts';
import { clock } from '../clock.ts';
import { type CommandSpec, type OptionDefs, parseCommandArgs, usageError } from '../args.ts';

const SPEC = {
  name: 'validate',
  usage: ['validate [options] FILE…'],
  description: `Checks practice policy files against schemas/practice-policy.schema.json and the rules a
schema cannot express (ABN checksum, phone numbers, time zone, references, dates), then warns
about what has aged: review overdue, draft or old approval, old restore tests, drills not held,
TODO placeholders, rules older than 6 months.`,
  options: {
    date: {
      type: 'string',
      arg: 'YYYY-MM-DD',
      date: true,
      help: "judge dates as of this day (default: today in each practice's time zone)",
    },
    strict: { type: 'boolean', default: false, help: 'warnings fail too (exit 2), for CI' },
    json: { type: 'boolean', default: false, help: 'print the results as JSON' },
  },
  json: true,
} as const satisfies CommandSpec<OptionDefs>;

interface FileResult {
  file: string;
  /** The date this file was judged on. */
  date: string;
  valid: boolean;
  issues: Issue[];
  warnings: LocatedWarning[];
  /** Pointers of TODO placeholders (also among the warnings). */
  placeholders: string[];
}

export async function run(args: string[], stdio: Io): Promise<number> {
  const parsed = parseCommandArgs(SPEC, args, stdio);
  if (typeof parsed === 'number') return parsed;
  const { io } = parsed;
  const { values, positionals: files } = parsed;
  if (files.length === 0) return usageError(SPEC, io, 'name at least one policy file');

  const results: FileResult[] = [];
  for (const file of files) {
    const date = values.date ?? (await practiceToday(file, new Date(clock.now())));
    const loaded = await loadPolicy(file, { today: date });
    results.push(
      loaded.ok
        ? {
            file,
            date,
            valid: true,
            issues: [],
            warnings: loaded.warnings,
            placeholders: loaded.warnings.filter((w) => w.kind === 'placeholder').map((w) => w.pointer),
          }
        : { file, date, valid: false, issues: loaded.issues, warnings: [], placeholders: [] },
    );
  }

  const strict = values.strict === true;
  if (values.json)
    io.out(JSON.stringify({ today: values.date ?? results[0]?.date, strict, files: results }, null, 2));
  else report(results, strict, io);
  const warned = results.some((r) => r.warnings.length > 0);
  return results.every((r) => r.valid) && !(strict && warned) ? 0 : 2;
}

function report(results: FileResult[], strict: boolean, io: Io): void {
  for (const r of results) {
    if (r.valid) io.out(`${strict && r.warnings.length > 0 ? '✗' : '✓'} ${safeText(r.file)}`);
    // One line per issue or warning, each starting file:line:column, so editors and grep can jump to it.
    for (const line of formatIssues(r.issues)) io.err(line);
    for (const warning of r.warnings) io.err(formatWarning(warning));
  }
  const bad = results.filter((r) => !r.valid);
  const warnings = results.reduce((n, r) => n + r.warnings.length, 0);
  if (bad.length > 0 || results.length > 1 || warnings > 0) {
    const problems = bad.reduce((n, r) => n + r.issues.length, 0);
    io.err(
      `${results.length - bad.length} of ${results.length} file(s) valid` +
        (problems > 0 ? `; ${problems} problem(s) to fix` : '') +
        (warnings > 0
          ? `; ${warnings} warning(s)${strict ? ' (--strict: warnings fail)' : ' (not errors; --strict fails on them)'}`
          : ''),
    );
  }
}
