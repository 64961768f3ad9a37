// ndb assess FILE|- [--json] [--now ISO] [--format text|markdown] [--record OUT] [--interactive [--policy FILE]]
import { writeFile } from 'node:fs/promises';
import { assess, createRecord, type Incident, isIsoDateTime, zoneOf } from '@ndb-kit/engine';
import { machineZone, nowIn, todayInZone } from '../clock.ts';
import { formatIssues, type Issue, safeText } from '@ndb-kit/validation';
import { type CommandSpec, type OptionDefs, parseCommandArgs, usageError } from '../args.ts';
import type { Io } from '../bin.ts';
import { errnoCode } from '../errno.ts';
import { formatMarkdown, formatText } from '../format-decision.ts';
import { validateIncident } from '../incident-input.ts';
import { readJsonInput } from '../read-input.ts';

const SPEC = {
  name: 'assess',
  usage: ['assess FILE|- [options]', 'assess --interactive [--policy POLICY.json]'],
  description:
    'Assess an incident (JSON, see schemas/incident.schema.json) under Part IIIC of the Privacy Act.',
  options: {
    json: {
      type: 'boolean',
      help: 'print exactly the decision JSON on stdout (invalid input: { ok: false, issues })',
    },
    format: {
      type: 'string',
      arg: 'FORMAT',
      choices: ['text', 'markdown'],
      help: 'text (default) or markdown',
    },
    now: {
      type: 'string',
      arg: 'ISO',
      help: 'the moment of assessment (default: now), e.g. 2025-06-02T17:00:00+10:00',
    },
    record: {
      type: 'string',
      arg: 'FILE',
      help: 'also save the time-stamped decision record (JSON with its SHA-256)',
    },
    interactive: { type: 'boolean', short: 'i', help: "answer the wizard's questions in the terminal" },
    policy: {
      type: 'string',
      arg: 'FILE',
      help: "with --interactive: take the organisation's facts from a practice policy",
    },
  },
  json: true,
} as const satisfies CommandSpec<OptionDefs>;

export async function run(args: string[], stdio: Io): Promise<number> {
  const parsed = parseCommandArgs(SPEC, args, stdio);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals, io } = parsed;
  const report = (issues: Issue[], out: Io) => reportIssues(issues, out, values.json === true);
  const given = values.now;
  const problems: Issue[] = [];
  if (given !== undefined && !isIsoDateTime(given))
    problems.push({
      file: '--now',
      pointer: '',
      message: 'is not a date-time',
      expected: 'ISO 8601 with offset, e.g. 2025-06-02T17:00:00+10:00',
      found: JSON.stringify(given),
    });

  let incident: Incident;
  if (values.interactive) {
    if (problems.length > 0) return report(problems, io);
    // Loaded only here: the interview reads a practice policy (the policy validator and warnings).
    const { interview } = await import('../interview.ts');
    const result = await interview(io, {
      policyFile: values.policy,
      today: given?.slice(0, 10) ?? todayInZone(machineZone()),
    });
    if (!result.ok) return report(result.issues, io);
    incident = result.incident;
  } else {
    const [file] = positionals;
    if (positionals.length !== 1 || file === undefined)
      return usageError(SPEC, io, 'give one incident file (or - for stdin)');
    const input = await readJsonInput(file);
    if (!input.ok) return report([...problems, ...input.issues], io);
    problems.push(...validateIncident(input.json.value, input.name, input.json));
    if (problems.length > 0) return report(problems, io);
    incident = input.json.value as Incident;
  }

  // Default: now in the organisation's zone (its timeZone, else its jurisdiction's), as the
  // deadlines are shown.
  const now = given ?? nowIn(zoneOf(incident.entity));
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
  const code = errnoCode(error) ?? '';
  return WRITE_PROBLEMS[code] ?? `cannot write the file (${code || 'unknown error'})`;
}

function reportIssues(issues: Issue[], io: Io, json: boolean): number {
  if (json) io.out(JSON.stringify({ ok: false, issues }, null, 2));
  for (const line of formatIssues(issues)) io.err(line);
  io.err(
    `ndb assess: ${issues.length} problem${issues.length === 1 ? '' : 's'} in the input; nothing was assessed.`,
  );
  return 2;
}
