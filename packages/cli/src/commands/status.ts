// `ndb status POLICY_DIR [--json]`: a consultant's view of many practices — per practice the plan
// version, approval, review due or overdue, drills overdue, placeholders left and every warning.
// Exit 0 when every policy is valid (warnings included), 2 when one is not (or --strict and a
// warning), like `ndb validate`.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  formatWarning,
  type LocatedWarning,
  loadPolicy,
  type PracticeStatus,
  practiceStatus,
  practiceToday,
  shortDate,
} from '@ndb-kit/policy';
import { formatIssues, type Issue, safeText } from '@ndb-kit/validation';
import type { Io } from '../bin.ts';
import { clock } from '../clock.ts';
import { type CommandSpec, type OptionDefs, parseCommandArgs, usageError } from '../args.ts';

const SPEC = {
  name: 'status',
  usage: ['status POLICY_DIR [options]'],
  description: `Where every practice in POLICY_DIR stands: plan version, approval, review due or overdue,
drills overdue, TODO placeholders left, and every warning (file, pointer, what to do).`,
  options: {
    date: {
      type: 'string',
      arg: 'YYYY-MM-DD',
      date: true,
      help: "judge as of this day (default: today in each practice's time zone)",
    },
    strict: { type: 'boolean', default: false, help: 'exit 2 when any practice has a warning, for CI' },
    json: { type: 'boolean', default: false, help: 'print the statuses as JSON' },
  },
  json: true,
} as const satisfies CommandSpec<OptionDefs>;

type Row =
  | { file: string; valid: true; status: PracticeStatus; warnings: LocatedWarning[] }
  | { file: string; valid: false; issues: Issue[] };

export async function run(args: string[], stdio: Io): Promise<number> {
  const parsed = parseCommandArgs(SPEC, args, stdio);
  if (typeof parsed === 'number') return parsed;
  const { io } = parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usageError(SPEC, io, 'name one folder of policy files');
  const dir = positionals[0] as string;
  let names: string[];
  try {
    names = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  } catch (error) {
    io.err(`ndb status: cannot read ${safeText(dir)} (${(error as { code?: string }).code ?? 'error'})`);
    return 2;
  }
  if (names.length === 0) {
    io.err(`ndb status: no *.json policy files in ${safeText(dir)}`);
    return 2;
  }

  const rows: Row[] = [];
  for (const name of names) {
    const file = join(dir, name);
    const date = values.date ?? (await practiceToday(file, new Date(clock.now())));
    const loaded = await loadPolicy(file, { today: date });
    rows.push(
      loaded.ok
        ? {
            file,
            valid: true,
            status: practiceStatus(loaded.policy, loaded.warnings, date),
            warnings: loaded.warnings,
          }
        : { file, valid: false, issues: loaded.issues },
    );
  }

  if (values.json) {
    io.out(
      JSON.stringify(
        {
          practices: rows.map((r) =>
            r.valid ? { file: r.file, valid: true, ...r.status, warnings: r.warnings } : r,
          ),
        },
        null,
        2,
      ),
    );
  } else {
    report(rows, io);
  }
  const invalid = rows.some((r) => !r.valid);
  const warned = rows.some((r) => r.valid && r.warnings.length > 0);
  return invalid || (values.strict && warned) ? 2 : 0;
}

const COLUMNS = ['Practice', 'Plan', 'Approval', 'Review', 'Drills overdue', 'TODO', 'Warnings'];

function approval(s: PracticeStatus): string {
  if (s.approval.draft) return 'draft';
  if (s.approval.state === 'changed') return 'changed since approval (draft)';
  if (s.approval.state === 'unrecorded') return 'approval not tied to content (draft)';
  if (!s.approval.approved || !s.approval.on) return 'not approved';
  return `approved ${shortDate(s.approval.on)}`;
}

function review(s: PracticeStatus): string {
  const due = shortDate(s.review.due);
  if (s.review.overdue) return `OVERDUE since ${due}`;
  return s.review.daysLeft <= 30 ? `due ${due} (${s.review.daysLeft} days)` : `due ${due}`;
}

function cells(r: Row): string[] {
  if (!r.valid) return [r.file, '—', `INVALID: ${r.issues.length} error(s)`, '—', '—', '—', '—'];
  const s = r.status;
  return [
    s.id,
    s.planVersion,
    approval(s),
    review(s),
    `${s.drillsOverdue} of ${s.drills.length}`,
    String(s.placeholders),
    String(s.warnings),
  ].map(safeText);
}

/** Width in terminal columns: East Asian wide characters take two. */
function width(text: string): number {
  let n = 0;
  for (const ch of text)
    n +=
      /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return n;
}

function report(rows: Row[], io: Io): void {
  const table = [COLUMNS, ...rows.map(cells)];
  const widths = COLUMNS.map((_, c) => Math.max(...table.map((row) => width(row[c] ?? ''))));
  for (const row of table)
    io.out(
      row
        .map((cell, c) => (c === row.length - 1 ? cell : cell + ' '.repeat((widths[c] ?? 0) - width(cell))))
        .join('  ')
        .trimEnd(),
    );
  for (const r of rows) {
    if (r.valid && r.warnings.length === 0) continue;
    io.out('');
    if (!r.valid) {
      io.out(`${safeText(r.file)}: not valid, fix these first`);
      for (const line of formatIssues(r.issues, '  ')) io.out(line);
      continue;
    }
    io.out(`${safeText(r.status.id)} (${safeText(r.status.name)}), as of ${shortDate(r.status.date)}:`);
    for (const w of r.warnings) io.out(`  ${formatWarning(w)}`);
  }
  const valid = rows.filter((r) => r.valid).length;
  const warned = rows.filter((r) => r.valid && r.warnings.length > 0).length;
  io.out('');
  io.out(
    `${rows.length} practice(s): ${valid} valid, ${warned} with warnings, ${rows.length - valid} invalid`,
  );
}
