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
import { readTextFile } from '@ndb-kit/policy/read-text-file';
import { formatIssues, type Issue, safeText } from '@ndb-kit/validation';
import { type CommandSpec, type OptionDefs, parseCommandArgs, usageError } from '../args.ts';
import type { Io } from '../bin.ts';
import { clock } from '../clock.ts';

const FORMATS = ['text', 'json', 'csv', 'html', 'pdf'] as const;
type Format = (typeof FORMATS)[number];

const SPEC = {
  name: 'register',
  usage: ['register DIR [--format text|json|csv|html|pdf] [--out FILE] [--now ISO]'],
  description: `The incident register over a folder of incident files (ndb incident): one row per incident —
reference, dates aware / believed / assessed / statement / individuals notified, outcome,
individuals, OAIC reference, Commissioner's declaration or direction, status, days from
awareness to decision and from belief to statement.`,
  options: {
    format: {
      type: 'string',
      arg: 'FORMAT',
      choices: FORMATS,
      help: 'text (default), json, csv (UTF-8 with BOM for Excel; formula-safe), html, pdf',
    },
    out: {
      type: 'string',
      arg: 'FILE',
      help: 'write to FILE (replaced atomically) instead of standard output; pdf needs it',
    },
    'time-zone': {
      type: 'string',
      arg: 'ZONE',
      help: `the zone "as at" is shown in (default: the first incident's, else ${DEFAULT_TIME_ZONE})`,
    },
    now: { type: 'string', arg: 'ISO', help: 'the moment to judge "overdue" at (default: now)' },
    json: { type: 'boolean', help: 'the same as --format json' },
  },
  notes: `Other .json files in DIR (policies, records) are skipped. An incident file that does not verify
stops the register (exit 2): run ndb verify on it.`,
  json: true,
} as const satisfies CommandSpec<OptionDefs>;

export async function run(args: string[], stdio: Io): Promise<number> {
  const parsed = parseCommandArgs(SPEC, args, stdio);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals, io } = parsed;
  if (positionals.length !== 1) return usageError(SPEC, io, 'give one folder of incident files');
  const dir = positionals[0] as string;
  const problems: Issue[] = [];
  // The parser has checked --format against FORMATS.
  const format = (values.format ?? (values.json ? 'json' : 'text')) as Format;
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
  if (values.now === undefined) now = toZonedIso(clock.now(), zone);
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
    case 'pdf': {
      // The PDF renderer and its fonts (fontkit, ~22 MB of TTFs) load only when a PDF is made.
      const [{ renderPdf }, { loadDefaultFonts }] = await Promise.all([
        import('@ndb-kit/pdf'),
        import('@ndb-kit/pdf/node-fonts'),
      ]);
      output = await renderPdf(registerPdfInput(rows, meta), await loadDefaultFonts());
      break;
    }
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
