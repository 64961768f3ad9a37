// Reading a policy file from disk: refuse oversized, non-regular or non-UTF-8 files before parsing, then
// parse (with positions) and validate. Never throws for a bad file; returns issues instead.
import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { isTimeZone, wallClockIn } from '@ndb-kit/engine';
import { DEFAULT_MAX_BYTES, type Issue, type ParsedJson, parseJson } from '@ndb-kit/validation';
import type { PracticePolicy } from './types.ts';
import { validatePolicy } from './validate-policy.ts';
import { type LocatedWarning, locateWarnings, policyWarnings } from './warnings.ts';

export type LoadResult =
  | { ok: true; policy: PracticePolicy; json: ParsedJson; warnings: LocatedWarning[] }
  | { ok: false; issues: Issue[] };

export interface LoadOptions {
  /** YYYY-MM-DD; defaults to the machine's local date. Errors and warnings are judged as of it. */
  today?: string;
  maxBytes?: number;
  /** The rules' law-as-at date for the warnings; defaults to the engine's (tests pass one in). */
  lawAsAt?: string;
}

/** The machine's local calendar date, YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Today's date in an IANA time zone, YYYY-MM-DD (the machine's local date for a bad zone): the
 * engine's wall clock (dates.ts), so every "today" ndb computes is the same definition.
 */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return isTimeZone(timeZone) ? wallClockIn(now.getTime(), timeZone).date : localToday(now);
}

/**
 * Today in the policy file's own time zone, read leniently before validation (which reports a
 * bad file or zone properly): the default date of `ndb build`, `ndb site` and `ndb status`.
 */
export async function practiceToday(file: string, now: Date = new Date()): Promise<string> {
  const text = await readTextFile(file);
  try {
    const zone = typeof text === 'string' ? JSON.parse(text)?.organisation?.timeZone : undefined;
    if (typeof zone === 'string') return todayIn(zone, now);
  } catch {
    // not JSON: fall through; loadPolicy reports it
  }
  return localToday(now);
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'file not found',
  EISDIR: 'is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENXIO: 'is a pipe with nothing writing to it, not a file',
};

const tooLarge = (file: string, maxBytes: number, found: string): Issue => ({
  file,
  pointer: '',
  message: 'the file is too large',
  expected: `at most ${maxBytes} bytes`,
  found,
});

/**
 * Reads a text file for validation, or explains in one issue why it cannot. Bounded whatever the
 * path is: open without blocking (a FIFO with no writer must not hang), refuse anything that is
 * not a regular file from fstat (pipes, devices such as /dev/zero, sockets, folders), then read
 * at most maxBytes + 1 bytes, so a file that grows while it is read is still refused as too large.
 */
export async function readTextFile(file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<string | Issue> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat();
    if (info.isDirectory()) return { file, pointer: '', message: FILE_ERRORS.EISDIR ?? '' };
    if (!info.isFile())
      return {
        file,
        pointer: '',
        message: 'is not a regular file (a pipe, device or socket); ndb reads only files',
        expected: 'a JSON file',
      };
    if (info.size > maxBytes) return tooLarge(file, maxBytes, `${info.size} bytes`);
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return tooLarge(file, maxBytes, `more than ${maxBytes} bytes`);
    const bytes = buffer.subarray(0, length);
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
      return { file, pointer: '', message: 'the file is saved as UTF-16; save it as UTF-8' };
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { file, pointer: '', message: 'the file is not UTF-8 text; save it as UTF-8' };
    }
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    return {
      file,
      pointer: '',
      message: FILE_ERRORS[code] ?? `cannot read the file (${code || 'unknown error'})`,
    };
  } finally {
    await handle?.close();
  }
}

export async function loadPolicy(file: string, options: LoadOptions = {}): Promise<LoadResult> {
  const text = await readTextFile(file, options.maxBytes);
  if (typeof text !== 'string') return { ok: false, issues: [text] };
  const parsed = parseJson(text, file, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES });
  if (!parsed.ok) return parsed;
  const today = options.today ?? localToday();
  const issues = validatePolicy(parsed.json.value, file, parsed.json, { today });
  if (issues.length > 0) return { ok: false, issues };
  const policy = parsed.json.value as PracticePolicy;
  const warnings = policyWarnings(policy, { today, lawAsAt: options.lawAsAt });
  return { ok: true, policy, json: parsed.json, warnings: locateWarnings(warnings, file, parsed.json) };
}
