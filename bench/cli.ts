/**
 * Cold `ndb`: each run is a new Node process, as a person at a terminal starts it. Timed
 * round-robin (the order rotates every round, so load on a shared machine spreads over every
 * command): `ndb assess` of an example incident, a cold `ndb build` of one practice (--rebuild:
 * the whole pipeline), the same build when nothing changed (the output folder already holds it),
 * and `node -e 0` for scale. The headline figures time the `ndb` a user runs in the repository
 * (packages/cli/bin/ndb.js: the cached bundle of the sources, rebuilt first when stale); the
 * `.source` figures time the same commands from the TypeScript sources (src/bin.ts, as the tests
 * run them), and `cli.assessSpeedup` is their ratio. `cli.assessColdCpuMs` and
 * `cli.nodeStartCpuMs` are the main thread's CPU time of `ndb assess` and of `node -e 0` (steadier
 * under load). With --bundle, the same commands also run from the esbuild bundle the npm package
 * ships (`pnpm pack:cli`, built once here).
 * Run: node bench/cli.ts [--json] [--runs N] [--bundle]   (default 10 runs)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchArgs, type Figure, figure, humanOut, median, printFigures } from './figures.ts';

const { json, runs: RUNS = 10 } = benchArgs();
const say = humanOut(json);
const root = fileURLToPath(new URL('../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'ndb-bench-cli-'));
const POLICY = join(root, 'policies/harbourside-family-medical.json');
const INCIDENT = join(root, 'fixtures/incidents/misdirected-email.json');
const DATE = '2026-11-20';

interface Variant {
  name: string;
  figure?: { name: string; target: string | null };
  args: string[];
  /** Time the main thread's CPU (user + system) instead of the wall clock. */
  cpu?: boolean;
}

// Main-thread CPU of the child, printed at exit by a preloaded module: on a shared machine it
// moves far less with the load than wall time does (load 12-16 on 2 cores: `node -e 0` took
// 316-618 ms of wall time across runs of this bench, 91-98 ms of main-thread CPU), so A/B
// comparisons hold there. Both CPU figures carry the preload's own small cost.
const CPU_HOOK = `data:text/javascript,${encodeURIComponent(
  "process.on('exit', () => { const c = process.threadCpuUsage?.() ?? process.cpuUsage(); process.stderr.write('\\nndb-bench-cpu ' + (c.user + c.system) / 1000 + '\\n'); });",
)}`;

/**
 * The cold commands of one `ndb`. `aimed`: the aim applies to it (the `ndb` people run: the
 * repository's bin/ndb.js, the npm package's); the sources run through type stripping are a
 * diagnostic beside it, with no aim of their own (cli.assessSpeedup is what they are for).
 */
function variants(bin: string, tag: string, suffix: string, aimed: boolean): Variant[] {
  const out = join(work, `out-${tag}`);
  return [
    {
      name: `ndb assess (${tag})`,
      figure: { name: `cli.assessColdMs${suffix}`, target: aimed ? '< 150' : null },
      args: [bin, 'assess', INCIDENT, '--now', `${DATE}T10:00:00+11:00`],
    },
    {
      name: `ndb build, one practice (${tag})`,
      figure: { name: `cli.coldBuildMs${suffix}`, target: null },
      args: [bin, 'build', POLICY, '--out', out, '--date', DATE, '--rebuild', '--quiet'],
    },
    {
      name: `ndb build, unchanged (${tag})`,
      figure: { name: `cli.coldBuildMs${suffix}.unchanged`, target: null },
      args: [bin, 'build', POLICY, '--out', out, '--date', DATE, '--quiet'],
    },
  ];
}

function time(v: Variant): number {
  const t0 = performance.now();
  const args = v.cpu ? ['--import', CPU_HOOK, ...v.args] : v.args;
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', cwd: root });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${v.name} exited ${r.status}: ${r.stderr}`);
  if (!v.cpu) return ms;
  const cpu = /\nndb-bench-cpu ([\d.]+)\n/.exec(r.stderr)?.[1];
  if (cpu === undefined) throw new Error(`${v.name} did not report its CPU time: ${r.stderr}`);
  return Number(cpu);
}

try {
  const all: Variant[] = [
    { name: 'node -e 0', figure: { name: 'cli.nodeStartMs', target: null }, args: ['-e', '0'] },
    ...variants(join(root, 'packages/cli/bin/ndb.js'), 'ndb', '', true),
    {
      name: 'node -e 0, main-thread CPU',
      figure: { name: 'cli.nodeStartCpuMs', target: null },
      args: ['-e', '0'],
      cpu: true,
    },
    {
      name: 'ndb assess (ndb), main-thread CPU',
      figure: { name: 'cli.assessColdCpuMs', target: null },
      args: [join(root, 'packages/cli/bin/ndb.js'), 'assess', INCIDENT, '--now', `${DATE}T10:00:00+11:00`],
      cpu: true,
    },
    ...variants(join(root, 'packages/cli/src/bin.ts'), 'source', '.source', false),
  ];
  if (process.argv.includes('--bundle')) {
    const packed = execFileSync(process.execPath, [join(root, 'packages/cli/scripts/pack.ts'), '--keep'], {
      encoding: 'utf8',
    });
    const stage = /staging folder kept: (.+)/.exec(packed)?.[1]?.trim();
    if (!stage) throw new Error(`pack.ts did not say where it staged: ${packed}`);
    all.push(...variants(join(stage, 'dist/ndb.js'), 'bundle', '.bundled', true));
  }
  // The load average beside the figures: on a shared machine it says how far to trust them.
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
  say(
    `ndb cold start (node ${process.version}, ${RUNS} rounds, each command a new process; load ${load()})\n`,
  );
  // Warm the disk cache (and bring the repository's bundle up to date); the build outputs now
  // exist for "unchanged".
  for (const v of all) time(v);
  const samples = new Map<Variant, number[]>(all.map((v) => [v, []]));
  for (let r = 0; r < RUNS; r++)
    for (let k = 0; k < all.length; k++) {
      const v = all[(k + r) % all.length] as Variant;
      samples.get(v)?.push(time(v));
    }
  const figures: Figure[] = [];
  for (const v of all) {
    const m = median(samples.get(v) ?? []);
    say(`  ${v.name.padEnd(40)} median ${m.toFixed(0).padStart(6)} ms${v.cpu ? ' of CPU' : ''}`);
    if (v.figure) figures.push(figure(v.figure.name, Math.round(m), 'ms', RUNS, v.figure.target));
  }
  const assess = (suffix: string) => figures.find((f) => f.name === `cli.assessColdMs${suffix}`)?.value;
  const [ndbMs, sourceMs] = [assess(''), assess('.source')];
  if (ndbMs && sourceMs)
    figures.push(figure('cli.assessSpeedup', Number((sourceMs / ndbMs).toFixed(2)), 'x', RUNS));
  say(`load average at the end: ${load()}`);
  if (json) printFigures(figures, true);
  else
    say(
      `\n${figures.map((f) => `${f.name} ${f.value} ${f.unit}${f.target ? ` (aim ${f.target})` : ''}`).join('\n')}`,
    );
} finally {
  rmSync(work, { recursive: true, force: true });
}
