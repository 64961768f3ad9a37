// The wizard's side of the incident file (@ndb-kit/incident does the file itself): open one the
// practice picked from disk and refuse it, naming the entry, unless it verifies; start a new one;
// append the result screen's decision record; save it back as a download (or, where the browser
// has it, through the File System Access save dialog); and turn the last assessment's facts back
// into wizard answers. Loaded only when asked for (dynamic import), like the result screen.
// Nothing here sends anything anywhere: the file's text comes in from the user and goes back out
// to them.
import type { DecisionRecord, Incident } from '@ndb-kit/engine';
import { draftIncident, getPath, QUESTIONS, setPath } from '@ndb-kit/engine';
import {
  type AssessmentEntry,
  appendAssessment,
  appendEntry,
  type Entry,
  entryLabel,
  type IncidentFile,
  lastIncident,
  MAX_INCIDENT_FILE_BYTES,
  type OpenedEntry,
  openIncidentFile,
  type ParseIncidentResult,
  parseIncidentFile,
  serializeIncidentFile,
  timeZoneOf,
  toZonedIso,
  verifyIncidentFile,
} from '@ndb-kit/incident';
import type { WizardPractice } from '../lib/site-data.ts';
import type { Answers } from './state.ts';

type Issue = Extract<ParseIncidentResult, { ok: false }>['issues'][number];

/** An incident file the practice has in hand in this page: its name on disk and its entries. */
export interface HeldFile {
  name: string;
  file: IncidentFile;
  /** Whether the page holds entries that are not yet saved to disk. */
  unsaved: boolean;
}

export type OpenResult = { ok: true; held: HeldFile } | { ok: false; message: string };

/** Long or hostile values are shown as text, and clipped so they cannot swamp the screen. */
export function clip(text: string, max = 120): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

function describeIssue(issue: Issue): string {
  const entry = /^\/entries\/(\d+)/.exec(issue.pointer);
  const where = entry && !/^entry \d+/.test(issue.message) ? `entry ${entry[1]}` : '';
  const at = issue.pointer && !entry?.[0].endsWith(issue.pointer) ? ` (${issue.pointer})` : '';
  const line = issue.line === undefined ? '' : `, line ${issue.line}`;
  const expected = issue.expected ? `; expected ${issue.expected}` : '';
  const found = issue.found ? `, found ${issue.found}` : '';
  return clip(
    `${where ? `${where}${at}` : issue.pointer || 'the file'}${line}: ${issue.message}${expected}${found}`,
    400,
  ).replace(/^: /, '');
}

/** The words shown when a file is refused: what is wrong, with the entry it breaks, first. */
export function refusal(name: string, issues: Issue[]): string {
  const first = issues.slice(0, 3).map(describeIssue);
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return `${clip(name, 80)} was not used and nothing was changed: it does not verify as an ndb-kit incident file. ${first.join(' · ')}${more}. Keep the file as it is and ask whoever looks after your records; ndb verify prints the same.`;
}

/**
 * Reads an incident file the user picked: the JSON, the schema, the hash chain, and every
 * assessment re-run by the engine to the decision it records. Refused (never repaired) when any
 * of it fails; also refused when the file belongs to another practice.
 */
export async function readIncidentFile(
  text: string,
  name: string,
  practice: WizardPractice,
): Promise<OpenResult> {
  if (text.length > MAX_INCIDENT_FILE_BYTES)
    return { ok: false, message: `${clip(name, 80)} is too large to be an incident file.` };
  const parsed = await parseIncidentFile(text, name);
  if (!parsed.ok)
    return {
      ok: false,
      message: parsed.notIncidentFile
        ? `${clip(name, 80)} is not an ndb-kit incident file (a decision record or another JSON file?). Choose the incident's file, or start a new one.`
        : refusal(name, parsed.issues),
    };
  const verified = await verifyIncidentFile(text, name);
  if (!verified.ok) return { ok: false, message: refusal(name, verified.issues) };
  const opened = parsed.file.entries[0] as OpenedEntry;
  if (opened.practice.id !== undefined && opened.practice.id !== practice.id)
    return {
      ok: false,
      message: `${clip(name, 80)} is an incident of ${clip(opened.practice.name ?? opened.practice.id, 80)}, not ${practice.name}: open it in that practice's wizard.`,
    };
  return { ok: true, held: { name, file: parsed.file, unsaved: false } };
}

/** A file name from a reference: letters, digits, dot, dash and underscore, ending in .json. */
export function fileNameFor(reference: string): string {
  const stem = reference
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '')
    .slice(0, 80);
  return `${stem || 'incident'}.json`;
}

/** A new incident file for this practice, opened now, held in the page until it is saved. */
export async function startIncidentFile(
  practice: WizardPractice,
  options: { reference: string; title?: string; now: string },
): Promise<HeldFile> {
  const reference = options.reference.trim();
  const title = options.title?.trim();
  const file = await openIncidentFile({
    reference,
    ...(title ? { title } : {}),
    practice: { id: practice.id, name: practice.name, timeZone: practice.timeZone },
    now: options.now,
  });
  return { name: fileNameFor(reference), file, unsaved: true };
}

/** The assessment entry already holding this decision record, if any (so it is not added twice). */
export function entryWithRecord(file: IncidentFile, record: DecisionRecord): AssessmentEntry | undefined {
  return file.entries.find(
    (e): e is AssessmentEntry => e.type === 'assessment' && e.record.hash.value === record.hash.value,
  );
}

export interface Appended {
  held: HeldFile;
  entry: Entry;
  /** Set when the record had to be made again in the file's time zone (see below). */
  remade?: DecisionRecord;
}

/**
 * Appends the result screen's decision record as an assessment entry at `now`. An assessment
 * entry's time is its record's time written in the file's zone; when the file keeps another zone
 * than the practice's (a file opened by the CLI without --policy), the same facts are assessed
 * again now in the file's zone (the record cannot be re-timed: it is hashed), and the caller says so.
 */
export async function addDecision(held: HeldFile, record: DecisionRecord, now: string): Promise<Appended> {
  const zone = timeZoneOf(held.file);
  const at = record.record.now;
  let file: IncidentFile;
  let remade: DecisionRecord | undefined;
  if (toZonedIso(Date.parse(at), zone) === at) {
    file = await appendEntry(held.file, { type: 'assessment', at, record }, { now });
  } else {
    const r = await appendAssessment(held.file, record.record.incident, { now });
    file = r.file;
    remade = r.record;
  }
  return {
    held: { ...held, file, unsaved: true },
    entry: file.entries.at(-1) as Entry,
    ...(remade ? { remade } : {}),
  };
}

/** The file's text, exactly as the CLI writes it. */
export const fileText = (held: HeldFile): string => serializeIncidentFile(held.file);

/** SHA-256 of the last entry: kept somewhere else, it shows later that nothing was cut off the end. */
export const fingerprint = (held: HeldFile): string => (held.file.entries.at(-1) as Entry).hash;

/** A one-line summary of the file for the screen (text only; the caller renders it as text). */
export function describeFile(held: HeldFile): {
  reference: string;
  title?: string;
  entries: number;
  last: string;
} {
  const opened = held.file.entries[0] as OpenedEntry;
  const last = held.file.entries.at(-1) as Entry;
  return {
    reference: clip(opened.reference, 80),
    ...(opened.title ? { title: clip(opened.title) } : {}),
    entries: held.file.entries.length,
    last: `${entryLabel(last, held.file.entries.length - 1)}, ${last.at.slice(0, 16).replace('T', ' ')}`,
  };
}

type SavePicker = (options: object) => Promise<{
  createWritable: () => Promise<{ write: (data: Blob) => Promise<void>; close: () => Promise<void> }>;
}>;

/**
 * Hands the file back to the user under the same name: through the browser's save dialog where it
 * has one (File System Access API), otherwise as a download. 'cancelled' when they closed the dialog.
 */
export async function saveIncidentFile(
  held: HeldFile,
  download: (name: string, data: BlobPart, type: string) => void,
): Promise<'saved' | 'downloaded' | 'cancelled'> {
  const text = fileText(held);
  const picker = (globalThis as { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
  if (typeof picker === 'function') {
    try {
      const handle = await picker({
        suggestedName: held.name,
        types: [{ description: 'Incident file (JSON)', accept: { 'application/json': ['.json'] } }],
      });
      const out = await handle.createWritable();
      await out.write(new Blob([text], { type: 'application/json' }));
      await out.close();
      return 'saved';
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return 'cancelled';
      // Any other failure (blocked in this context, no permission): fall back to a download.
    }
  }
  download(held.name, text, 'application/json');
  return 'downloaded';
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

function merge(base: unknown, over: unknown): unknown {
  if (!isObject(base) || !isObject(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = merge(base[k], v);
  return out;
}

/**
 * Wizard answers from an incident's facts: every field the incident holds is answered (with its
 * "I don't know" where it holds the unknown value), so the user changes only what changed. A
 * field the incident leaves out stays unanswered and is asked. The organisation questions are
 * included when the incident's organisation facts differ from the plan's.
 */
export function answersFromIncident(incident: Incident, practice: WizardPractice): Answers {
  const draft = draftIncident({ ...practice.entity, timeZone: practice.timeZone });
  let merged = merge(draft, incident) as Incident;
  const answered: string[] = [];
  let withOrganisation = false;
  for (const q of QUESTIONS)
    for (const f of q.fields) {
      const value = getPath(incident, f.path);
      if (q.section === 'organisation' && value !== undefined && !same(value, getPath(draft, f.path)))
        withOrganisation = true;
      if (value === undefined || value === null) continue;
      const unknownValues = Array.isArray(f.unknown?.value) ? (f.unknown.value as unknown[]) : [];
      const unknown =
        (f.unknown !== undefined && same(value, f.unknown.value)) ||
        (f.input === 'multi' &&
          Array.isArray(value) &&
          unknownValues.length > 0 &&
          value.some((v) => unknownValues.some((u) => same(u, v))));
      if (f.input === 'multi' && Array.isArray(value) && value.length === 0 && !unknown) continue;
      answered.push(unknown ? `unknown:${f.path}` : f.path);
    }
  // The zone is the practice's (dates are shown on its clock).
  merged = setPath(merged, 'entity.timeZone', practice.timeZone) as Incident;
  return { incident: merged, answered, withOrganisation, index: 0, done: false };
}

/** The facts to continue from: the last assessment's, as wizard answers (undefined when none yet). */
export function answersFromFile(held: HeldFile, practice: WizardPractice): Answers | undefined {
  const incident = lastIncident(held.file);
  return incident ? answersFromIncident(incident, practice) : undefined;
}

// The file opened to continue an incident (held-file.ts keeps it; re-exported for dynamic importers).
export { heldFile, holdFile } from './held-file.ts';
