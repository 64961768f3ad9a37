// `ndb build --all` on worker threads: the practices are independent (each has its own output
// folder, lock and build), so each worker takes the next file as soon as it is free; the results
// come back to this thread, which prints them in file order, so the log, the --json report and
// every output byte are the same as one thread's (build-pool.test.ts compares them).
//
// When it pays (measured, docs/cli.md "ndb build"): @ndb-kit/generator/threads' rule, shared with
// `ndb site` (one thread per core, at most MAX_THREADS, from MIN_PRACTICES_FOR_THREADS files on,
// only while a core is free of other work), this thread counted among them.
import { existsSync, readFileSync } from 'node:fs';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import {
  buildThreads,
  buildThreadsNow,
  type Machine,
  MIN_PRACTICES_FOR_THREADS,
} from '@ndb-kit/generator/threads';
import { type BuildJob, buildListed, type Listed } from './build.ts';

/** workerData.role of a build worker (build-worker.ts serves jobs then). */
export const WORKER_ROLE = 'ndb-build-practice';

/**
 * The worker threads run this very module, which serves jobs when it finds WORKER_ROLE: from the
 * sources, this file (Node's type stripping runs it); from a bundle (bin/ndb.js's, the npm
 * package's), the chunk that holds this code, so a worker loads as fast as the command did. The
 * file name, not import.meta.url: the repository's bundle points each module's import.meta.url at
 * its source.
 */
const WORKER_MODULE = import.meta.filename;
const workersAvailable = () =>
  typeof WORKER_MODULE === 'string' &&
  existsSync(WORKER_MODULE) &&
  (!WORKER_MODULE.endsWith('.ts') || Boolean(process.features.typescript));

/**
 * How many threads build `practices` files, this one included: 1 means this thread alone. `jobs`
 * is --jobs (that many, at most one per file); without it, the shared rule on `machine`, or on this
 * machine as it is now (watched for a moment: buildThreadsNow).
 */
export async function poolSize(
  practices: number,
  jobs: number | undefined,
  machine?: Machine,
): Promise<number> {
  if (!mayPool(practices, jobs)) return 1;
  if (jobs !== undefined) return Math.min(jobs, practices);
  const threads = machine ? buildThreads(practices, machine) : await buildThreadsNow(practices);
  return Math.max(1, Math.min(threads, practices));
}

/**
 * Whether poolSize can come out above 1 for `practices` files and --jobs `jobs`, known before the
 * machine is watched: the caller reads the files' ids (distinctIds) only then.
 */
export function mayPool(practices: number, jobs: number | undefined): boolean {
  if (!workersAvailable() || practices < 2) return false;
  return jobs !== undefined ? jobs > 1 : practices >= MIN_PRACTICES_FOR_THREADS;
}

/**
 * The practice ids of the files, as far as a plain read tells: a pool needs every id distinct
 * (two files with one id must fail in file order, which one thread does). An unreadable file or
 * one without a string id has none here; it fails validation wherever it is built.
 */
export function distinctIds(files: string[]): boolean {
  const seen = new Set<string>();
  for (const file of files) {
    let id: unknown;
    try {
      id = (JSON.parse(readFileSync(file, 'utf8')) as { id?: unknown } | null)?.id;
    } catch {
      continue;
    }
    if (typeof id !== 'string') continue;
    if (seen.has(id)) return false;
    seen.add(id);
  }
  return true;
}

type Reply = { index: number; listed: Listed } | { index: number; error: string };

/** Jobs a worker holds at once: the next is there when it finishes one, whatever this thread is doing. */
const AHEAD = 2;

/**
 * Builds every job: `workers` worker threads and this thread take the next job as each is free.
 * `done(i, listed)` is called in index order, each as soon as it and every job before it are
 * finished. A worker that fails (it could not start, or a bug outside the build's own error
 * handling) leaves its jobs to this thread.
 */
export async function buildOnThreads(
  jobs: BuildJob[],
  workers: number,
  here: (job: BuildJob) => Promise<Listed>,
  done: (index: number, listed: Listed) => void,
): Promise<void> {
  const results = new Map<number, Listed>();
  let printed = 0;
  const settle = (index: number, listed: Listed) => {
    results.set(index, listed);
    while (results.has(printed)) {
      const next = results.get(printed) as Listed;
      results.delete(printed);
      done(printed++, next);
    }
  };
  let next = 0;
  const take = () => (next < jobs.length ? (jobs[next++] as BuildJob) : undefined);
  const orphans: BuildJob[] = [];

  const runWorker = () =>
    new Promise<void>((resolve) => {
      const worker = new Worker(WORKER_MODULE, { workerData: { role: WORKER_ROLE } });
      const held = new Map<number, BuildJob>();
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        orphans.push(...held.values());
        held.clear();
        void worker.terminate().finally(resolve);
      };
      const send = () => {
        while (held.size < AHEAD) {
          const job = take();
          if (!job) break;
          held.set(job.index, job);
          worker.postMessage(job);
        }
        if (held.size === 0) finish();
      };
      worker.on('message', (reply: Reply) => {
        // A bug in the worker's own code: its jobs and the rest go to this thread.
        if ('error' in reply) return finish();
        held.delete(reply.index);
        settle(reply.index, reply.listed);
        send();
      });
      worker.on('error', finish);
      worker.on('exit', finish);
      send();
    });

  const threads = Array.from({ length: workers }, runWorker);
  // This thread builds too (in a warm process it is the fastest builder there is).
  for (let job = take(); job; job = take()) settle(job.index, await here(job));
  await Promise.all(threads);
  for (const job of orphans.sort((a, b) => a.index - b.index)) settle(job.index, await here(job));
}

// A worker thread: one practice per message, built with the same code as one thread.
const port = parentPort;
if (port && (workerData as { role?: unknown } | null)?.role === WORKER_ROLE) {
  port.on('message', async (job: BuildJob) => {
    try {
      port.postMessage({ index: job.index, listed: await buildListed(job) } satisfies Reply);
    } catch (error) {
      port.postMessage({ index: job.index, error: String(error) } satisfies Reply);
    }
  });
}
