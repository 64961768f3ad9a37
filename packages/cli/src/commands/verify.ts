// ndb verify FILE — a saved decision record (recompute its SHA-256, re-run the engine) or an
// incident file (its shape, every entry's hash and link to the one before, every assessment's
// record re-run). Any change is reported with the entry it breaks; exit 2. A record's incident is
// checked against the incident schema first: the hash shows the record is unchanged since it was
// hashed, not that whoever hashed it made it with ndb (docs/incident-model.md).
import { verifyRecord } from '@ndb-kit/engine';
import { isIncidentFileLike, MAX_INCIDENT_FILE_BYTES, verifyIncidentFile } from '@ndb-kit/incident';
import { readTextFile } from '@ndb-kit/policy/read-text-file';
import { formatIssues, type Issue, parseJson, safeText } from '@ndb-kit/validation';
import { type CommandSpec, type OptionDefs, parseCommandArgs, usageError } from '../args.ts';
import type { Io } from '../bin.ts';
import { validateIncident } from '../incident-input.ts';
import { MAX_INPUT_BYTES, readStdin } from '../read-input.ts';

const SPEC = {
  name: 'verify',
  usage: ['verify FILE|- [--json]'],
  description: `Checks that a saved decision record (ndb assess --record) is unchanged (SHA-256) and that the
engine still gives the same decision; or that an incident file (ndb incident) is intact: every
entry matches its hash and follows the one before, and every assessment re-runs to the same
decision. Any change to an earlier entry is reported with the entry it breaks (exit 2).`,
  options: {
    json: { type: 'boolean', help: 'print the result as JSON: { ok, kind, file, … , issues }' },
  },
  json: true,
} as const satisfies CommandSpec<OptionDefs>;

function looksLikeIncidentFile(text: string): boolean {
  try {
    return isIncidentFileLike(JSON.parse(text));
  } catch {
    // Not JSON at all, or broken JSON: an incident file says so near its start.
    return /^\s*\{\s*"format"\s*:\s*"ndb-kit incident file"/.test(text);
  }
}

export async function run(args: string[], stdio: Io): Promise<number> {
  const parsedArgs = parseCommandArgs(SPEC, args, stdio);
  if (typeof parsedArgs === 'number') return parsedArgs;
  const { io, positionals } = parsedArgs;
  const json = parsedArgs.values.json === true;
  if (positionals.length !== 1) return usageError(SPEC, io, 'give one file (or - for stdin)');
  const file = positionals[0] as string;
  const name = file === '-' ? '<stdin>' : file;
  const text = file === '-' ? await readStdin() : await readTextFile(file, MAX_INCIDENT_FILE_BYTES);
  const fail = (issues: Issue[]): number => {
    if (json) io.out(JSON.stringify({ ok: false, file: name, issues }, null, 2));
    else for (const line of formatIssues(issues)) io.err(line);
    return 2;
  };
  if (typeof text !== 'string') return fail([text]);
  if (looksLikeIncidentFile(text)) return verifyIncident(text, name, io, json);

  const parsed = parseJson(text, name, { maxBytes: MAX_INPUT_BYTES });
  if (!parsed.ok) return fail(parsed.issues);
  // A re-hashed record can hold any incident: check it against the schema before trusting the
  // re-run (individualsAffected: -5 must not verify).
  const incident = (parsed.json.value as { record?: { incident?: unknown } } | null)?.record?.incident;
  if (incident !== undefined) {
    const issues = validateIncident(incident, name).map((i) => {
      const pointer = `/record/incident${i.pointer}`;
      return { ...i, pointer, ...parsed.json.locate(pointer) };
    });
    if (issues.length > 0) {
      if (json) {
        io.out(
          JSON.stringify(
            { ok: false, file: name, verified: false, reason: 'invalid_incident', issues },
            null,
            2,
          ),
        );
        return 2;
      }
      io.err(`✗ ${safeText(name)}: not verified — the recorded incident is not a valid incident`);
      for (const line of formatIssues(issues, '  - ')) io.err(line);
      return 2;
    }
  }
  const v = await verifyRecord(parsed.json.value);
  if (json) {
    io.out(JSON.stringify({ kind: 'decision-record', file: name, ...v }, null, 2));
    return v.ok ? 0 : 2;
  }
  if (v.ok) {
    io.out(
      `✓ ${safeText(name)}: hash matches and the engine gives the same decision${v.sameRulesVersion ? '' : ' (the record was made with other rules; see the note)'}.`,
    );
    for (const p of v.problems) io.out(`  note: ${p}`);
    return 0;
  }
  io.err(`✗ ${safeText(name)}: not verified`);
  for (const p of v.problems) io.err(`  - ${p}`);
  return 2;
}

async function verifyIncident(text: string, name: string, io: Io, json: boolean): Promise<number> {
  const v = await verifyIncidentFile(text, name);
  if (json) {
    io.out(JSON.stringify({ kind: 'incident-file', file: name, ...v }, null, 2));
    return v.ok ? 0 : 2;
  }
  if (v.ok) {
    io.out(
      safeText(
        `✓ ${name}: incident file intact — ${v.entries} entr${v.entries === 1 ? 'y' : 'ies'}, each matching its hash and chained to the one before; ${v.assessments} assessment${v.assessments === 1 ? '' : 's'} re-run to the same decision.`,
      ),
    );
    for (const n of v.notes) io.out(`  note: ${n}`);
    io.out(`  Fingerprint (SHA-256 of the last entry): ${v.fingerprint}`);
    return 0;
  }
  io.err(safeText(`✗ ${name}: not verified`));
  for (const line of formatIssues(v.issues, '  - ')) io.err(line);
  return 2;
}
