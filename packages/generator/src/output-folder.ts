// Output folders ndb can be trusted with — the one module behind `ndb build` and `ndb site`
// (docs/output-folders.md is the contract).
//
// - Ownership: a marker file (.ndb-output.json) lists every file ndb wrote with its SHA-256. Only
//   those files are ever replaced or removed; everything else in the folder is the user's and is
//   carried into the new output. A non-empty folder without a marker is refused (--force adds
//   ndb's output beside what is there; a file of the user's in the way is kept as NAME.before-ndb).
// - Atomic: the new output is staged beside the target (same parent, so same file system), the
//   user's files are hard-linked into it, and two renames swap it in. After a crash at any step
//   the target holds the old or the new complete output, or the old one is parked at
//   .<name>.ndb-old, where the next run (or the signal handler) finds it and puts it back.
// - One writer at a time: a lock file beside the target. A second build waits for the first; the
//   lock of a process that no longer runs is taken over.
// - What a user can fix (full disk, read-only disk, permissions, a foreign folder, a file in the
//   way) is an OutputError, which the commands report with exit code 2.
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  type Dirent,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { homedir, hostname } from 'node:os';
import { basename, dirname, join, parse, resolve, sep } from 'node:path';

export const MARKER_FILE = '.ndb-output.json';
const MARKER_FORMAT = 'ndb-output/1';
/** A --force into a folder with more of the user's files than this is refused: not a place for output. */
const MAX_USER_ENTRIES = 10_000;
const KEPT_SUFFIX = '.before-ndb';
const TOO_MANY = Symbol('too many entries');

/** The steps of a write, in order; tests inject a crash after each one. */
export const SWAP_STEPS = ['locked', 'staged', 'linked', 'old-aside', 'new-in', 'merged', 'done'] as const;
export type SwapStep = (typeof SWAP_STEPS)[number];

export interface OutputFolderOptions {
  /** Who writes, for the marker and messages ("ndb build", "ndb site"). */
  tool: string;
  /** Write into a non-empty folder ndb did not make, or over ndb files the user changed; nothing is deleted (see KEPT_SUFFIX). */
  force?: boolean;
  /** How long to wait for another ndb writing the same folder, in ms (default 10 minutes). */
  lockWaitMs?: number;
  log?: (line: string) => void;
  /**
   * What the output was made from (a hash of every input), kept in the marker with `data`, so a
   * later run can tell the folder already holds exactly this output (`unchangedOutput`).
   */
  key?: string;
  /** JSON kept in the marker beside `key` (the build's output warnings), returned by `unchangedOutput`. */
  data?: unknown;
  /** Tests only: runs after each step (a crash hook). */
  afterStep?: (step: SwapStep) => void | Promise<void>;
}

export interface FillContext {
  /** A scratch folder beside the target for work that is not output (removed afterwards). */
  scratch: string;
  /** Runs if the process is interrupted (SIGINT/SIGTERM) before the write finishes, e.g. to stop a child process. */
  onAbort: (cleanup: () => void) => void;
}

export interface OutputResult {
  target: string;
  /** The files ndb wrote, relative, sorted. */
  files: string[];
  /** Files of the user's that were in the folder and are still there. */
  kept: number;
  /** Files of the user's that were in the way and were kept as NAME.before-ndb (--force only). */
  setAside: string[];
}

/** Something the user can fix; the message says what and what to do. Exit code 2. */
export class OutputError extends Error {
  override name = 'OutputError';
}

interface Marker {
  format: typeof MARKER_FORMAT;
  tool: string;
  /** See OutputFolderOptions.key; absent for writers that do not key their output. */
  key?: string;
  data?: unknown;
  files: Record<string, string>;
}

interface Paths {
  target: string;
  parent: string;
  stage: string;
  old: string;
  lock: string;
  scratch: string;
}

function pathsFor(target: string): Paths {
  const parent = dirname(target);
  const name = basename(target);
  return {
    target,
    parent,
    stage: join(parent, `.${name}.ndb-new`),
    old: join(parent, `.${name}.ndb-old`),
    lock: join(parent, `.${name}.ndb-lock`),
    scratch: join(parent, `.${name}.ndb-work`),
  };
}

const code = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

function lstatOrNull(path: string) {
  try {
    return lstatSync(path);
  } catch (error) {
    if (code(error) === 'ENOENT' || code(error) === 'ENOTDIR') return null;
    throw error;
  }
}

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

interface Tree {
  files: string[];
  dirs: string[];
  special: string[];
}

/** Every file and symlink under `dir`, relative with "/", plus every folder; sorted. Null past `max` entries. */
function walk(dir: string, max: number): Tree | null;
function walk(dir: string): Tree;
function walk(dir: string, max = Number.POSITIVE_INFINITY): Tree | null {
  const files: string[] = [];
  const dirs: string[] = [];
  const special: string[] = [];
  let seen = 0;
  const visit = (abs: string, rel: string) => {
    for (const entry of readdirSync(abs, { withFileTypes: true }) as Dirent[]) {
      if (++seen > max) throw TOO_MANY;
      const r = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        dirs.push(r);
        visit(join(abs, entry.name), r);
      } else if (entry.isFile() || entry.isSymbolicLink()) files.push(r);
      else special.push(r);
    }
  };
  try {
    visit(dir, '');
  } catch (error) {
    if (error === TOO_MANY) return null;
    throw error;
  }
  return { files: files.sort(), dirs: dirs.sort(), special: special.sort() };
}

function readMarker(dir: string): Marker | null {
  let text: string;
  try {
    text = readFileSync(join(dir, MARKER_FILE), 'utf8');
  } catch {
    return null;
  }
  try {
    const value = JSON.parse(text) as Marker;
    if (value?.format === MARKER_FORMAT && value.files && typeof value.files === 'object') return value;
  } catch {}
  return null;
}

/** A build from before the marker: `ndb build` wrote manifest.json listing its files. */
function legacyManifest(dir: string): Record<string, string | null> | null {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      generator?: { name?: string };
      files?: Record<string, { sha256?: string }>;
    };
    if (manifest.generator?.name !== '@ndb-kit/generator' || !manifest.files) return null;
    const files: Record<string, string | null> = { 'manifest.json': null };
    for (const [path, entry] of Object.entries(manifest.files)) files[path] = entry.sha256 ?? null;
    return files;
  } catch {
    return null;
  }
}

/** The files ndb wrote in `dir` (path → hash, null when unknown), or null for a folder ndb did not write. */
function ndbFilesIn(dir: string): Record<string, string | null> | null {
  const marker = readMarker(dir);
  if (marker) return { ...marker.files, [MARKER_FILE]: null };
  return legacyManifest(dir);
}

/**
 * Puts a folder back into a consistent state after an interrupted write: a parked old output is
 * restored when the target is missing, or — when the new output is already in place — the user's
 * files still only in the old one are moved across and the old one removed. Leftover staging is
 * removed. Synchronous, so the signal handler can run it.
 */
function recoverSync(paths: Paths, log: (line: string) => void): void {
  const { target, old, stage, scratch, parent } = paths;
  if (lstatOrNull(old)) {
    if (!lstatOrNull(target)) {
      renameSync(old, target);
      log(`restored the previous output of an interrupted build at ${target}`);
    } else {
      mergeUserFilesSync(old, target);
      rmSync(old, { recursive: true, force: true });
    }
  }
  // Checked first: rmSync's recursive walk costs more than the lstat that finds nothing (the usual case).
  if (lstatOrNull(stage)) rmSync(stage, { recursive: true, force: true });
  if (lstatOrNull(scratch)) rmSync(scratch, { recursive: true, force: true });
  // Earlier versions staged in .<name>.tmp-XXXXXX and parked the old build at …-old.
  const legacy = new RegExp(`^\\.${escapeRegExp(basename(target))}\\.tmp-[A-Za-z0-9]{6}(-old)?$`);
  let names: string[] = [];
  try {
    names = readdirSync(parent).filter((n) => legacy.test(n));
  } catch {}
  for (const name of names.sort((a, b) => Number(b.endsWith('-old')) - Number(a.endsWith('-old')))) {
    const path = join(parent, name);
    if (name.endsWith('-old') && !lstatOrNull(target)) {
      renameSync(path, target);
      log(`restored the previous output of an interrupted build at ${target}`);
    } else rmSync(path, { recursive: true, force: true });
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Moves the user's files that exist only in `from` (not ndb's, not in `to`) into `to`. */
function mergeUserFilesSync(from: string, to: string): void {
  const ndb = ndbFilesIn(from) ?? {};
  for (const rel of walk(from).files) {
    if (rel in ndb || lstatOrNull(join(to, rel))) continue;
    mkdirSync(dirname(join(to, rel)), { recursive: true });
    renameSync(join(from, rel), join(to, rel));
  }
}

// ---- lock ----

interface LockHolder {
  pid: number;
  host: string;
  tool: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return code(error) === 'EPERM';
  }
}

function readLock(lock: string): { holder: LockHolder | null; ageMs: number } | null {
  try {
    const st = statSync(lock);
    let holder: LockHolder | null = null;
    try {
      holder = JSON.parse(readFileSync(lock, 'utf8')) as LockHolder;
    } catch {}
    return { holder, ageMs: Date.now() - st.mtimeMs };
  } catch (error) {
    if (code(error) === 'ENOENT') return null;
    throw error;
  }
}

async function acquireLock(paths: Paths, options: OutputFolderOptions): Promise<() => void> {
  const me: LockHolder = { pid: process.pid, host: hostname(), tool: options.tool };
  const text = JSON.stringify(me);
  // The clock only bounds the wait; it never reaches the output.
  const deadline = Date.now() + (options.lockWaitMs ?? 10 * 60_000);
  let told = false;
  for (;;) {
    try {
      writeFileSync(paths.lock, text, { flag: 'wx' });
      return () => {
        try {
          if (readFileSync(paths.lock, 'utf8') === text) rmSync(paths.lock, { force: true });
        } catch {}
      };
    } catch (error) {
      if (code(error) !== 'EEXIST') throw error;
    }
    const seen = readLock(paths.lock);
    if (!seen) continue;
    const { holder, ageMs } = seen;
    const stale = holder ? holder.host === me.host && !alive(holder.pid) : ageMs > 5_000; // half-written by a process killed at that instant
    if (stale) {
      // Rename first so that of two processes taking over one stale lock, only one succeeds.
      const aside = `${paths.lock}.stale-${process.pid}`;
      try {
        renameSync(paths.lock, aside);
        rmSync(aside, { force: true });
      } catch {}
      continue;
    }
    const who = holder ? `${holder.tool} (process ${holder.pid} on ${holder.host})` : 'another ndb';
    if (Date.now() >= deadline)
      throw new OutputError(
        `${who} is writing ${paths.target}; ndb waited for it and gave up. Run again when it has finished` +
          ` (if no ndb is running, delete ${paths.lock}).`,
      );
    if (!told) options.log?.(`waiting for ${who}, which is writing ${paths.target} …`);
    told = true;
    await new Promise((done) => setTimeout(done, 100));
  }
}

// ---- signals ----

const aborts = new Set<() => void>();
function onSignal(signal: NodeJS.Signals): void {
  for (const abort of [...aborts]) {
    try {
      abort();
    } catch {}
  }
  process.removeListener('SIGINT', onSignal);
  process.removeListener('SIGTERM', onSignal);
  process.kill(process.pid, signal); // the default action: exit as killed by the signal
}
function registerAbort(abort: () => void): () => void {
  if (aborts.size === 0) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  aborts.add(abort);
  return () => {
    aborts.delete(abort);
    if (aborts.size === 0) {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
    }
  };
}

// ---- errors ----

/** Turns the errors a user can fix into an OutputError that says what to do; others pass through. */
export function explainFsError(error: unknown, target: string): unknown {
  if (error instanceof OutputError) return error;
  const c = code(error);
  const where = (error as NodeJS.ErrnoException).path ?? target;
  const unchanged = 'Nothing was changed at the output folder.';
  switch (c) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new OutputError(
        `cannot write ${target}: the disk is full (${c}). Free some space (or choose --out on another disk) and run again. ${unchanged}`,
      );
    case 'EROFS':
      return new OutputError(
        `cannot write ${target}: the file system is read-only (EROFS). Choose --out on a writable disk. ${unchanged}`,
      );
    case 'EACCES':
    case 'EPERM':
      return new OutputError(
        `cannot write ${target}: permission denied at ${where} (${c}). Choose a folder you can write to, or fix its permissions. ${unchanged}`,
      );
    case 'ENOTDIR':
    case 'EEXIST':
      return new OutputError(`cannot write ${target}: ${where} is in the way (${c}). ${unchanged}`);
    case 'ENAMETOOLONG':
    case 'ELOOP':
      return new OutputError(`cannot write ${target}: the path is not usable (${c}). ${unchanged}`);
    default:
      return error;
  }
}

// ---- the write ----

function resolveTarget(outDir: string): string {
  let target = resolve(outDir);
  const st = lstatOrNull(target);
  if (st?.isSymbolicLink()) {
    try {
      target = realpathSync(target); // swap the folder the link points at, keep the link
    } catch {
      throw new OutputError(`${target} is a symbolic link to nothing; remove it or choose another --out`);
    }
  }
  if (target === parse(target).root) throw new OutputError(`refusing to write output to ${target}`);
  return target;
}

interface Previous {
  exists: boolean;
  mode?: number;
  ndb: Record<string, string | null>;
  userFiles: string[];
  userDirs: string[];
  /** ndb's files the user changed since (replaced only with --force, kept as NAME.before-ndb). */
  changed: string[];
}

function inspect(target: string, force: boolean): Previous {
  const st = lstatOrNull(target);
  if (!st) return { exists: false, ndb: {}, userFiles: [], userDirs: [], changed: [] };
  if (!st.isDirectory())
    throw new OutputError(
      `${target} is a file, not a folder; ndb will not replace it. Choose another --out.`,
    );
  const ndb = ndbFilesIn(target);
  // A foreign folder is refused before anything is read in it (--out ~ must be quick to refuse).
  if (!ndb && readdirSync(target).length > 0) {
    if (!force)
      throw new OutputError(
        `${target} is not empty and was not written by ndb (no ${MARKER_FILE}). ndb never deletes or overwrites files it did not write: ` +
          'choose an empty or new folder, or run again with --force to put the output beside the files already there ' +
          `(a file in the way is kept as NAME${KEPT_SUFFIX}; nothing is deleted).`,
      );
    const home = resolve(homedir());
    const cwd = process.cwd();
    if (target === home || cwd === target || cwd.startsWith(target + sep))
      throw new OutputError(
        `refusing to write output into ${target} (your home folder or a folder around the current one), even with --force. Choose a folder of its own.`,
      );
  }
  const tree = walk(target, MAX_USER_ENTRIES);
  if (!tree)
    throw new OutputError(
      `${target} holds more than ${MAX_USER_ENTRIES} files and folders; it is not an output folder. Choose a folder of its own.`,
    );
  if (tree.special.length > 0)
    throw new OutputError(
      `${target} holds ${tree.special[0]}, which is not a file or folder (a pipe, socket or device); ndb will not move it. Choose another --out.`,
    );
  const known = ndb ?? {};
  const changed = Object.entries(known)
    .filter(([rel, hash]) => {
      if (hash === null) return false;
      const s = lstatOrNull(join(target, rel));
      return s !== null && (!s.isFile() || sha256File(join(target, rel)) !== hash);
    })
    .map(([rel]) => rel)
    .sort();
  if (changed.length > 0 && !force)
    throw new OutputError(
      `${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ` and ${changed.length - 5} more` : ''} in ${target} ` +
        `changed after ndb wrote ${changed.length === 1 ? 'it' : 'them'}. ndb will not overwrite your changes: move ` +
        `${changed.length === 1 ? 'the file' : 'them'} elsewhere, or run again with --force to keep each as NAME${KEPT_SUFFIX} beside the new output.`,
    );
  return {
    exists: true,
    mode: st.mode & 0o7777,
    ndb: known,
    userFiles: [...tree.files.filter((f) => !(f in known)), ...changed],
    userDirs: tree.dirs,
    changed,
  };
}

/** A free name beside `path` for a file of the user's that is in the way. */
function keptName(stage: string, rel: string): string {
  for (let n = 0; ; n++) {
    const candidate = `${rel}${KEPT_SUFFIX}${n === 0 ? '' : `-${n}`}`;
    if (!lstatOrNull(join(stage, candidate))) return candidate;
  }
}

/** Hard-links (or copies, where links are not possible) the user's files from the old output into the new one. */
function carryUserFiles(target: string, stage: string, previous: Previous, force: boolean): string[] {
  const setAside: string[] = [];
  for (const rel of previous.userDirs) {
    const dest = join(stage, rel);
    const s = lstatOrNull(dest);
    if (s?.isDirectory()) continue;
    if (s) {
      if (!force)
        throw new OutputError(
          `${join(target, rel)} is a folder of yours where ndb now writes a file; move it, or run again with --force.`,
        );
      continue; // its files are set aside one by one below
    }
    mkdirSync(dest, { recursive: true });
    chmodSync(dest, lstatSync(join(target, rel)).mode & 0o7777);
  }
  for (const rel of previous.userFiles) {
    const from = join(target, rel);
    let to = join(stage, rel);
    const inTheWay = lstatOrNull(to) !== null || !isDirOrMissingParent(stage, rel);
    if (inTheWay) {
      if (!force && !previous.changed.includes(rel))
        throw new OutputError(
          `${from} is a file of yours where ndb now writes its own; move it, or run again with --force to keep yours as ${rel}${KEPT_SUFFIX}.`,
        );
      const kept = keptName(stage, isDirOrMissingParent(stage, rel) ? rel : rel.replace(/\//g, '__'));
      to = join(stage, kept);
      setAside.push(kept);
    }
    mkdirSync(dirname(to), { recursive: true });
    const s = lstatSync(from);
    if (s.isSymbolicLink()) symlinkSync(readlinkSync(from), to);
    else {
      try {
        linkSync(from, to);
      } catch (error) {
        if (!['EPERM', 'ENOTSUP', 'EXDEV', 'EMLINK', 'EOPNOTSUPP'].includes(code(error) ?? '')) throw error;
        copyFileSync(from, to);
        chmodSync(to, s.mode & 0o7777);
      }
    }
  }
  return setAside;
}

/** Whether every folder above `rel` inside `stage` is a folder or missing (not a file of ndb's). */
function isDirOrMissingParent(stage: string, rel: string): boolean {
  const parts = rel.split('/').slice(0, -1);
  for (let i = 1; i <= parts.length; i++) {
    const s = lstatOrNull(join(stage, ...parts.slice(0, i)));
    if (s && !s.isDirectory()) return false;
  }
  return true;
}

/**
 * Writes an output folder: `fill` puts the complete new output into the folder it is given; then
 * it replaces `outDir` as described at the top of this file. Throws OutputError for what the user
 * can fix; nothing is changed at `outDir` unless the whole write succeeds.
 */
export async function writeOutputFolder(
  outDir: string,
  /** May return the SHA-256 of what it wrote (path → hex), saving the marker a re-read of every file. */
  // biome-ignore lint/suspicious/noConfusingVoidType: the site builder's fill returns nothing
  fill: (stage: string, context: FillContext) => Promise<void | Record<string, string>>,
  options: OutputFolderOptions,
): Promise<OutputResult> {
  const log = options.log ?? (() => {});
  const force = options.force === true;
  let target = resolve(outDir);
  try {
    target = resolveTarget(outDir);
    const paths = pathsFor(target);
    mkdirSync(paths.parent, { recursive: true });
    const release = await acquireLock(paths, options);
    const abortHooks: (() => void)[] = [];
    const abort = () => {
      for (const hook of abortHooks) hook();
      recoverSync(paths, () => {});
      release();
    };
    const unregister = registerAbort(abort);
    const step = async (s: SwapStep) => options.afterStep?.(s);
    try {
      recoverSync(paths, log);
      await step('locked');
      const previous = inspect(target, force);
      mkdirSync(paths.stage);
      // The scratch folder is made when the fill first asks for it: a build never does, and its
      // mkdir and removal were ~7% of writing a practice's ~35 files (measured).
      let scratch = false;
      const hashes = await fill(paths.stage, {
        get scratch() {
          if (!scratch) mkdirSync(paths.scratch);
          scratch = true;
          return paths.scratch;
        },
        onAbort: (hook) => abortHooks.push(hook),
      });
      if (scratch) rmSync(paths.scratch, { recursive: true, force: true });
      const written = walk(paths.stage);
      if (written.special.length > 0) throw new Error(`the build wrote a special file ${written.special[0]}`);
      // The fill's own hashes only when they name exactly the files the folder holds.
      const known =
        hashes &&
        written.files.length === Object.keys(hashes).length &&
        written.files.every((f) => Object.hasOwn(hashes, f))
          ? hashes
          : undefined;
      const marker: Marker = {
        format: MARKER_FORMAT,
        tool: options.tool,
        ...(options.key === undefined ? {} : { key: options.key, data: options.data ?? null }),
        files: Object.fromEntries(
          written.files.map((f) => [f, known?.[f] ?? sha256File(join(paths.stage, f))]),
        ),
      };
      if (MARKER_FILE in marker.files) throw new Error(`the build wrote ${MARKER_FILE} itself`);
      writeFileSync(join(paths.stage, MARKER_FILE), `${JSON.stringify(marker, null, 2)}\n`);
      await step('staged');
      let setAside: string[] = [];
      if (previous.exists) {
        setAside = carryUserFiles(target, paths.stage, previous, force);
        if (previous.mode !== undefined) chmodSync(paths.stage, previous.mode);
      }
      await step('linked');
      if (previous.exists) {
        renameSync(target, paths.old);
        await step('old-aside');
      }
      renameSync(paths.stage, target);
      await step('new-in');
      if (previous.exists) {
        mergeUserFilesSync(paths.old, target);
        await step('merged');
        rmSync(paths.old, { recursive: true, force: true });
      }
      await step('done');
      for (const kept of setAside) log(`kept your file as ${join(target, kept)} (ndb now writes that name)`);
      return {
        target,
        files: written.files,
        kept: previous.userFiles.length - previous.changed.length,
        setAside,
      };
    } catch (error) {
      try {
        for (const hook of abortHooks) hook();
        recoverSync(paths, log);
      } catch {}
      throw error;
    } finally {
      unregister();
      release();
    }
  } catch (error) {
    throw explainFsError(error, target);
  }
}

/**
 * Writes files (relative "/" paths, no "..") into `dir`, the generator's fill, and returns their
 * SHA-256 (hashed from memory). Synchronous writes by default: `dir` is the private staging
 * folder, so nothing waits on it, and measured, they cost a fraction of fs/promises' (one
 * thread-pool round trip per call) for the ~30 small files of a build.
 */
export async function writeFilesInto(
  dir: string,
  files: Map<string, Uint8Array>,
  write?: (path: string, data: Uint8Array) => Promise<void>,
): Promise<Record<string, string>> {
  for (const path of files.keys()) checkRelative(path);
  const made = new Set<string>();
  const hashes: Record<string, string> = {};
  for (const [path, bytes] of files) {
    const full = join(dir, ...path.split('/'));
    const parent = dirname(full);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    if (write) await write(full, bytes);
    else writeFileSync(full, bytes);
    hashes[path] = createHash('sha256').update(bytes).digest('hex');
  }
  return hashes;
}

/**
 * The folder already holds exactly the output `key` names: its marker was written by `tool` with
 * this key, every file the marker lists is there as a regular file with the listed SHA-256, and
 * no interrupted write is waiting to be recovered beside it. Then returns the marker's files and
 * data; otherwise (anything missing, changed, unreadable) null, and the caller builds as usual.
 * Files of the user's beside ndb's do not matter: a rebuild would keep them as they are.
 */
export function unchangedOutput(
  outDir: string,
  tool: string,
  key: string,
): { target: string; files: string[]; data: unknown } | null {
  try {
    const target = resolveTarget(outDir);
    const paths = pathsFor(target);
    if (lstatOrNull(paths.old) || lstatOrNull(paths.stage) || lstatOrNull(paths.scratch)) return null;
    if (!lstatOrNull(target)?.isDirectory()) return null;
    const marker = readMarker(target);
    if (!marker || marker.tool !== tool || marker.key !== key) return null;
    for (const [rel, hash] of Object.entries(marker.files)) {
      checkRelative(rel);
      const st = lstatOrNull(join(target, rel));
      if (!st?.isFile() || sha256File(join(target, rel)) !== hash) return null;
    }
    return { target, files: Object.keys(marker.files).sort(), data: marker.data ?? null };
  } catch {
    return null;
  }
}

/** A relative path inside the output folder: no absolute paths, no "..", no empty segments. */
export function checkRelative(path: string): void {
  const parts = path.split('/');
  if (path.startsWith('/') || path.includes('\\') || parts.some((p) => p === '' || p === '.' || p === '..')) {
    throw new Error(`refusing to write outside the output folder: ${JSON.stringify(path)}`);
  }
}
