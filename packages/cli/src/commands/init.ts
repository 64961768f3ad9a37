// `ndb init`: scaffold a practice policy that validates. On a terminal it asks; without one
// it takes flags and lists any required flag that is missing. It never overwrites a file
// unless --force is given.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { createInterface } from 'node:readline/promises';
import {
  DEFAULT_TIME_ZONES,
  type EntityType,
  findPlaceholders,
  isAustralianPhone,
  isSingleLineText,
  isTimeZone,
  isValidAbn,
  PRACTICE_POLICY_SCHEMA_ID,
  PRACTICE_TYPES,
  type PracticeType,
  postcodeFitsState,
  practicePolicySchemaFile,
  type ScaffoldAnswers,
  STATES,
  type State,
  scaffoldPolicy,
  idFromName,
  validatePolicy,
} from '@ndb-kit/policy';
import { ENTITY_TYPES } from '@ndb-kit/engine';
import { formatIssue, safeText } from '@ndb-kit/validation';
import { type CommandSpec, type OptionDef, type OptionDefs, parseCommandArgs, usageError } from '../args.ts';
import type { Io } from '../bin.ts';
import { todayInZone } from '../clock.ts';
import { addContactAnswers, parseHpio, parsePhone, parseSystems, SYSTEMS_FORMAT } from './init-contacts.ts';

/** Asks one question and resolves with the typed answer (injectable for tests). */
export type Ask = (question: string) => Promise<string>;

type Parsed = { ok: true; value: string | number | boolean } | { ok: false; error: string };
type Answers = Record<string, string | number | boolean>;

interface Question {
  flag: string;
  prompt: string;
  /** A function: required only after some answers (the insurer's phone once it is named). */
  required: boolean | ((answers: Answers) => boolean);
  /** Asked on a terminal only when this holds (a flag is always taken). */
  when?: (answers: Answers) => boolean;
  /** Shown in brackets and used when the answer is empty. */
  fallback?: (answers: Answers) => string | undefined;
  parse: (raw: string, answers: Answers) => Parsed;
}

const ok = (value: string | number | boolean): Parsed => ({ ok: true, value });
const bad = (error: string): Parsed => ({ ok: false, error });

const text = (what: string) => (raw: string) =>
  isSingleLineText(raw.trim())
    ? ok(raw.trim())
    : bad(`${what} must be one line of visible text (at most 200 characters)`);

const PRACTICE_ALIASES: Record<string, PracticeType> = {
  gp: 'general_practice',
  general_practice: 'general_practice',
  psychologist: 'psychology',
  dentist: 'dental',
  physio: 'physiotherapy',
  ndis: 'ndis_provider',
};

function parsePracticeType(raw: string): Parsed {
  const key = raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  const value = PRACTICE_ALIASES[key] ?? (PRACTICE_TYPES as readonly string[]).find((t) => t === key);
  return value ? ok(value) : bad(`practice type must be one of: ${PRACTICE_TYPES.join(', ')}`);
}

function parseTurnover(raw: string): Parsed {
  const s = raw
    .trim()
    .toLowerCase()
    .replace(/[$,\s]/g, '');
  if (s === 'unknown') return ok('unknown');
  const m = /^(\d+(?:\.\d+)?)([km]?)$/.exec(s);
  if (!m) return bad('turnover must be an amount in dollars (e.g. 1800000, 1.8m, 180k) or "unknown"');
  const scale = m[2] === 'm' ? 1_000_000 : m[2] === 'k' ? 1_000 : 1;
  return ok(Math.round(Number(m[1]) * scale));
}

function parseYesNo(raw: string): Parsed {
  const s = raw.trim().toLowerCase();
  if (['y', 'yes', 'true'].includes(s)) return ok(true);
  if (['n', 'no', 'false'].includes(s)) return ok(false);
  return bad('answer yes or no');
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const QUESTIONS: Question[] = [
  { flag: 'name', prompt: 'Practice (trading) name', required: true, parse: text('the name') },
  {
    flag: 'practice-type',
    prompt: `Practice type (${PRACTICE_TYPES.join(', ')})`,
    required: true,
    parse: parsePracticeType,
  },
  {
    flag: 'state',
    prompt: `State or territory (${STATES.join(', ')})`,
    required: true,
    parse: (raw) => {
      const s = raw.trim().toUpperCase();
      return (STATES as readonly string[]).includes(s)
        ? ok(s)
        : bad(`state must be one of: ${STATES.join(', ')}`);
    },
  },
  {
    flag: 'turnover',
    prompt: 'Annual turnover last financial year in AUD (or "unknown")',
    required: true,
    parse: parseTurnover,
  },
  { flag: 'mhr', prompt: 'Registered with My Health Record? (yes/no)', required: true, parse: parseYesNo },
  {
    flag: 'timezone',
    prompt: 'Time zone',
    required: false,
    fallback: (a) => DEFAULT_TIME_ZONES[a.state as State],
    parse: (raw) =>
      isTimeZone(raw.trim())
        ? ok(raw.trim())
        : bad('time zone must be an IANA name such as Australia/Sydney'),
  },
  {
    flag: 'privacy-officer-name',
    prompt: 'Privacy officer’s full name',
    required: true,
    parse: text('the name'),
  },
  {
    flag: 'privacy-officer-email',
    prompt: 'Privacy officer’s email',
    required: true,
    parse: (raw) => (EMAIL.test(raw.trim()) ? ok(raw.trim()) : bad('not an email address')),
  },
  {
    flag: 'privacy-officer-phone',
    prompt: 'Privacy officer’s phone',
    required: true,
    parse: (raw) =>
      isAustralianPhone(raw)
        ? ok(raw.trim())
        : bad('not an Australian phone number (e.g. 02 9876 5432 or 0412 345 678)'),
  },
  {
    flag: 'abn',
    prompt: 'ABN (optional)',
    required: false,
    parse: (raw) =>
      isValidAbn(raw.trim()) ? ok(raw.trim()) : bad('not a valid ABN (11 digits; checksum failed)'),
  },
  { flag: 'street', prompt: 'Street address (optional)', required: false, parse: text('the street address') },
  { flag: 'suburb', prompt: 'Suburb (optional)', required: false, parse: text('the suburb') },
  {
    flag: 'postcode',
    prompt: 'Postcode (optional)',
    required: false,
    parse: (raw, a) => {
      const s = raw.trim();
      if (!/^[0-9]{4}$/.test(s)) return bad('postcode must be four digits');
      return typeof a.state === 'string' && !postcodeFitsState(s, a.state)
        ? bad(`${s} is not a ${a.state} postcode`)
        : ok(s);
    },
  },
  {
    flag: 'phone',
    prompt: 'Practice phone (optional; defaults to the privacy officer’s)',
    required: false,
    parse: (raw) => (isAustralianPhone(raw) ? ok(raw.trim()) : bad('not an Australian phone number')),
  },
  {
    flag: 'email',
    prompt: 'Practice email for privacy matters (optional; defaults to the privacy officer’s)',
    required: false,
    parse: (raw) => (EMAIL.test(raw.trim()) ? ok(raw.trim()) : bad('not an email address')),
  },
  {
    flag: 'hpio',
    prompt:
      'HPI-O, the practice’s 16-digit identifier starting 800362 (optional; the My Health Record notices print it)',
    required: false,
    when: (a) => a.mhr === true,
    parse: parseHpio,
  },
  {
    flag: 'insurer-name',
    prompt: 'Cyber or indemnity insurer (optional)',
    required: false,
    parse: text('the insurer'),
  },
  {
    flag: 'insurer-phone',
    prompt: 'Insurer’s claims phone',
    required: (a) => a['insurer-name'] !== undefined,
    when: (a) => a['insurer-name'] !== undefined,
    parse: parsePhone,
  },
  {
    flag: 'insurer-policy',
    prompt: 'Insurance policy number (optional)',
    required: false,
    when: (a) => a['insurer-name'] !== undefined,
    parse: text('the policy number'),
  },
  {
    flag: 'it-name',
    prompt: 'IT provider (managed IT company; optional)',
    required: false,
    parse: text('the IT provider'),
  },
  {
    flag: 'it-phone',
    prompt: 'IT provider’s support phone',
    required: (a) => a['it-name'] !== undefined,
    when: (a) => a['it-name'] !== undefined,
    parse: parsePhone,
  },
  {
    flag: 'it-after-hours',
    prompt: 'IT provider’s after-hours phone (optional)',
    required: false,
    when: (a) => a['it-name'] !== undefined,
    parse: parsePhone,
  },
  {
    flag: 'systems',
    prompt: `Key systems (optional): ${SYSTEMS_FORMAT}`,
    required: false,
    parse: (raw) => {
      const r = parseSystems(raw);
      return r.ok ? ok(raw.trim()) : bad(r.error);
    },
  },
];

const isRequired = (q: Question, a: Answers) =>
  typeof q.required === 'function' ? q.required(a) : q.required;

const SPEC = {
  name: 'init',
  usage: ['init [--out FILE | --workspace DIR] [--force] [options]'],
  description: `Creates a practice policy that validates, with TODO placeholders where only you can fill in
the detail. On a terminal it asks for anything not given; otherwise the options marked
"required" must be given. With --workspace, it makes a consultant's folder: DIR/policies/<id>.json,
DIR/schemas/practice-policy.schema.json (the policy's "$schema" points at this copy, so editors
check the file offline wherever the folder goes) and DIR/.vscode/settings.json (json.schemas).`,
  options: {
    ...(Object.fromEntries(
      QUESTIONS.map((q) => [
        q.flag,
        { type: 'string', arg: 'TEXT', help: `${q.prompt}${q.required === true ? ' (required)' : ''}` },
      ]),
    ) as Record<string, OptionDef>),
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

function terminalAsk(): { ask: Ask; close: () => void } {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  return { ask: (q) => rl.question(q), close: () => rl.close() };
}

const WORKSPACE_SCHEMA = 'schemas/practice-policy.schema.json';

/**
 * A consultant's folder: a copy of the policy schema and VS Code's json.schemas mapping for
 * policies/*.json. Files already there are left as they are (they may be the user's own).
 * Returns the files written.
 */
async function scaffoldWorkspace(dir: string): Promise<string[]> {
  const written: string[] = [];
  const writeNew = async (file: string, text: string) => {
    await mkdir(dirname(file), { recursive: true });
    try {
      await writeFile(file, text, { flag: 'wx' });
      written.push(file);
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
    }
  };
  await writeNew(join(dir, WORKSPACE_SCHEMA), await readFile(practicePolicySchemaFile(), 'utf8'));
  const settings = {
    'json.schemas': [{ fileMatch: ['/policies/*.json'], url: `./${WORKSPACE_SCHEMA}` }],
  };
  await writeNew(join(dir, '.vscode/settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
  return written;
}

/** The `$schema` value: a relative path from the policy to the schema, or the schema's URL. */
function schemaRefFor(out: string): string {
  const rel = relative(dirname(out), practicePolicySchemaFile());
  return isAbsolute(rel) ? PRACTICE_POLICY_SCHEMA_ID : rel.split(sep).join('/');
}

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
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const flag = (name: string): string | undefined => {
    const v = values[name];
    return typeof v === 'string' ? v : undefined;
  };

  const problems: string[] = [];
  const entityType = flag('entity-type');
  if (entityType !== undefined && !(ENTITY_TYPES as readonly string[]).includes(entityType))
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

  const interactive = ask !== undefined || io.stdinIsTTY;
  const terminal = interactive && ask === undefined ? terminalAsk() : undefined;
  const answers: Answers = {};
  const missing: string[] = [];
  try {
    for (const q of QUESTIONS) {
      const given = flag(q.flag);
      if (given !== undefined) {
        const parsed = q.parse(given, answers);
        if (parsed.ok) answers[q.flag] = parsed.value;
        else problems.push(`--${q.flag}: ${parsed.error}`);
        continue;
      }
      const fallback = q.fallback?.(answers);
      const required = isRequired(q, answers);
      if (!interactive) {
        if (required) missing.push(`--${q.flag}`);
        else if (fallback !== undefined) answers[q.flag] = fallback;
        continue;
      }
      if (q.when && !q.when(answers)) continue;
      const prompter = ask ?? terminal?.ask;
      if (!prompter) break;
      for (;;) {
        const raw = (await prompter(`${q.prompt}${fallback ? ` [${fallback}]` : ''}: `)).trim();
        if (raw === '') {
          if (fallback !== undefined) answers[q.flag] = fallback;
          if (fallback !== undefined || !required) break;
          io.err('  an answer is needed');
          continue;
        }
        const parsed = q.parse(raw, answers);
        if (parsed.ok) {
          answers[q.flag] = parsed.value;
          break;
        }
        io.err(`  ${parsed.error}`);
      }
    }
  } catch {
    io.err('ndb init: cancelled; nothing written');
    return 2;
  } finally {
    terminal?.close();
  }

  if (missing.length > 0) {
    problems.unshift(`missing required options (there is no terminal to ask on): ${missing.join(', ')}`);
  }
  if (problems.length > 0) {
    io.err(problems.map((p) => `ndb init: ${safeText(p)}`).join('\n'));
    io.err(`Run \`ndb init --help\` for the options.`);
    return 2;
  }

  const str = (key: string) => (typeof answers[key] === 'string' ? (answers[key] as string) : undefined);
  // Today in the practice's own zone (its --timezone, else its state's capital).
  const zone = str('timezone') ?? DEFAULT_TIME_ZONES[answers.state as State];
  const today = flag('date') ?? todayInZone(zone);
  const name = String(answers.name);
  const policyId = id ?? (idFromName(name) || 'practice');
  const out = outFlag ?? join(workspace ?? '', 'policies', `${policyId}.json`);
  const scaffold: ScaffoldAnswers = {
    name,
    id: policyId,
    practiceType: answers['practice-type'] as PracticeType,
    state: answers.state as State,
    annualTurnover: answers.turnover as number | 'unknown',
    myHealthRecordParticipant: answers.mhr === true,
    privacyOfficer: {
      name: String(answers['privacy-officer-name']),
      email: String(answers['privacy-officer-email']),
      phone: String(answers['privacy-officer-phone']),
    },
    today,
    // In a workspace the policy points at the workspace's own copy of the schema, so the
    // reference resolves offline wherever the folder is copied or zipped to.
    schemaRef: workspace !== undefined ? `../${WORKSPACE_SCHEMA}` : schemaRefFor(out),
    ...(str('timezone') ? { timeZone: str('timezone') } : {}),
    ...(entityType ? { entityType: entityType as EntityType } : {}),
    ...(str('abn') ? { abn: str('abn') } : {}),
    ...(str('phone') ? { phone: str('phone') } : {}),
    ...(str('email') ? { email: str('email') } : {}),
    address: {
      ...(str('street') ? { street: str('street') } : {}),
      ...(str('suburb') ? { suburb: str('suburb') } : {}),
      ...(str('postcode') ? { postcode: str('postcode') } : {}),
    },
  };
  const systems = str('systems') ? parseSystems(str('systems') as string) : undefined;
  const policy = addContactAnswers(scaffoldPolicy(scaffold), {
    ...(str('hpio') ? { hpio: str('hpio') } : {}),
    ...(str('insurer-name')
      ? {
          insurer: {
            name: str('insurer-name') as string,
            phone: String(str('insurer-phone')),
            ...(str('insurer-policy') ? { policyNumber: str('insurer-policy') } : {}),
          },
        }
      : {}),
    ...(str('it-name')
      ? {
          it: {
            name: str('it-name') as string,
            phone: String(str('it-phone')),
            ...(str('it-after-hours') ? { afterHoursPhone: str('it-after-hours') } : {}),
          },
        }
      : {}),
    systems: systems?.ok ? systems.value : [],
  });
  // The answers were checked one by one; this catches anything only the whole policy shows.
  const issues = validatePolicy(policy, out, undefined, { today });
  if (issues.length > 0) {
    io.err('ndb init: those answers do not make a valid policy; nothing written:');
    for (const issue of issues) io.err(formatIssue(issue));
    return 2;
  }

  const written: string[] = [];
  try {
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, `${JSON.stringify(policy, null, 2)}\n`, { flag: values.force ? 'w' : 'wx' });
    written.push(out);
    if (workspace !== undefined) written.push(...(await scaffoldWorkspace(workspace)));
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EEXIST') {
      io.err(`ndb init: ${safeText(out)} already exists; use --force to overwrite it`);
      return 2;
    }
    io.err(`ndb init: cannot write ${safeText(out)} (${code ?? 'error'})`);
    return 1;
  }

  const todo = findPlaceholders(policy);
  if (values.json) {
    io.out(JSON.stringify({ ok: true, file: out, placeholders: todo, files: written }, null, 2));
    return 0;
  }
  for (const file of written) io.out(`✓ wrote ${safeText(file)}`);
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
