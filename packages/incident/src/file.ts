// Reading, creating and appending to an incident file. Pure and browser-safe: text in, text out;
// the CLI (and later the wizard) does the file I/O. Appending checks the existing chain first and
// never changes an existing entry.
import incidentSchema from '@ndb-kit/schemas/incident.schema.json' with { type: 'json' };
import { assess, createRecord, type DecisionRecord, type Incident, verifyRecord } from '@ndb-kit/engine';
import { type Issue, type ParsedJson, parseJson, type Validate } from '@ndb-kit/validation';
import { createValidator } from '@ndb-kit/validation/ajv';
import { type ChainProblem, checkChain, entryHash, entryLabel } from './chain.ts';
import { incidentFileSchema } from './schema.ts';
import { compareInstants, DEFAULT_TIME_ZONE, parseInstant } from './time.ts';
import {
  type Entry,
  INCIDENT_FILE_FORMAT,
  INCIDENT_FILE_VERSION,
  type IncidentFile,
  type NewEntry,
  type OpenedEntry,
  type Practice,
} from './types.ts';

/** Incident files hold every assessment in full; 8 MB is hundreds of them. */
export const MAX_INCIDENT_FILE_BYTES = 8 * 1024 * 1024;

let validator: Validate | undefined;
function validateShape(value: unknown, name: string, json?: ParsedJson): Issue[] {
  validator ??= createValidator(incidentFileSchema, { schemas: [incidentSchema] });
  return validator(value, name, json);
}

/** Whether a parsed JSON value says it is an incident file (whether or not it is a valid one). */
export function isIncidentFileLike(value: unknown): boolean {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    (value as { format?: unknown }).format === INCIDENT_FILE_FORMAT
  );
}

export type ParseIncidentResult =
  | { ok: true; file: IncidentFile; json: ParsedJson }
  | { ok: false; issues: Issue[]; notIncidentFile?: true };

/**
 * Parses and validates the text of an incident file: JSON syntax, the schema, then the chain.
 * Every problem is an Issue naming the file, the JSON pointer (the entry) and, when known, the line.
 */
export async function parseIncidentFile(text: string, name: string): Promise<ParseIncidentResult> {
  const parsed = parseJson(text, name, { maxBytes: MAX_INCIDENT_FILE_BYTES });
  if (!parsed.ok) return parsed;
  const value = parsed.json.value;
  if (!isIncidentFileLike(value))
    return {
      ok: false,
      notIncidentFile: true,
      issues: [
        {
          file: name,
          pointer: '',
          message: 'is not an ndb-kit incident file',
          expected: `an object with "format": "${INCIDENT_FILE_FORMAT}" (made by ndb incident open)`,
          ...parsed.json.locate(''),
        },
      ],
    };
  const shape = validateShape(value, name, parsed.json);
  if (shape.length > 0) return { ok: false, issues: shape };
  const file = value as IncidentFile;
  const chain = await checkChain(file);
  if (chain.length > 0) return { ok: false, issues: chainIssues(chain, name, parsed.json) };
  return { ok: true, file, json: parsed.json };
}

export function chainIssues(problems: ChainProblem[], name: string, json?: ParsedJson): Issue[] {
  return problems.map((p) => ({
    file: name,
    pointer: `/entries/${p.index}`,
    message: p.message,
    ...(p.expected === undefined ? {} : { expected: p.expected }),
    ...(p.found === undefined ? {} : { found: p.found }),
    ...json?.locate(`/entries/${p.index}`),
  }));
}

/** The file as ndb writes it: two-space JSON and a final newline, so the same entries give the same bytes. */
export function serializeIncidentFile(file: IncidentFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A refusal to append, with the option or field it is about. */
export class IncidentFileError extends Error {
  readonly field: string;
  readonly expected: string | undefined;
  readonly found: string | undefined;
  constructor(message: string, field: string, detail: { expected?: string; found?: string } = {}) {
    super(message);
    this.name = 'IncidentFileError';
    this.field = field;
    this.expected = detail.expected;
    this.found = detail.found;
  }
}

export interface OpenOptions {
  reference: string;
  title?: string;
  practice?: Omit<Practice, 'timeZone'> & { timeZone?: string };
  /** When the practice first became aware, if known now. */
  awareAt?: string;
  /** ISO 8601 with offset: the moment the file is opened. */
  now: string;
}

function instantIn(value: string, timeZone: string, field: string): string {
  const r = parseInstant(value, timeZone);
  if (!r.ok)
    throw new IncidentFileError(r.message, field, { expected: r.expected, found: JSON.stringify(value) });
  return r.iso;
}

/** A new incident file with its "opened" entry. Times are written in the practice's zone. */
export async function openIncidentFile(options: OpenOptions): Promise<IncidentFile> {
  const timeZone = options.practice?.timeZone ?? DEFAULT_TIME_ZONE;
  const now = instantIn(options.now, timeZone, 'now');
  const awareAt = options.awareAt === undefined ? undefined : instantIn(options.awareAt, timeZone, 'awareAt');
  if (awareAt !== undefined && compareInstants(awareAt, now) > 0)
    throw new IncidentFileError('is later than now', 'awareAt', { expected: `a time on or before ${now}` });
  const practice: Practice = {
    ...(options.practice?.id === undefined ? {} : { id: options.practice.id }),
    ...(options.practice?.name === undefined ? {} : { name: options.practice.name }),
    ...(options.practice?.planVersion === undefined ? {} : { planVersion: options.practice.planVersion }),
    timeZone,
  };
  const body: Omit<OpenedEntry, 'hash'> = {
    seq: 0,
    type: 'opened',
    at: now,
    loggedAt: now,
    reference: options.reference,
    ...(options.title === undefined ? {} : { title: options.title }),
    practice,
    ...(awareAt === undefined ? {} : { awareAt }),
    prev: null,
  };
  const opened = { ...body, hash: await entryHash(body) } as OpenedEntry;
  const file: IncidentFile = {
    format: INCIDENT_FILE_FORMAT,
    formatVersion: INCIDENT_FILE_VERSION,
    entries: [opened],
  };
  assertShape(file);
  return file;
}

function assertShape(file: IncidentFile): void {
  const issues = validateShape(file, 'the new entry');
  const last = file.entries.length - 1;
  const first = issues[0];
  if (first) {
    const field = first.pointer.replace(`/entries/${last}`, '').replace(/^\//, '').split('/')[0] || 'entry';
    throw new IncidentFileError(first.message, field, {
      ...(first.expected === undefined ? {} : { expected: first.expected }),
      ...(first.found === undefined ? {} : { found: first.found }),
    });
  }
}

export function timeZoneOf(file: IncidentFile): string {
  const opened = file.entries[0];
  return opened?.type === 'opened' ? opened.practice.timeZone : DEFAULT_TIME_ZONE;
}

/**
 * Appends one entry and returns the new file; `file` itself is not changed. Refuses when the
 * chain is broken, the incident is closed, `now` is earlier than the last entry's loggedAt (ndb
 * never writes out of order), or the event's time is later than `now`.
 */
export async function appendEntry(
  file: IncidentFile,
  entry: NewEntry,
  options: { now: string },
): Promise<IncidentFile> {
  const problems = await checkChain(file);
  if (problems.length > 0)
    throw new IncidentFileError(
      `the file does not verify (${problems[0]?.message}); nothing was added`,
      'file',
    );
  const timeZone = timeZoneOf(file);
  const now = instantIn(options.now, timeZone, 'now');
  const at = instantIn(entry.at, timeZone, 'at');
  const last = file.entries[file.entries.length - 1] as Entry;
  if (file.entries.some((e) => e.type === 'closed'))
    throw new IncidentFileError('the incident is closed; nothing can be added', 'file');
  if (compareInstants(now, last.loggedAt) < 0)
    throw new IncidentFileError('is earlier than the last entry was logged', 'now', {
      expected: `a time on or after ${last.loggedAt}`,
      found: now,
    });
  if (compareInstants(at, now) > 0)
    throw new IncidentFileError('is later than now: log events once they have happened', 'at', {
      expected: `a time on or before ${now}`,
      found: at,
    });
  const { type, at: _at, ...rest } = entry;
  const body = {
    seq: last.seq + 1,
    type,
    at,
    loggedAt: now,
    ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
    prev: last.hash,
  } as Omit<Entry, 'hash'>;
  const added = { ...body, hash: await entryHash(body) } as Entry;
  const next: IncidentFile = { ...file, entries: [...file.entries, added] };
  assertShape(next);
  // ndb never writes a file that would not verify (e.g. an assessment whose record was altered).
  const after = await checkChain(next);
  if (after.length > 0) throw new IncidentFileError(after[0]?.message ?? 'does not verify', 'entry');
  return next;
}

/**
 * Assesses the incident with the engine at `now` and appends the full decision record. The time
 * is written in the practice's zone first, so the engine's local dates are the practice's.
 */
export async function appendAssessment(
  file: IncidentFile,
  incident: Incident,
  options: { now: string },
): Promise<{ file: IncidentFile; record: DecisionRecord }> {
  const now = instantIn(options.now, timeZoneOf(file), 'now');
  const record = await createRecord(incident, assess(incident, { now }), now);
  return { file: await appendEntry(file, { type: 'assessment', at: now, record }, { now }), record };
}

/** The facts of the latest assessment (to re-assess with them filled in), if any. */
export function lastIncident(file: IncidentFile): Incident | undefined {
  for (let i = file.entries.length - 1; i >= 0; i--) {
    const e = file.entries[i];
    if (e?.type === 'assessment') return e.record.record.incident;
  }
  return undefined;
}

export interface FileVerification {
  ok: boolean;
  entries: number;
  assessments: number;
  /** SHA-256 of the last entry: note it somewhere else to prove later that nothing was cut off the end. */
  fingerprint: string;
  issues: Issue[];
  /** Notes that do not fail verification (an assessment made with other rules but reproduced). */
  notes: string[];
}

/**
 * Everything `ndb verify` checks: the shape, the chain, and that every assessment's decision
 * record verifies (its own hash, and the engine re-run on its facts and time gives the same decision).
 */
export async function verifyIncidentFile(text: string, name: string): Promise<FileVerification> {
  const parsed = await parseIncidentFile(text, name);
  if (!parsed.ok) {
    const value = (() => {
      try {
        return JSON.parse(text) as IncidentFile;
      } catch {
        return undefined;
      }
    })();
    const entries = Array.isArray(value?.entries) ? value.entries : [];
    return {
      ok: false,
      entries: entries.length,
      assessments: entries.filter((e) => e?.type === 'assessment').length,
      fingerprint: typeof entries.at(-1)?.hash === 'string' ? (entries.at(-1)?.hash as string) : '',
      issues: parsed.issues,
      notes: [],
    };
  }
  const { file, json } = parsed;
  const issues: Issue[] = [];
  const notes: string[] = [];
  let assessments = 0;
  for (const [i, entry] of file.entries.entries()) {
    if (entry.type !== 'assessment') continue;
    assessments++;
    const v = await verifyRecord(entry.record);
    const label = entryLabel(entry, i);
    if (!v.ok)
      for (const p of v.problems)
        issues.push({
          file: name,
          pointer: `/entries/${i}/record`,
          message: `${label}: ${p}`,
          ...json.locate(`/entries/${i}/record`),
        });
    else for (const p of v.problems) notes.push(`${label}: ${p}`);
  }
  return {
    ok: issues.length === 0,
    entries: file.entries.length,
    assessments,
    fingerprint: (file.entries.at(-1) as Entry).hash,
    issues,
    notes,
  };
}
