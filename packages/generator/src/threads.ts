// How many threads build practices, the one rule `ndb build --all` (packages/cli build-pool.ts)
// and `ndb site` (site/scripts/build-sites.ts) share. Node built-ins only, so importing it costs
// neither command's cold start anything (entry `@ndb-kit/generator/threads`).
//
// Measured (docs/cli.md "ndb build --all", build-sites.ts): each thread loads and warms the
// generator (~0.5 s of CPU), so threads pay only from MIN_PRACTICES_FOR_THREADS practices on and
// only while the 1-minute load average leaves a core free (on a busy machine the extra threads
// just wait for a core, taking CPU from the other work); past MAX_THREADS, cores share one memory bus.
import { availableParallelism, loadavg } from 'node:os';

export const MAX_THREADS = 4;
export const MIN_PRACTICES_FOR_THREADS = 8;

export interface Machine {
  cores: number;
  /** The 1-minute load average. */
  load: number;
}

export const thisMachine = (): Machine => ({ cores: availableParallelism(), load: loadavg()[0] ?? 0 });

/**
 * Threads worth running for `practices` practices on `machine`: one per core, at most
 * MAX_THREADS; 0 when threads do not pay (few practices, one core, no core free). The caller
 * says what a thread is: the CLI counts its own thread among them, the site counts workers beside
 * the thread that writes.
 */
export function buildThreads(practices: number, machine: Machine = thisMachine()): number {
  if (practices < MIN_PRACTICES_FOR_THREADS || machine.cores < 2 || machine.load > machine.cores - 1)
    return 0;
  return Math.min(machine.cores, MAX_THREADS);
}
