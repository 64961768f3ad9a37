// `ndb validate FILES…`: check practice policy files; every problem in every file, at once.
// Exit 0 when all are valid, 2 when any is not.
import { findPlaceholders, loadPolicy, localToday } from '@ndb-kit/policy';
import { formatIssue, type Issue, isRealDate, safeText } from '@ndb-kit/validation';
import type { Io } from '../bin.ts';
import { parseCommandArgs } from '../args.ts';

const USAGE = `Usage: ndb validate [--date YYYY-MM-DD] [--json] FILE…

Checks practice policy files against schemas/practice-policy.schema.json and the rules a
schema cannot express (ABN checksum, phone numbers, time zone, references, review date).

  --date YYYY-MM-DD  judge review dates as of this day (default: today)
  --json             print the results as JSON`;

interface FileResult {
  file: string;
  valid: boolean;
  issues: Issue[];
  placeholders: string[];
}

const OPTIONS = {
  date: { type: 'string' },
  json: { type: 'boolean', default: false },
} as const;

export async function run(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs('validate', args, OPTIONS, USAGE, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals: files } = parsed;
  if (files.length === 0) {
    io.err(`ndb validate: name at least one policy file\n\n${USAGE}`);
    return 2;
  }
  if (values.date !== undefined && !isRealDate(values.date)) {
    io.err(
      `ndb validate: --date must be a real date YYYY-MM-DD (got ${safeText(JSON.stringify(values.date))})`,
    );
    return 2;
  }
  const today = values.date ?? localToday();

  const results: FileResult[] = [];
  for (const file of files) {
    const loaded = await loadPolicy(file, { today });
    results.push(
      loaded.ok
        ? { file, valid: true, issues: [], placeholders: findPlaceholders(loaded.policy) }
        : { file, valid: false, issues: loaded.issues, placeholders: [] },
    );
  }

  if (values.json) io.out(JSON.stringify({ today, files: results }, null, 2));
  else report(results, io);
  return results.every((r) => r.valid) ? 0 : 2;
}

function report(results: FileResult[], io: Io): void {
  for (const r of results) {
    if (r.valid) {
      io.out(`✓ ${safeText(r.file)}`);
      if (r.placeholders.length > 0) {
        io.out(
          `  ${r.placeholders.length} TODO placeholder(s) still to fill in: ${safeText(r.placeholders.join(', '))}`,
        );
      }
    } else {
      // One line per issue, each starting file:line:column, so editors and grep can jump to it.
      for (const issue of r.issues) io.err(formatIssue(issue));
    }
  }
  const bad = results.filter((r) => !r.valid);
  if (bad.length > 0 || results.length > 1) {
    const problems = bad.reduce((n, r) => n + r.issues.length, 0);
    io.err(
      `${results.length - bad.length} of ${results.length} file(s) valid` +
        (problems > 0 ? `; ${problems} problem(s) to fix` : ''),
    );
  }
}
