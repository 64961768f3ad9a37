// Incident files on disk. Reading goes through the policy package's reader (size before read,
// UTF-8) and @ndb-kit/incident's parser (schema + chain). Writing never overwrites what ndb did
// not write: a new file is linked into place only if nothing is there; an append writes a temp
// file in the same folder and renames it over the old one, after checking the old one is still
// exactly what was read and verified.
import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import {
  IncidentFileError,
  type IncidentFile,
  MAX_INCIDENT_FILE_BYTES,
  parseIncidentFile,
  serializeIncidentFile,
} from '@ndb-kit/incident';
import { readTextFile } from '@ndb-kit/policy/read-text-file';
import type { Issue } from '@ndb-kit/validation';

export type ReadIncident =
  | { ok: true; file: IncidentFile; text: string }
  | { ok: false; issues: Issue[]; notIncidentFile?: true };

export async function readIncidentPath(path: string): Promise<ReadIncident> {
  const text = await readTextFile(path, MAX_INCIDENT_FILE_BYTES);
  if (typeof text !== 'string') return { ok: false, issues: [text] };
  const parsed = await parseIncidentFile(text, path);
  if (!parsed.ok)
    return parsed.notIncidentFile ? { ok: false, issues: parsed.issues, notIncidentFile: true } : parsed;
  return { ok: true, file: parsed.file, text };
}

function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Writes a new incident file; refuses if anything already exists at `path`. */
export async function writeNewIncidentFile(path: string, file: IncidentFile): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = tempPath(path);
  await writeFile(tmp, serializeIncidentFile(file), { flag: 'wx' });
  try {
    await link(tmp, path); // fails with EEXIST rather than replacing a file
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new IncidentFileError('already exists; ndb never overwrites a file', 'out');
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
    // No hard links on this file system: exclusive create instead.
    await writeFile(path, serializeIncidentFile(file), { flag: 'wx' }).catch((e: NodeJS.ErrnoException) => {
      throw e.code === 'EEXIST'
        ? new IncidentFileError('already exists; ndb never overwrites a file', 'out')
        : e;
    });
  } finally {
    await rm(tmp, { force: true });
  }
}

/** Replaces the incident file at `path` with `file`, if it still holds exactly `original`. */
export async function replaceIncidentFile(path: string, original: string, file: IncidentFile): Promise<void> {
  const tmp = tempPath(path);
  const mode = (await stat(path)).mode & 0o777;
  await writeFile(tmp, serializeIncidentFile(file), { flag: 'wx', mode });
  try {
    const current = await readFile(path, 'utf8');
    if (current !== original)
      throw new IncidentFileError(
        'changed while ndb was writing to it (another ndb at work?); nothing was added',
        'file',
      );
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}
