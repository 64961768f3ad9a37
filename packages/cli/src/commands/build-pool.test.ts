import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type BuildJob, type Listed, run } from './build.ts';
import { MAX_THREADS, MIN_PRACTICES_FOR_THREADS } from '@ndb-kit/generator/threads';
import { buildOnThreads, distinctIds, mayPool, poolSize } from './build-pool.ts';
import { captureIo } from './test-io.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const EXAMPLES = ['harbourside-family-medical', 'mindful-psychology', 'bright-smile-dental'];
const DATE = '2026-11-20';
const tmp = () => mkdtempSync(join(tmpdir(), 'ndb-build-pool-'));

/** `n` policies (the examples with their ids and names varied); `mutate` may break one. */
function policies(n: number, mutate: (i: number, p: Record<string, any>) => void = () => {}): string {
  const dir = join(tmp(), 'policies');
  mkdirSync(dir);
  for (let i = 0; i < n; i++) {
    const name = EXAMPLES[i % EXAMPLES.length] as string;
    const p = JSON.parse(readFileSync(join(root, 'policies', `${name}.json`), 'utf8'));
    p.id = `${p.id}-${i}`;
    p.organisation.tradingName = `${p.organisation.tradingName} ${i}`;
    mutate(i, p);
    writeFileSync(join(dir, `p${i}.json`), JSON.stringify(p, null, 2));
  }
  return dir;
}

/** Every file under `dir` with its SHA-256 (the marker and manifest included). */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const visit = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) visit(path);
      else files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  visit(dir);
  return files;
}

/** What --all printed, without the timings. */
const log = (text: string) => text.replace(/\(\d+ ms\)/g, '').replace(/total \d+\.\d s/, 'total');

describe('ndb build --all on worker threads', () => {
  it('--jobs 3 writes the same bytes and prints the same lines, in file order, as one thread', async () => {
    const dir = policies(5);
    const one = captureIo();
    const three = captureIo();
    // The same --out as text (the summary prints it), run from two folders.
    const cwd = process.cwd();
    const [a, b] = [tmp(), tmp()];
    try {
      process.chdir(a);
      expect(await run(['--all', dir, '--out', 'out', '--date', DATE, '--jobs', '1'], one)).toBe(0);
      process.chdir(b);
      expect(await run(['--all', dir, '--out', 'out', '--date', DATE, '--jobs', '3'], three)).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    const files = tree(join(a, 'out'));
    expect(Object.keys(files).length).toBeGreaterThan(5 * 30);
    expect(tree(join(b, 'out'))).toEqual(files);
    expect(log(three.stdout())).toBe(log(one.stdout()));
    expect(three.stderr()).toBe(one.stderr());
    expect(three.stdout()).toMatch(/^\[1\/5\] p0\.json ✓ harbourside-family-medical-0 /);
  });

  it('an invalid policy: its file and JSON pointer, exit 2, its previous output intact, the rest built', async () => {
    const dir = policies(4);
    const out = join(dir, '../out');
    expect(await run(['--all', dir, '--out', out, '--date', DATE, '--jobs', '2'], captureIo())).toBe(0);
    const before = tree(join(out, 'mindful-psychology-1'));
    const broken = JSON.parse(readFileSync(join(dir, 'p1.json'), 'utf8'));
    broken.organisation.phone = 'not a phone';
    broken.organisation.tradingName = 'Renamed';
    writeFileSync(join(dir, 'p1.json'), JSON.stringify(broken, null, 2));
    // Another practice changes too, so it is built again, not skipped.
    const other = JSON.parse(readFileSync(join(dir, 'p2.json'), 'utf8'));
    other.organisation.tradingName = 'Bright Smile Renamed';
    writeFileSync(join(dir, 'p2.json'), JSON.stringify(other, null, 2));
    const io = captureIo();
    expect(await run(['--all', dir, '--out', out, '--date', DATE, '--jobs', '2'], io)).toBe(2);
    expect(io.stderr()).toContain('[2/4] p1.json ✗ not built');
    expect(io.stderr()).toContain('/organisation/phone');
    expect(io.stdout()).toMatch(/built 3, failed 1/);
    expect(tree(join(out, 'mindful-psychology-1'))).toEqual(before);
    expect(readFileSync(join(out, 'bright-smile-dental-2', 'plan.md'), 'utf8')).toContain(
      'Bright Smile Renamed',
    );
  });

  it('two files with one id: built in one thread, so the later file fails as it always did', async () => {
    const dir = policies(3, (i, p) => {
      if (i === 2) p.id = 'harbourside-family-medical-0';
    });
    expect(distinctIds(readdirSync(dir).map((f) => join(dir, f)))).toBe(false);
    const io = captureIo();
    expect(await run(['--all', dir, '--out', join(dir, '../out'), '--date', DATE, '--jobs', '2'], io)).toBe(
      2,
    );
    expect(io.stderr()).toContain('[3/3] p2.json ✗ not built');
    expect(io.stderr()).toContain('used by an earlier file');
  });

  it('the workers build some of the jobs and every result is reported once, in order', async () => {
    const dir = policies(6);
    const jobs: BuildJob[] = readdirSync(dir)
      .sort()
      .map((name, index) => ({
        index,
        file: join(dir, name),
        outRoot: join(dir, '../out'),
        date: DATE,
        now: 0,
        strict: false,
        force: false,
        rebuild: false,
      }));
    const here: number[] = [];
    const done: number[] = [];
    const { buildListed } = await import('./build.ts');
    await buildOnThreads(
      jobs,
      1,
      async (job): Promise<Listed> => {
        here.push(job.index);
        return buildListed(job);
      },
      (i, listed) => {
        expect(listed.result.ok).toBe(true);
        done.push(i);
      },
    );
    expect(done).toEqual([0, 1, 2, 3, 4, 5]);
    expect(here.length).toBeLessThan(6);
    expect(readdirSync(join(dir, '../out')).length).toBe(6);
  });

  it('--jobs must be a whole number and goes with --all', async () => {
    for (const value of ['0', 'two', '1.5', '65']) {
      const io = captureIo();
      expect(await run(['--all', 'x', '--out', 'y', '--jobs', value], io)).toBe(2);
      expect(io.stderr()).toContain('--jobs must be a whole number from 1 to 64');
    }
    const io = captureIo();
    expect(await run(['x.json', '--out', 'y', '--jobs', '2'], io)).toBe(2);
    expect(io.stderr()).toContain('--jobs goes with --all');
  });
});

describe('poolSize', () => {
  it('one thread for few practices, one core or a busy machine; else one per core, at most MAX_THREADS', async () => {
    expect(await poolSize(MIN_PRACTICES_FOR_THREADS - 1, undefined, { cores: 2, load: 0 })).toBe(1);
    expect(await poolSize(200, undefined, { cores: 1, load: 0 })).toBe(1);
    expect(await poolSize(200, undefined, { cores: 2, load: 1.5 })).toBe(1);
    expect(await poolSize(200, undefined, { cores: 2, load: 0.9 })).toBe(2);
    expect(await poolSize(200, undefined, { cores: 16, load: 2 })).toBe(MAX_THREADS);
    expect(await poolSize(200, 3, { cores: 2, load: 9 })).toBe(3);
    expect(await poolSize(2, 8, { cores: 2, load: 0 })).toBe(2);
    expect(await poolSize(200, 1, { cores: 8, load: 0 })).toBe(1);
  });

  it('mayPool says beforehand when it cannot be more than one (the ids are read only otherwise)', async () => {
    const cases: [number, number | undefined][] = [
      [0, undefined],
      [1, 4],
      [MIN_PRACTICES_FOR_THREADS - 1, undefined],
      [MIN_PRACTICES_FOR_THREADS, undefined],
      [200, undefined],
      [200, 1],
      [2, 8],
      [200, 3],
    ];
    const roomy = { cores: 16, load: 0 };
    for (const [practices, jobs] of cases)
      expect(mayPool(practices, jobs), `${practices} practices, --jobs ${jobs}`).toBe(
        (await poolSize(practices, jobs, roomy)) > 1,
      );
    expect(mayPool(200, 1)).toBe(false);
    expect(mayPool(MIN_PRACTICES_FOR_THREADS - 1, undefined)).toBe(false);
    expect(mayPool(MIN_PRACTICES_FOR_THREADS, undefined)).toBe(true);
  });
});
