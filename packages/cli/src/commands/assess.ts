// ndb assess FILE|- [--json] [--now ISO] [--format text|markdown] [--record OUT] [--interactive [--policy FILE]]
import { writeFile } from 'node:fs/promises';
import { assess, createRecord, type Incident, isIsoDateTime } from '@ndb-kit/engine';
import { formatIssues, type Issue, safeText } from '@ndb-kit/validation';
import { parseCommandArgs } from '../args.ts';
import type { Io } from '../bin.ts';
import { formatMarkdown, formatText } from '../format-decision.ts';
import { validateIncident } from '../incident-input.ts';
import { interview } from '../interview.ts';
import { readJsonInput } from '../read-input.ts';

const HELP = `Usage: ndb assess FILE|- [options]
       ndb assess --interactive [--policy POLICY.json]

Assess an incident (JSON, see schemas/incident.schema.json) under Part IIIC of the Privacy Act.

Options:
  --json               print exactly the decision JSON on stdout
  --format FORMAT      text (default) or markdown
  --now ISO            the moment of assessment (default: now), e.g. 2025-06-02T17:00:00+10:00
  --record FILE        also save the time-stamped decision record (JSON with its SHA-256)
  --interactive        answer the wizard's questions in the terminal
  --policy FILE        with --interactive: take the organisation's facts from a practice policy
Exit codes: 0 ok, 2 invalid input, 1 internal error.`;

/** The current moment with the machine's UTC offset, e.g. 2026-11-22T14:05:00+11:00. */
export function localNow(date = new Date()): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const OPTIONS = {
  json: { type: 'boolean' },
  now: { type: 'string' },
  format: { type: 'string' },
  record: { type: 'string' },
  interactive: { type: 'boolean', short: 'i' },
  policy: { type: 'string' },
} as const;

export async function run(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs('assess', args, OPTIONS, HELP, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const now = values.now ?? localNow();
  const problems: Issue[] = [];
  if (!isIsoDateTime(now))
    problems.push({
      file: '--now',
      pointer: '',
      message: 'is not a date-time',
      expected: 'ISO 8601 with offset, e.g. 2025-06-02T17:00:00+10:00',
      found: JSON.stringify(now),
    });
  if (values.format !== undefined && values.format !== 'text' && values.format !== 'markdown')
    problems.push({
      file: '--format',
      pointer: '',
      message: 'is not a known format',
      expected: 'text or markdown',
      found: JSON.stringify(values.format),
    });

  let incident: Incident;
  if (values.interactive) {
    if (problems.length > 0) return report(problems, io);
    const result = await interview(io, { policyFile: values.policy, today: now.slice(0, 10) });
    if (!result.ok) return report(result.issues, io);
    incident = result.incident;
  } else {
    if (positionals.length !== 1) {
      io.err(`ndb assess: give one incident file (or - for stdin)\n\n${HELP}`);
      return 2;
    }
    const input = await readJsonInput(positionals[0] as string);
    if (!input.ok) return report([...problems, ...input.issues], io);
    problems.push(...validateIncident(input.json.value, input.name, input.json));
    if (problems.length > 0) return report(problems, io);
    incident = input.json.value as Incident;
  }

  const decision = assess(incident, { now });
  const record = await createRecord(incident, decision, now);
  // The decision is printed first: a record that cannot be written must not hide it.
  if (values.json) io.out(JSON.stringify(decision, null, 2));
  else if (values.format === 'markdown') io.out(formatMarkdown(decision, record, incident.entity.name));
  else io.out(formatText(decision, record, incident.entity.name));
  if (values.record) {
    try {
      await writeFile(values.record, `${JSON.stringify(record, null, 2)}\n`, { flag: 'wx' });
    } catch (error) {
      io.err(
        `ndb assess: the record was not written to ${safeText(values.record)}: ${recordWriteProblem(error)}`,
      );
      return 2;
    }
  }
  return 0;
}

const WRITE_PROBLEMS: Record<string, string> = {
  ENOENT: 'its folder does not exist; create the folder or choose another path',
  EEXIST: 'a file is already there; ndb never overwrites a record, choose a new name',
  EISDIR: 'that is a folder; give a file name',
  ENOTDIR: 'part of the path is a file, not a folder',
  EACCES: 'permission denied; choose a folder you can write to',
  EPERM: 'permission denied; choose a folder you can write to',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full; free some space and run again',
  EDQUOT: 'the disk quota is full',
};

function recordWriteProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return WRITE_PROBLEMS[code] ?? `cannot write the file (${code || 'unknown error'})`;
}

function report(issues: Issue[], io: Io): number {
  for (const line of formatIssues(issues)) io.err(line);
  io.err(
    `ndb assess: ${issues.length} problem${issues.length === 1 ? '' : 's'} in the input; nothing was assessed.`,
  );
  return 2;
}
