// How many threads build practices, the one rule `ndb build --all` (packages/cli build-pool.ts)
// and `ndb site` (site/scripts/build-sites.ts) share. Node built-ins only, so importing it costs
// neither command's cold start anything (entry `@ndb-kit/generator/threads`).
//
// Measured (docs/cli.md "ndb build --all", build-sites.ts): each thread loads and warms the
// generator (~0.5 s of CPU), so threads pay only from MIN_PRACTICES_FOR_THREADS practices on and
// only while a core is free of other work (on a busy machine the extra threads just wait for a
// core, taking CPU from the other work); past MAX_THREADS, cores share one memory bus.
import { availableParallelism, type CpuInfo, cpus } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

export const MAX_THREADS = 4;
export const MIN_PRACTICES_FOR_THREADS = 8;
/**
 * How long busyCores watches the machine (ms). os.cpus() counts in 10 ms ticks, so 100 ms on 2
 * cores reads busy cores to ~0.1; a build this wait precedes takes 0.3 s or more.
 */
export const SAMPLE_MS = 100;

export interface Machine {
  cores: number;
  /** Cores busy with other processes' work (busyCores). */
  load: number;
}

/**
 * Threads worth running for `practices` practices on `machine`: one per core, at most
 * MAX_THREADS; 0 when threads do not pay (few practices, one core, no core free). The caller
 * says what a thread is: the CLI counts its own thread among them, the site counts workers beside
 * the thread that writes.
 */
export function buildThreads(practices: number, machine: Machine): number {
  if (practices < MIN_PRACTICES_FOR_THREADS || machine.cores < 2 || machine.load > machine.cores - 1)
    return 0;
  return Math.min(machine.cores, MAX_THREADS);
}

/** buildThreads on this machine now; it is watched (SAMPLE_MS) only when threads could pay. */
export async function buildThreadsNow(practices: number): Promise<number> {
  const cores = availableParallelism();
  if (practices < MIN_PRACTICES_FOR_THREADS || cores < 2) return 0;
  return buildThreads(practices, { cores, load: await busyCores() });
}

/**
 * Cores busy with other processes' work over the next `ms`: the machine's busy CPU time
 * (os.cpus()) less this process's own. Not the 1-minute load average, which lags: a build run
 * just after another (a consultant's second run, the bench's next phase) saw that finished work
 * as load for a minute and built in one thread, 1.3x slower on 2 cores (bench/generate.ts --full).
 */
export async function busyCores(ms = SAMPLE_MS, probe: Probe = THIS_MACHINE): Promise<number> {
  const before = cpuTimes(probe.cpus());
  const own = probe.cpuUsage();
  const t0 = probe.now();
  await probe.sleep(ms);
  const after = cpuTimes(probe.cpus());
  const elapsed = probe.now() - t0;
  const all = after.all - before.all;
  if (all <= 0 || elapsed <= 0) return 0;
  const busy = (after.busy - before.busy) / (all / after.count);
  const used = probe.cpuUsage(own);
  return Math.max(0, busy - (used.user + used.system) / 1000 / elapsed);
}

/** What busyCores reads (injected in tests). */
export interface Probe {
  cpus: () => Pick<CpuInfo, 'times'>[];
  cpuUsage: (since?: NodeJS.CpuUsage) => NodeJS.CpuUsage;
  now: () => number;
  sleep: (ms: number) => Promise<unknown>;
}

const THIS_MACHINE: Probe = {
  cpus,
  cpuUsage: (since) => process.cpuUsage(since),
  now: () => performance.now(),
  sleep,
};

function cpuTimes(list: Pick<CpuInfo, 'times'>[]): { busy: number; all: number; count: number } {
  let busy = 0;
  let all = 0;
  for (const { times: t } of list) {
    busy += t.user + t.nice + t.sys + t.irq;
    all += t.user + t.nice + t.sys + t.irq + t.idle;
  }
  return { busy, all, count: list.length };
}
