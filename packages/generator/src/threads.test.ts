import { describe, expect, it } from 'vitest';
import { busyCores, buildThreads, MAX_THREADS, MIN_PRACTICES_FOR_THREADS, type Probe } from './threads.ts';

/** A machine of `cores` cores whose busy and idle ticks (ms) move by the given amounts per core. */
function fakeProbe(cores: number, busyMs: number, idleMs: number, ownCpuMs: number, windowMs: number): Probe {
  let sampled = 0;
  let clock = 0;
  const times = (busy: number, idle: number) => ({ times: { user: busy, nice: 0, sys: 0, irq: 0, idle } });
  return {
    cpus: () =>
      Array.from({ length: cores }, () =>
        sampled === 0 ? times(1000, 5000) : times(1000 + busyMs, 5000 + idleMs),
      ),
    cpuUsage: (since) => (since ? { user: ownCpuMs * 1000, system: 0 } : { user: 0, system: 0 }),
    now: () => clock,
    sleep: async (ms) => {
      clock += ms;
      sampled++;
      expect(ms).toBe(windowMs);
    },
  };
}

describe('busyCores', () => {
  it("counts the cores other processes keep busy, not this process's own work", async () => {
    // 2 cores, each 75% busy over 100 ms: 1.5 cores busy in all.
    expect(await busyCores(100, fakeProbe(2, 75, 25, 0, 100))).toBeCloseTo(1.5);
    // Of which this process used 100 ms of CPU in the 100 ms (one core): 0.5 by others.
    expect(await busyCores(100, fakeProbe(2, 75, 25, 100, 100))).toBeCloseTo(0.5);
    // An idle machine, and never below zero when the process's own count runs ahead of the ticks.
    expect(await busyCores(100, fakeProbe(4, 0, 100, 0, 100))).toBe(0);
    expect(await busyCores(100, fakeProbe(2, 10, 90, 150, 100))).toBe(0);
  });

  it('reads this machine: a number of cores between 0 and the machine’s', async () => {
    const busy = await busyCores(20);
    expect(busy).toBeGreaterThanOrEqual(0);
    expect(busy).toBeLessThanOrEqual((await import('node:os')).cpus().length);
  });
});

describe('buildThreads', () => {
  it('no threads for few practices, one core or no core free; else one per core up to MAX_THREADS', () => {
    expect(buildThreads(MIN_PRACTICES_FOR_THREADS - 1, { cores: 8, load: 0 })).toBe(0);
    expect(buildThreads(200, { cores: 1, load: 0 })).toBe(0);
    expect(buildThreads(200, { cores: 2, load: 1.2 })).toBe(0);
    expect(buildThreads(200, { cores: 2, load: 0.5 })).toBe(2);
    expect(buildThreads(200, { cores: 16, load: 3 })).toBe(MAX_THREADS);
  });
});
