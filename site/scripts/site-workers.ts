// The site builder's worker threads: practice-site.ts's steps for many practices at once, on as
// many threads as build-sites.ts asks (@ndb-kit/generator/threads' rule). Practice i always goes to worker
// i mod N (its validated policy stays there between the load and the build), and each worker
// takes its requests one at a time, in order. A failure in a worker (a bug) rejects its requests.
import { Worker } from 'node:worker_threads';
import type {
  Loaded,
  PracticeBuilder,
  PracticeFiles,
  SiteContext,
  WorkerReply,
  WorkerRequest,
} from './practice-site.ts';

/** workerData.role of a site builder's worker thread: practice-site.ts then serves requests. */
export const WORKER_ROLE = 'ndb-site-practice';

/** `count` worker threads running `module` (practice.js: practice-site.ts bundled). */
export function workerThreads(module: URL, count: number): PracticeBuilder {
  let next = 0;
  const threads = Array.from({ length: count }, () => {
    const worker = new Worker(module, { workerData: { role: WORKER_ROLE } });
    const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
    const failAll = (error: Error) => {
      for (const p of pending.values()) p.reject(error);
      pending.clear();
    };
    worker.on('message', (reply: WorkerReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if ('error' in reply) {
        const error = new Error(reply.error.message);
        error.name = reply.error.name;
        error.stack = reply.error.stack;
        p.reject(error);
      } else p.resolve(reply.value);
    });
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`a site builder thread stopped (exit code ${code})`)));
    const call = <T>(op: WorkerRequest['op'], args: unknown[]) =>
      new Promise<T>((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        worker.postMessage({ id, op, args } satisfies WorkerRequest);
      });
    return { worker, call };
  });
  const thread = (index: number) => threads[index % count] as (typeof threads)[number];
  return {
    load: (index, file, date) => thread(index).call<Loaded>('load', [index, file, date]),
    build: (index, date, context: SiteContext) =>
      thread(index).call<PracticeFiles>('build', [index, date, context]),
    close: async () => {
      await Promise.all(threads.map((t) => t.worker.terminate()));
    },
  };
}
