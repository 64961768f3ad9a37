// ndb incident open|assess|log|show|close — one incident's file: an append-only, hash-chained
// timeline (packages/incident). Every write checks the existing chain first and replaces the
// file atomically; nothing here edits an earlier entry.
import { formatDate, type Incident } from '@ndb-kit/engine';
import {
  appendAssessment,
  appendEntry,
  DEFAULT_TIME_ZONE,
  describeEntry,
  formatInstant,
  formatStatusText,
  type IncidentFile,
  IncidentFileError,
  incidentStatus,
  isTimeZone,
  LOG_EVENTS,
  type LogEvent,
  type NewEntry,
  openIncidentFile,
  outcomeLabel,
  parseInstant,
  toZonedIso,
} from '@ndb-kit/incident';
import { isSingleLineText, loadPolicy, readTextFile } from '@ndb-kit/policy';
import { formatIssue, formatIssues, type Issue, parseJson, safeText } from '@ndb-kit/validation';
import { type CommandSpec, type OptionDefs, parseCommandArgs } from '../args.ts';
import type { Io } from '../bin.ts';
import { clock } from '../clock.ts';
import { validateIncident } from '../incident-input.ts';
import { readIncidentPath, replaceIncidentFile, writeNewIncidentFile } from '../incident-io.ts';
import { readJsonInput } from '../read-input.ts';

const HELP = `Usage: ndb incident <subcommand> …

Keep one incident's file: an append-only timeline in which every entry carries the SHA-256 of
the one before (see docs/incident-model.md). ndb verify FILE checks it.

  ndb incident open --out FILE [--policy POLICY.json] [--title TEXT] [--ref TEXT] [--aware-at ISO]
  ndb incident assess FILE INCIDENT.json|- [--now ISO]
  ndb incident log FILE EVENT [--at ISO] [--ref TEXT] [--note TEXT] [--by NAME] [event options]
  ndb incident show FILE [--json] [--now ISO]
  ndb incident close FILE [--at ISO] [--note TEXT] [--by NAME] [--force]

Events: ${LOG_EVENTS.join(', ')}.
Run \`ndb incident <subcommand> --help\` for its options.
Times: ISO 8601 with an offset (2025-06-03T09:00:00+10:00), or without one (2025-06-03T09:00),
read in the practice's time zone. --now (every subcommand) sets the clock; default: now.
Exit codes: 0 ok, 2 invalid input or a file that does not verify, 1 internal error.`;

const NOW = {
  type: 'string',
  arg: 'ISO',
  help: 'the clock: the moment of this command (default: now)',
} as const;
const AT = { type: 'string', arg: 'ISO', help: 'when it happened (default: now)' } as const;
const JSON_OUT = {
  type: 'boolean',
  help: 'print the result as JSON: { ok, file, entry, status } (or { ok: false, issues })',
} as const;
const NOTE = { type: 'string', arg: 'TEXT', help: 'a note' } as const;
const BY = { type: 'string', arg: 'NAME', help: 'who did or decided it' } as const;

const OPEN_SPEC = {
  name: 'incident open',
  usage: ['incident open --out FILE [options]'],
  description: 'Start a new incident file (never overwrites an existing file).',
  options: {
    out: { type: 'string', arg: 'FILE', help: 'the new incident file, e.g. incidents/2025-001.json' },
    policy: {
      type: 'string',
      arg: 'FILE',
      help: 'the practice policy: its name, plan version and time zone go in the file',
    },
    title: {
      type: 'string',
      arg: 'TEXT',
      help: 'a short title, e.g. "GP note emailed to the wrong patient"',
    },
    ref: {
      type: 'string',
      arg: 'TEXT',
      help: 'your reference for the incident (default: the file name without .json)',
    },
    'aware-at': { type: 'string', arg: 'ISO', help: 'when the practice first became aware, if known now' },
    'time-zone': {
      type: 'string',
      arg: 'ZONE',
      help: `without --policy: the zone times are shown in (default ${DEFAULT_TIME_ZONE})`,
    },
    now: NOW,
    json: JSON_OUT,
  },
  json: true,
} as const satisfies CommandSpec<OptionDefs>;

const ASSESS_SPEC = {
  name: 'incident assess',
  usage: ['incident assess FILE INCIDENT.json|- [--now ISO]'],
  description: `Assess the incident's current facts (see schemas/incident.schema.json) and append the full
decision record. Re-run it whenever the facts change; the 30-day clock still runs from the first
awareness in the file.`,
  options: {
    now: NOW,
    json: JSON_OUT,
  },
  json: true,
} as const satisfies CommandSpec<OptionDefs>;

const LOG_SPEC = {
  name: 'incident log',
  usage: ['incident log FILE EVENT [options]'],
  description: `Append an event. EVENT is one of:
  contained                  containment action: --what (or --note), --by, --evidence
  remedial-action            remedial action (s 26WF): --what (or --note), --by, --evidence
  believed                   reasonable grounds to believe it is an eligible data breach were formed
  oaic-statement             statement given to the OAIC (s 26WK): --ref OAIC reference
  individuals-notified       --how (letter, email, phone, website…), --count N
  adha-notified              My Health Record System Operator notified: --ref
  insurer-notified           --ref claim number
  police-report              police or ReportCyber report: --ref
  commissioner-declaration   s 26WQ: --new-due YYYY-MM-DD (more time to notify individuals) or --exempt
  commissioner-direction     s 26WR direction to notify: [--due YYYY-MM-DD]
  reviewed                   post-incident review done
  note                       --note TEXT`,
  options: {
    at: AT,
    ref: { type: 'string', arg: 'TEXT', help: 'a reference given by the OAIC, ADHA, insurer or police' },
    note: NOTE,
    by: BY,
    what: { type: 'string', arg: 'TEXT', help: 'contained, remedial-action: what was done' },
    evidence: { type: 'string', arg: 'TEXT', help: 'contained, remedial-action: where the evidence is' },
    how: { type: 'string', arg: 'HOW', help: 'individuals-notified: letter, email, phone, website…' },
    count: { type: 'string', arg: 'N', help: 'individuals-notified: how many people' },
    'new-due': {
      type: 'string',
      arg: 'YYYY-MM-DD',
      date: true,
      help: 'commissioner-declaration: the new due date for notifying individuals',
    },
    exempt: { type: 'boolean', help: 'commissioner-declaration: no notification is required' },
    due: {
      type: 'string',
      arg: 'YYYY-MM-DD',
      date: true,
      help: 'commissioner-direction: the date it is due by',
    },
    now: NOW,
    json: JSON_OUT,
  },
  json: true,
} as const satisfies CommandSpec<OptionDefs>;

const SHOW_SPEC = {
  name: 'incident show',
  usage: ['incident show FILE [--json] [--now ISO]'],
  description: 'Print the timeline, the duties with their due dates, and what is overdue now.',
  options: {
    json: { type: 'boolean', help: 'print the status as JSON' },
    now: { type: 'string', arg: 'ISO', help: 'the moment to judge "overdue" at (default: now)' },
  },
  json: true,
} as const satisfies CommandSpec<OptionDefs>;

const CLOSE_SPEC = {
  name: 'incident close',
  usage: ['incident close FILE [options]'],
  description:
    'Close the incident. Refused while a duty is still to do, unless --force with a --note saying why.',
  options: {
    at: { type: 'string', arg: 'ISO', help: 'when it was closed (default: now)' },
    note: { type: 'string', arg: 'TEXT', help: 'a closing note' },
    by: { type: 'string', arg: 'NAME', help: 'who closed it' },
    force: { type: 'boolean', help: 'close although duties are still open' },
    now: NOW,
    json: JSON_OUT,
  },
  json: true,
} as const satisfies CommandSpec<OptionDefs>;

export async function run(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'open':
      return open(rest, io);
    case 'assess':
      return assessCmd(rest, io);
    case 'log':
      return log(rest, io);
    case 'show':
      return show(rest, io);
    case 'close':
      return close(rest, io);
    case '--help':
    case '-h':
    case 'help':
      io.out(HELP);
      return 0;
    default:
      io.err(
        `${sub === undefined ? 'ndb incident: give a subcommand' : `ndb incident: unknown subcommand "${safeText(sub)}"`}\n\n${HELP}`,
      );
      return 2;
  }
}

/** --json on the subcommand being run: results and issues go to stdout as one JSON document. */
let asJson = false;

function printJson(io: Io, result: object): void {
  io.out(JSON.stringify(result, null, 2));
}

function report(issues: Issue[], io: Io, what = 'nothing was written'): number {
  if (asJson) printJson(io, { ok: false, issues });
  for (const line of formatIssues(issues)) io.err(line);
  io.err(`ndb incident: ${issues.length} problem${issues.length === 1 ? '' : 's'}; ${what}.`);
  return 2;
}

const OPTION_NAMES: Record<string, string> = {
  now: '--now',
  at: '--at',
  awareAt: '--aware-at',
  reference: '--ref',
  title: '--title',
  note: '--note',
  by: '--by',
  ref: '--ref',
  what: '--what',
  evidence: '--evidence',
  how: '--how',
  count: '--count',
  newDue: '--new-due',
  due: '--due',
  out: '--out',
};

function refusal(error: unknown, file: string): Issue {
  if (!(error instanceof IncidentFileError)) throw error;
  const option = OPTION_NAMES[error.field];
  return {
    file: option ?? file,
    pointer: '',
    message: error.message,
    ...(error.expected === undefined ? {} : { expected: error.expected }),
    ...(error.found === undefined ? {} : { found: error.found }),
  };
}

/** --now as given (checked), or the current moment in the file's zone. */
function nowIn(
  value: string | undefined,
  timeZone: string,
): { ok: true; now: string } | { ok: false; issue: Issue } {
  if (value === undefined) return { ok: true, now: toZonedIso(clock.now(), timeZone) };
  const r = parseInstant(value, timeZone);
  return r.ok
    ? { ok: true, now: r.iso }
    : {
        ok: false,
        issue: {
          file: '--now',
          pointer: '',
          message: r.message,
          expected: r.expected,
          found: JSON.stringify(value),
        },
      };
}

async function readForWrite(path: string, io: Io) {
  const read = await readIncidentPath(path);
  if (!read.ok) {
    report(
      read.issues,
      io,
      read.notIncidentFile
        ? 'nothing was written (ndb only appends to incident files it made)'
        : 'nothing was written (an incident file is only appended to when it verifies: see ndb verify)',
    );
  }
  return read;
}

async function open(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(OPEN_SPEC, args, io);
  if (typeof parsed === 'number') return parsed;
  io = parsed.io;
  asJson = parsed.values.json === true;
  const { values, positionals } = parsed;
  if (!values.out || positionals.length > 0) {
    io.err(
      `ndb incident open: give the new file with --out FILE\nRun \`ndb ${OPEN_SPEC.name} --help\` for the options.`,
    );
    return 2;
  }
  const problems: Issue[] = [];
  let practice: { id?: string; name?: string; planVersion?: string; timeZone?: string } = {};
  if (values['time-zone'] !== undefined) {
    if (!isTimeZone(values['time-zone']))
      problems.push({
        file: '--time-zone',
        pointer: '',
        message: 'is not a time zone this computer knows',
        expected: 'an IANA zone, e.g. Australia/Sydney, Australia/Perth',
        found: JSON.stringify(values['time-zone']),
      });
    else practice.timeZone = values['time-zone'];
  }
  const zone = practice.timeZone ?? DEFAULT_TIME_ZONE;
  if (values.policy) {
    const now0 = nowIn(values.now, zone);
    const fromPolicy = await practiceFromPolicy(
      values.policy,
      now0.ok ? now0.now.slice(0, 10) : undefined,
      io,
    );
    if (!fromPolicy.ok) return report(fromPolicy.issues, io);
    practice = { ...fromPolicy.practice, ...(values['time-zone'] ? { timeZone: values['time-zone'] } : {}) };
  }
  const now = nowIn(values.now, practice.timeZone ?? DEFAULT_TIME_ZONE);
  if (!now.ok) problems.push(now.issue);
  if (problems.length > 0) return report(problems, io);
  const reference =
    values.ref ??
    values.out
      .split(/[\\/]/)
      .at(-1)!
      .replace(/\.json$/i, '');
  try {
    const file = await openIncidentFile({
      reference,
      ...(values.title === undefined ? {} : { title: values.title }),
      practice,
      ...(values['aware-at'] === undefined ? {} : { awareAt: values['aware-at'] }),
      now: (now as { now: string }).now,
    });
    await writeNewIncidentFile(values.out, file);
    const opened = file.entries[0]!;
    if (asJson) {
      printJson(io, { ok: true, file: values.out, entry: opened });
      return 0;
    }
    io.out(
      safeText(
        `✓ Opened incident ${reference} in ${values.out} (${formatInstant(opened.at, opened.type === 'opened' ? opened.practice.timeZone : zone)})`,
      ),
    );
    io.out(`  Next: ndb incident assess ${safeText(values.out)} INCIDENT.json`);
    return 0;
  } catch (error) {
    return report([refusal(error, values.out)], io);
  }
}

type PracticeFacts = { id: string; name: string; planVersion: string; timeZone: string };

/**
 * The practice's id, name, plan version and time zone from its policy. A breach does not wait
 * for a plan review: if the policy has problems (a review overdue, a date ahead of --now) they
 * are printed as warnings and the four facts are still used, as long as they are themselves sound.
 */
async function practiceFromPolicy(
  path: string,
  today: string | undefined,
  io: Io,
): Promise<{ ok: true; practice: PracticeFacts } | { ok: false; issues: Issue[] }> {
  const loaded = await loadPolicy(path, today === undefined ? {} : { today });
  if (loaded.ok) {
    const p = loaded.policy;
    return {
      ok: true,
      practice: {
        id: p.id,
        name: p.organisation.tradingName,
        planVersion: p.plan.version,
        timeZone: p.organisation.timeZone,
      },
    };
  }
  const text = await readTextFile(path);
  const parsed = typeof text === 'string' ? parseJson(text, path) : undefined;
  const v = (parsed?.ok ? parsed.json.value : undefined) as
    | {
        schemaVersion?: unknown;
        id?: unknown;
        organisation?: { tradingName?: unknown; timeZone?: unknown };
        plan?: { version?: unknown };
      }
    | undefined;
  const facts = {
    id: v?.id,
    name: v?.organisation?.tradingName,
    planVersion: v?.plan?.version,
    timeZone: v?.organisation?.timeZone,
  };
  const sound =
    v?.schemaVersion === 1 &&
    Object.values(facts).every((f) => typeof f === 'string' && isSingleLineText(f)) &&
    isTimeZone(facts.timeZone as string);
  if (!sound) return { ok: false, issues: loaded.issues };
  for (const issue of loaded.issues) io.err(`warning: ${formatIssue(issue)}`);
  io.err(
    `warning: ${safeText(path)} has problems (see ndb validate); its name and time zone are used anyway.`,
  );
  return { ok: true, practice: facts as PracticeFacts };
}

async function assessCmd(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(ASSESS_SPEC, args, io);
  if (typeof parsed === 'number') return parsed;
  io = parsed.io;
  asJson = parsed.values.json === true;
  const { values, positionals } = parsed;
  if (positionals.length !== 2) {
    io.err(
      `ndb incident assess: give the incident file and the incident facts (JSON)\nRun \`ndb ${ASSESS_SPEC.name} --help\` for the options.`,
    );
    return 2;
  }
  const [path, factsPath] = positionals as [string, string];
  const read = await readForWrite(path, io);
  if (!read.ok) return 2;
  const timeZone =
    read.file.entries[0]?.type === 'opened' ? read.file.entries[0].practice.timeZone : DEFAULT_TIME_ZONE;
  const now = nowIn(values.now, timeZone);
  const input = await readJsonInput(factsPath);
  const problems: Issue[] = [];
  if (!now.ok) problems.push(now.issue);
  if (!input.ok) problems.push(...input.issues);
  else problems.push(...validateIncident(input.json.value, input.name, input.json));
  if (problems.length > 0 || !now.ok || !input.ok) return report(problems, io);
  const incident = input.json.value as Incident;
  try {
    const { file } = await appendAssessment(read.file, incident, { now: now.now });
    await replaceIncidentFile(path, read.text, file);
    const entry = file.entries.at(-1)!;
    const status = incidentStatus(file, { now: now.now });
    if (asJson) {
      printJson(io, { ok: true, file: path, entry, status });
      return 0;
    }
    io.out(safeText(`✓ ${path}: entry ${entry.seq} — ${describeEntry(entry)}`));
    summary(file, status, io);
    return 0;
  } catch (error) {
    return report([refusal(error, path)], io);
  }
}

function summary(file: IncidentFile, status: ReturnType<typeof incidentStatus>, io: Io): void {
  if (status.awareness && status.awarenessConflicts.some((c) => c.seq === file.entries.at(-1)?.seq))
    io.out(
      `  Note: these facts give another awareness date; the 30-day clock still runs from the first awareness, ${formatDate(status.awareness.date)}.`,
    );
  const todo = status.duties.filter((d) => d.state === 'open' || d.state === 'overdue');
  for (const d of todo) {
    const when = d.dueDate ? `due ${formatDate(d.dueDate)}` : 'as soon as practicable';
    io.out(
      `  ${d.state === 'overdue' ? '✗ OVERDUE' : '•'} ${d.title} (${d.citation}) — ${when}${d.flagged ? ' ⚑' : ''}`,
    );
  }
  if (todo.length === 0 && status.state !== 'closed') io.out('  No Part IIIC duty is waiting on you now.');
  io.out(`  Fingerprint: ${status.fingerprint}`);
}

/** The event options each event takes, beyond --at, --ref, --note, --by, --now. */
const EVENT_OPTIONS: Record<LogEvent, string[]> = {
  contained: ['what', 'evidence'],
  'remedial-action': ['what', 'evidence'],
  believed: [],
  'oaic-statement': [],
  'individuals-notified': ['how', 'count'],
  'adha-notified': [],
  'insurer-notified': [],
  'police-report': [],
  'commissioner-declaration': ['new-due', 'exempt'],
  'commissioner-direction': ['due'],
  reviewed: [],
  note: [],
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

async function log(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(LOG_SPEC, args, io);
  if (typeof parsed === 'number') return parsed;
  io = parsed.io;
  asJson = parsed.values.json === true;
  const { values, positionals } = parsed;
  if (positionals.length !== 2) {
    io.err(
      `ndb incident log: give the incident file and the event\nRun \`ndb ${LOG_SPEC.name} --help\` for the options.`,
    );
    return 2;
  }
  const [path, event] = positionals as [string, string];
  if (!(LOG_EVENTS as readonly string[]).includes(event)) {
    io.err(
      `ndb incident log: unknown event "${safeText(event)}" (expected one of: ${LOG_EVENTS.join(', ')})\nRun \`ndb ${LOG_SPEC.name} --help\` for the options.`,
    );
    return 2;
  }
  const type = event as LogEvent;
  const problems: Issue[] = [];
  const option = (name: string, message: string, expected?: string, found?: unknown): Issue => ({
    file: `--${name}`,
    pointer: '',
    message,
    ...(expected === undefined ? {} : { expected }),
    ...(found === undefined ? {} : { found: JSON.stringify(found) }),
  });
  for (const name of Object.keys(EVENT_OPTIONS).flatMap((e) => EVENT_OPTIONS[e as LogEvent])) {
    if ((values as Record<string, unknown>)[name] !== undefined && !EVENT_OPTIONS[type].includes(name))
      problems.push(
        option(
          name,
          `does not go with ${type}`,
          `one of: ${EVENT_OPTIONS[type].map((o) => `--${o}`).join(', ') || 'no event options'}`,
        ),
      );
  }
  const what = values.what ?? (type === 'contained' || type === 'remedial-action' ? values.note : undefined);
  const note =
    values.what !== undefined || (type !== 'contained' && type !== 'remedial-action')
      ? values.note
      : undefined;
  if ((type === 'contained' || type === 'remedial-action') && what === undefined)
    problems.push(
      option(
        'what',
        'is required: say what was done',
        'e.g. --what "Asked the recipient to delete the email"',
      ),
    );
  if (type === 'individuals-notified' && values.how === undefined)
    problems.push(
      option('how', 'is required: say how they were notified', 'e.g. --how "letter and phone call"'),
    );
  if (type === 'note' && values.note === undefined) problems.push(option('note', 'is required for a note'));
  let count: number | undefined;
  if (values.count !== undefined) {
    count = Number(values.count);
    if (!/^\d+$/.test(values.count) || !Number.isSafeInteger(count))
      problems.push(option('count', 'is not a whole number', 'e.g. --count 12', values.count));
  }
  if (type === 'commissioner-declaration') {
    if ((values['new-due'] === undefined) === (values.exempt === undefined))
      problems.push(
        option(
          'new-due',
          'a s 26WQ declaration either gives more time (--new-due YYYY-MM-DD) or exempts (--exempt)',
          'exactly one of --new-due or --exempt',
        ),
      );
  }
  for (const name of ['new-due', 'due'] as const) {
    const v = values[name];
    if (v !== undefined && !DATE.test(v)) problems.push(option(name, 'is not a date', 'YYYY-MM-DD', v));
  }
  if (problems.length > 0) return report(problems, io);

  const read = await readForWrite(path, io);
  if (!read.ok) return 2;
  const timeZone =
    read.file.entries[0]?.type === 'opened' ? read.file.entries[0].practice.timeZone : DEFAULT_TIME_ZONE;
  const now = nowIn(values.now, timeZone);
  if (!now.ok) return report([now.issue], io);
  const common = {
    at: values.at ?? now.now,
    ...(values.by === undefined ? {} : { by: values.by }),
    ...(values.ref === undefined ? {} : { ref: values.ref }),
    ...(note === undefined ? {} : { note }),
  };
  let entry: NewEntry;
  switch (type) {
    case 'contained':
    case 'remedial-action':
      entry = {
        type,
        ...common,
        what: what as string,
        ...(values.evidence === undefined ? {} : { evidence: values.evidence }),
      };
      break;
    case 'individuals-notified':
      entry = { type, ...common, how: values.how as string, ...(count === undefined ? {} : { count }) };
      break;
    case 'commissioner-declaration':
      entry = values.exempt
        ? { type, ...common, declaration: 'exemption' }
        : { type, ...common, declaration: 'extension', newDue: values['new-due'] as string };
      break;
    case 'commissioner-direction':
      entry = { type, ...common, ...(values.due === undefined ? {} : { due: values.due }) };
      break;
    default:
      entry = { type, ...common };
  }
  return append(path, read, entry, now.now, io);
}

async function append(
  path: string,
  read: { file: IncidentFile; text: string },
  entry: NewEntry,
  now: string,
  io: Io,
): Promise<number> {
  try {
    const file = await appendEntry(read.file, entry, { now });
    await replaceIncidentFile(path, read.text, file);
    const added = file.entries.at(-1)!;
    const status = incidentStatus(file, { now });
    if (asJson) {
      printJson(io, { ok: true, file: path, entry: added, status });
      return 0;
    }
    io.out(
      safeText(
        `✓ ${path}: entry ${added.seq} — ${describeEntry(added)} (${formatInstant(added.at, status.timeZone)})`,
      ),
    );
    summary(file, status, io);
    return 0;
  } catch (error) {
    return report([refusal(error, path)], io);
  }
}

async function show(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(SHOW_SPEC, args, io);
  if (typeof parsed === 'number') return parsed;
  io = parsed.io;
  asJson = parsed.values.json === true;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    io.err(
      `ndb incident show: give one incident file\nRun \`ndb ${SHOW_SPEC.name} --help\` for the options.`,
    );
    return 2;
  }
  const path = positionals[0] as string;
  const read = await readIncidentPath(path);
  if (!read.ok) return report(read.issues, io, 'run ndb verify for the details');
  const timeZone =
    read.file.entries[0]?.type === 'opened' ? read.file.entries[0].practice.timeZone : DEFAULT_TIME_ZONE;
  const now = nowIn(values.now, timeZone);
  if (!now.ok) return report([now.issue], io, 'nothing shown');
  const status = incidentStatus(read.file, { now: now.now });
  if (values.json) io.out(JSON.stringify(status, null, 2));
  else io.out(formatStatusText(read.file, status));
  return 0;
}

async function close(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(CLOSE_SPEC, args, io);
  if (typeof parsed === 'number') return parsed;
  io = parsed.io;
  asJson = parsed.values.json === true;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    io.err(
      `ndb incident close: give one incident file\nRun \`ndb ${CLOSE_SPEC.name} --help\` for the options.`,
    );
    return 2;
  }
  const path = positionals[0] as string;
  const read = await readForWrite(path, io);
  if (!read.ok) return 2;
  const timeZone =
    read.file.entries[0]?.type === 'opened' ? read.file.entries[0].practice.timeZone : DEFAULT_TIME_ZONE;
  const now = nowIn(values.now, timeZone);
  if (!now.ok) return report([now.issue], io);
  const status = incidentStatus(read.file, { now: now.now });
  const outstanding = status.duties.filter(
    (d) =>
      d.state === 'open' ||
      d.state === 'overdue' ||
      (d.id === 'complete_assessment' && d.state === 'waiting'),
  );
  if (outstanding.length > 0 && !values.force) {
    io.err(`ndb incident close: ${path} still has duties to do:`);
    for (const d of outstanding)
      io.err(`  • ${d.title} (${d.citation}) — ${d.state === 'overdue' ? 'OVERDUE' : 'to do'}`);
    io.err(
      'Log what was done (ndb incident log), or close anyway with --force and a --note saying why. Nothing was written.',
    );
    return 2;
  }
  if (outstanding.length > 0 && values.note === undefined) {
    io.err(
      'ndb incident close: --force needs a --note saying why the open duties are not done. Nothing was written.',
    );
    return 2;
  }
  if (status.latest === undefined && !values.force) {
    io.err(
      `ndb incident close: ${path} has no assessment; assess it first or close with --force --note. Nothing was written.`,
    );
    return 2;
  }
  const entry: NewEntry = {
    type: 'closed',
    at: values.at ?? now.now,
    ...(values.by === undefined ? {} : { by: values.by }),
    ...(values.note === undefined ? {} : { note: values.note }),
  };
  const code = await append(path, read, entry, now.now, io);
  if (code === 0 && status.latest && !asJson)
    io.out(`  Outcome: ${outcomeLabel(status.latest.outcome)}. Keep this file; ndb register lists it.`);
  return code;
}
