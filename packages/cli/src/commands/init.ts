// `ndb init`: scaffold a practice policy that validates. On a terminal it asks; without one
// it takes flags and lists any required flag that is missing. It never overwrites a file
// unless --force is given. The steps: init-questions.ts (the interview as data, parsers in
// init-parse.ts and init-contacts.ts), init-interview.ts (asking), init-policy.ts (answers →
// policy), init-write.ts (the file and the workspace).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_TYPES, type EntityType } from '@ndb-kit/engine';
import { DEFAULT_TIME_ZONES, findPlaceholders, idFromName, validatePolicy } from '@ndb-kit/policy';
import { formatIssue, safeText } from '@ndb-kit/validation';
import { type CommandSpec, type OptionDef, type OptionDefs, parseCommandArgs, usageError } from '../args.ts';
import type { Io } from '../bin.ts';
import { todayInZone } from '../clock.ts';
import { type Ask, type Interview, interview } from './init-interview.ts';
import { policyFromAnswers } from './init-policy.ts';
import { INIT_QUESTIONS, isState } from './init-questions.ts';
import { schemaRefFor, writePolicy } from './init-write.ts';

export type { Ask } from './init-interview.ts';

const SPEC = {
  name: 'init',
  usage: ['init [--out FILE | --workspace DIR] [--force] [options]'],
  description: `Creates a practice policy that validates, with TODO placeholders where only you can fill in
the detail. On a terminal it asks for anything not given; otherwise the options marked
"required" must be given. With --workspace, it makes a consultant's folder: DIR/policies/<id>.json,
DIR/schemas/practice-policy.schema.json (the policy's "$schema" points at this copy, so editors
check the file offline wherever the folder goes) and DIR/.vscode/settings.json (json.schemas).`,
  options: {
    ...Object.fromEntries(
      INIT_QUESTIONS.map((q): [string, OptionDef] => [
        q.flag,
        { type: 'string', arg: 'TEXT', help: `${q.prompt}${q.required === true ? ' (required)' : ''}` },
      ]),
    ),
    id: { type: 'string', arg: 'ID', help: 'the practice id (default: from the name)' },
    'entity-type': {
      type: 'string',
      arg: 'TYPE',
      choices: ENTITY_TYPES,
      help: 'the organisation type (default health_service_provider)',
    },
    date: {
      type: 'string',
      arg: 'YYYY-MM-DD',
      date: true,
      help: "today, for the drill calendar and review date (default: today in the practice's time zone)",
    },
    out: { type: 'string', arg: 'FILE', help: 'where to write it (default: policies/<id>.json)' },
    workspace: {
      type: 'string',
      arg: 'DIR',
      help: 'scaffold a workspace folder (policies/, schemas/, .vscode/settings.json)',
    },
    force: { type: 'boolean', default: false, help: 'overwrite an existing policy file' },
    json: { type: 'boolean', help: 'print what was written as JSON: { ok, file, placeholders, files }' },
  },
  json: true,
} satisfies CommandSpec<OptionDefs>;

const isEntityType = (value: string | undefined): value is EntityType =>
  ENTITY_TYPES.some((t) => t === value);

export async function run(args: string[], stdio: Io, ask?: Ask): Promise<number> {
  const parsed = parseCommandArgs(SPEC, args, stdio);
  if (typeof parsed === 'number') return parsed;
  const { io } = parsed;
  if (parsed.positionals.length > 0)
    return usageError(
      SPEC,
      io,
      `unexpected argument "${safeText(String(parsed.positionals[0]))}" (use --out FILE)`,
    );
  const values: Record<string, string | boolean | undefined> = parsed.values;
  const flag = (name: string): string | undefined => {
    const v = values[name];
    return typeof v === 'string' ? v : undefined;
  };

  const problems: string[] = [];
  const entityType = flag('entity-type');
  if (entityType !== undefined && !isEntityType(entityType))
    problems.push(`--entity-type must be one of: ${ENTITY_TYPES.join(', ')}`);
  const id = flag('id');
  if (id !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
    problems.push('--id must be lower-case letters and digits joined by hyphens');
  const workspace = flag('workspace');
  if (workspace !== undefined && flag('out') !== undefined)
    return usageError(SPEC, io, 'give either --out FILE or --workspace DIR, not both');
  const outFlag = flag('out');
  if (outFlag !== undefined && existsSync(outFlag) && !values.force) {
    io.err(`ndb init: ${safeText(outFlag)} already exists; use --force to overwrite it`);
    return 2;
  }

  let asked: Interview;
  try {
    asked = await interview(INIT_QUESTIONS, flag, io, ask);
  } catch {
    io.err('ndb init: cancelled; nothing written');
    return 2;
  }
  const { answers, missing } = asked;
  problems.push(...asked.problems);
  if (missing.length > 0) {
    problems.unshift(`missing required options (there is no terminal to ask on): ${missing.join(', ')}`);
  }
  if (problems.length > 0) {
    io.err(problems.map((p) => `ndb init: ${safeText(p)}`).join('\n'));
    io.err(`Run \`ndb init --help\` for the options.`);
    return 2;
  }

  // Today in the practice's own zone (its --timezone, else its state's capital).
  const { state, timezone } = answers;
  if (!isState(state)) throw new Error('ndb init: the interview requires a state');
  const zone = typeof timezone === 'string' ? timezone : DEFAULT_TIME_ZONES[state];
  const today = flag('date') ?? todayInZone(zone);
  const name = String(answers.name);
  const policyId = id ?? (idFromName(name) || 'practice');
  const out = outFlag ?? join(workspace ?? '', 'policies', `${policyId}.json`);
  const { scaffold, policy } = policyFromAnswers(answers, {
    id: policyId,
    today,
    schemaRef: schemaRefFor(out, workspace),
    ...(isEntityType(entityType) ? { entityType } : {}),
  });
  // The answers were checked one by one; this catches anything only the whole policy shows.
  const issues = validatePolicy(policy, out, undefined, { today });
  if (issues.length > 0) {
    io.err('ndb init: those answers do not make a valid policy; nothing written:');
    for (const issue of issues) io.err(formatIssue(issue));
    return 2;
  }

  const written = await writePolicy(out, policy, { force: values.force === true, workspace });
  if (!written.ok) {
    if (written.code === 'EEXIST') {
      io.err(`ndb init: ${safeText(out)} already exists; use --force to overwrite it`);
      return 2;
    }
    io.err(`ndb init: cannot write ${safeText(out)} (${written.code ?? 'error'})`);
    return 1;
  }

  const todo = findPlaceholders(policy);
  if (values.json) {
    io.out(JSON.stringify({ ok: true, file: out, placeholders: todo, files: written.written }, null, 2));
    return 0;
  }
  for (const file of written.written) io.out(`✓ wrote ${safeText(file)}`);
  if (scaffold.phone === undefined || scaffold.email === undefined)
    io.out(
      '  The practice phone/email default to the privacy officer’s; change them if the practice has its own.',
    );
  if (scaffold.practiceType === 'ndis_provider')
    io.out(
      '  Check organisation.entity.type: NDIS supports that are not health services (e.g. cleaning, transport) may make the practice a "business".',
    );
  io.out(`  Fill in ${todo.length} TODO placeholder(s): ${todo.join(', ')}`);
  io.out('  Add people, the lawyer, vendors’ breach-notice terms and any other systems, then run:');
  io.out(`  ndb validate ${safeText(out)}`);
  return 0;
}
