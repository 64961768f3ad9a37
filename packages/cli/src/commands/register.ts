// ndb register DIR [--format text|json|csv|html|pdf] [--out FILE] [--now ISO] — the incident
// register over a folder of incident files: one row per incident. Every incident file must
// verify its chain (ndb verify also re-runs the decisions); other JSON files are skipped.
import { randomBytes } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import {
  DEFAULT_TIME_ZONE,
  incidentStatus,
  isIncidentFileLike,
  MAX_INCIDENT_FILE_BYTES,
  parseIncidentFile,
  parseInstant,
  type RegisterRow,
  registerCsv,
  registerHtml,
  registerJson,
  registerPdfInput,
  registerRow,
  registerText,
  sortRows,
  toZonedIso,
} from '@ndb-kit/incident';
import { renderPdf } from '@ndb-kit/pdf';
import { loadDefaultFonts } from '@ndb-kit/pdf/node-fonts';
import { readTextFile } from '@ndb-kit/policy';
import { formatIssues, type Issue, safeText } from '@ndb-kit/validation';
import { parseCommandArgs } from '../args.ts';
import type { Io } from '../bin.ts';

const FORMATS = ['text', 'json', 'csv', 'html', 'pdf'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `Usage: ndb register DIR [--format text|json|csv|html|pdf] [--out FILE] [--now ISO]

The incident register over a folder of incident files (ndb incident): one row per incident —
reference, dates aware / believed / assessed / statement / individuals notified, outcome,
individuals, OAIC reference, Commissioner's declaration or direction, status, days from
awareness to decision and from belief to statement.

Options:
  --format FORMAT   text (default), json, csv (UTF-8 with BOM for Excel; formula-safe), html, pdf
  --out FILE        write to FILE (replaced atomically) instead of standard output; pdf needs it
  --time-zone ZONE  the zone "as at" is shown in (default: the first incident's, else ${DEFAULT_TIME_ZONE})
  --now ISO         the moment to judge "overdue" at (default: now)
Other .json files in DIR (policies, records) are skipped. An incident file that does not verify
stops the register (exit 2): run ndb verify on it.
Exit codes: 0 ok, 2 invalid input, 1 internal error.`;

export async function run(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(
    'register',
    args,
    {
      format: { type: 'string' },
      out: { type: 'string' },
      now: { type: 'string' },
      'time-zone': { type: 'string' },
    },
    HELP,
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    io.err(`ndb register: give one folder of incident files\n\n${HELP}`);
    return 2;
  }
  const dir = positionals[0] as string;
  const problems: Issue[] = [];
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format))
    problems.push({
      file: '--format',
      pointer: '',
      message: 'is not a known format',
      expected: FORMATS.join(', '),
      found: JSON.stringify(values.format),
    });
  if (format === 'pdf' && values.out === undefined)
    problems.push({
      file: '--out',
      pointer: '',
      message: 'is required for --format pdf',
      expected: 'e.g. --out register.pdf',
    });

  let names: string[] = [];
  try {
    names = (await readdir(dir, { withFileTypes: true }))
      .filter((d) => d.isFile() && d.name.toLowerCase().endsWith('.json'))
      .map((d) => d.name)
      .sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.push({
      file: dir,
      pointer: '',
      message:
        code === 'ENOENT'
          ? 'folder not found'
          : code === 'ENOTDIR'
            ? 'is not a folder'
            : `cannot read the folder (${code})`,
    });
  }
  if (problems.length > 0) return report(problems, io);

  const files: { name: string; file: Awaited<ReturnType<typeof parseIncidentFile>> & { ok: true } }[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const text = await readTextFile(path, MAX_INCIDENT_FILE_BYTES);
    if (typeof text !== 'string') {
      problems.push(text);
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    if (!isIncidentFileLike(value) && !/^\s*\{\s*"format"\s*:\s*"ndb-kit incident file"/.test(text)) {
      io.err(safeText(`ndb register: skipped ${path}: not an incident file`));
      continue;
    }
    const read = await parseIncidentFile(text, path);
    if (read.ok) files.push({ name, file: read });
    else problems.push(...read.issues);
  }
  if (problems.length > 0) return report(problems, io);

  const firstZone = files[0]?.file.file.entries[0];
  const zone =
    values['time-zone'] ?? (firstZone?.type === 'opened' ? firstZone.practice.timeZone : DEFAULT_TIME_ZONE);
  let now: string;
  if (values.now === undefined) now = toZonedIso(Date.now(), zone);
  else {
    const r = parseInstant(values.now, zone);
    if (!r.ok)
      return report(
        [
          {
            file: '--now',
            pointer: '',
            message: r.message,
            expected: r.expected,
            found: JSON.stringify(values.now),
          },
        ],
        io,
      );
    now = r.iso;
  }

  const rows: RegisterRow[] = sortRows(
    files.map(({ name, file }) => registerRow(name, incidentStatus(file.file, { now }))),
  );
  const seen = new Map<string, string>();
  for (const r of rows) {
    const other = seen.get(r.reference);
    if (other)
      io.err(
        safeText(`ndb register: warning: ${other} and ${r.file} have the same reference "${r.reference}"`),
      );
    seen.set(r.reference, r.file);
  }
  const meta = { now, timeZone: zone, source: basename(dir.replace(/[\\/]+$/, '')) || dir };
  let output: string | Uint8Array;
  switch (format) {
    case 'json':
      output = registerJson(rows, meta);
      break;
    case 'csv':
      output = registerCsv(rows);
      break;
    case 'html':
      output = registerHtml(rows, meta);
      break;
    case 'pdf':
      output = await renderPdf(registerPdfInput(rows, meta), await loadDefaultFonts());
      break;
    default:
      output = registerText(rows, meta);
  }
  if (values.out === undefined) {
    io.out(output as string); // pdf always has --out
    return 0;
  }
  const refused = await refuseToReplace(values.out);
  if (refused) return report([refused], io);
  const tmp = join(
    dirname(values.out),
    `.${basename(values.out)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await writeFile(tmp, output, { flag: 'wx' });
    await rename(tmp, values.out);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  io.out(
    safeText(
      `✓ Wrote the register of ${rows.length} incident${rows.length === 1 ? '' : 's'} to ${values.out}`,
    ),
  );
  return 0;
}

/** --out may replace an earlier register, never an incident file or a folder. */
async function refuseToReplace(path: string): Promise<Issue | undefined> {
  let existing: Buffer;
  try {
    existing = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    return {
      file: '--out',
      pointer: '',
      message: code === 'EISDIR' ? 'is a folder' : `cannot be written (${code})`,
    };
  }
  const head = existing.subarray(0, 200).toString('utf8');
  if (/"format"\s*:\s*"ndb-kit incident file"/.test(head))
    return {
      file: '--out',
      pointer: '',
      message: 'is an incident file; ndb never overwrites one',
      found: JSON.stringify(path),
    };
  return undefined;
}

function report(issues: Issue[], io: Io): number {
  for (const line of formatIssues(issues)) io.err(line);
  io.err(`ndb register: ${issues.length} problem${issues.length === 1 ? '' : 's'}; nothing was written.`);
  return 2;
}
