// The repository's `ndb` (bin/ndb.js) runs a bundle of the sources: it must give what the sources
// give, byte for byte, load only the command's own code, and never run a bundle whose inputs moved.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentBundle, FORMAT, type Input, type Manifest, RACY_MS } from '../bin/current-bundle.js';
import { buildBundle, CACHE_DIR, checksOf, commandSources, MANIFEST, ROOT } from './bundle.ts';

const LAUNCHER = join(ROOT, 'packages/cli/bin/ndb.js');
const SOURCE = join(ROOT, 'packages/cli/src/bin.ts');
const POLICY = join(ROOT, 'policies/harbourside-family-medical.json');
const INCIDENT = join(ROOT, 'fixtures/incidents/misdirected-email.json');

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('whether the cached bundle is current', () => {
  let root: string;
  let cache: string;
  const inputOf = (path: string): Input => {
    const st = statSync(join(root, path));
    return [path, st.size, st.ctimeMs, sha256(readFileSync(join(root, path)))];
  };
  const manifest = (inputs: Input[], statedAt: number, extra: object = {}) =>
    writeFileSync(
      join(cache, 'current.json'),
      JSON.stringify({ format: FORMAT, root, key: 'k', statedAt, entry: 'k/ndb.js', inputs, ...extra }),
    );
  const later = () => Date.now() + 10 * RACY_MS; // every input's ctime is long before "now"

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'ndb-bundle-check-'));
    cache = join(root, 'cache');
    mkdirSync(cache);
    writeFileSync(join(root, 'a.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'b.ts'), 'export const b = 2;\n');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is current when every input has its recorded stat', () => {
    manifest([inputOf('a.ts'), inputOf('b.ts')], later());
    expect(currentBundle(cache, root)).toBe(join(cache, 'k/ndb.js'));
  });

  it('is absent without a manifest, for another clone, or for another manifest format', () => {
    rmSync(join(cache, 'current.json'), { force: true });
    expect(currentBundle(cache, root)).toBeNull();
    manifest([inputOf('a.ts')], later(), { root: '/elsewhere' });
    expect(currentBundle(cache, root)).toBeNull();
    manifest([inputOf('a.ts')], later(), { format: FORMAT + 1 });
    expect(currentBundle(cache, root)).toBeNull();
  });

  it('is stale when an input changed, even to the same size with its old mtime put back', () => {
    const before = inputOf('a.ts');
    const { mtime } = statSync(join(root, 'a.ts'));
    manifest([before, inputOf('b.ts')], later());
    writeFileSync(join(root, 'a.ts'), 'export const a = 7;\n');
    utimesSync(join(root, 'a.ts'), mtime, mtime);
    expect(statSync(join(root, 'a.ts')).size).toBe(before[1]);
    expect(currentBundle(cache, root)).toBeNull();
  });

  it('is stale when an input is gone', () => {
    writeFileSync(join(root, 'c.ts'), 'export {};\n');
    manifest([inputOf('a.ts'), inputOf('c.ts')], later());
    rmSync(join(root, 'c.ts'));
    expect(currentBundle(cache, root)).toBeNull();
  });

  it('is current when only the stat moved (touched, checked out again), and records the new stat', () => {
    const input = inputOf('a.ts');
    manifest([input], later());
    const t = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(root, 'a.ts'), t, t); // sets ctime to now: the stat no longer matches
    expect(statSync(join(root, 'a.ts')).ctimeMs).not.toBe(input[2]);
    expect(currentBundle(cache, root)).toBe(join(cache, 'k/ndb.js'));
    const rewritten = JSON.parse(readFileSync(join(cache, 'current.json'), 'utf8'));
    expect(rewritten.inputs[0][2]).toBe(statSync(join(root, 'a.ts')).ctimeMs);
    expect(rewritten.inputs[0][3]).toBe(input[3]);
  });

  it('hashes an input changed close to the snapshot even when its stat matches (racily clean)', () => {
    const [path, size, ctimeMs] = inputOf('b.ts');
    const wrong: Input = [path, size, ctimeMs, '0'.repeat(64)];
    // Long after the snapshot the stat is trusted (the hash is not read: a wrong one passes) …
    manifest([wrong], ctimeMs + 2 * RACY_MS);
    expect(currentBundle(cache, root)).toBe(join(cache, 'k/ndb.js'));
    // … but within RACY_MS of it the bytes are hashed, and these do not match.
    manifest([wrong], ctimeMs + RACY_MS / 2);
    expect(currentBundle(cache, root)).toBeNull();
  });

  it('settles a racy input whose bytes matched once its change is RACY_MS old (no hashing every run)', () => {
    const input = inputOf('b.ts');
    const ctimeMs = input[2];
    manifest([input], ctimeMs + RACY_MS / 2);
    // Still racy against this run's clock: hashed, current, and left racy.
    expect(currentBundle(cache, root, { now: () => ctimeMs + RACY_MS / 2 })).toBe(join(cache, 'k/ndb.js'));
    expect(JSON.parse(readFileSync(join(cache, 'current.json'), 'utf8')).statedAt).toBe(
      ctimeMs + RACY_MS / 2,
    );
    // Later: hashed once more, then the manifest's statedAt moves to this run's clock …
    const now = ctimeMs + 3 * RACY_MS;
    expect(currentBundle(cache, root, { now: () => now })).toBe(join(cache, 'k/ndb.js'));
    expect(JSON.parse(readFileSync(join(cache, 'current.json'), 'utf8')).statedAt).toBe(now);
    // … so the stat alone is trusted from then on (a wrong hash would no longer be read).
    const rewritten = JSON.parse(readFileSync(join(cache, 'current.json'), 'utf8'));
    rewritten.inputs[0][3] = '0'.repeat(64);
    writeFileSync(join(cache, 'current.json'), JSON.stringify(rewritten));
    expect(currentBundle(cache, root, { now: () => now + 1 })).toBe(join(cache, 'k/ndb.js'));
  });

  it('checks only the inputs of the command it runs, all of them for a command it does not list', () => {
    const before = inputOf('a.ts');
    manifest([before, inputOf('b.ts')], later(), { checks: { assess: [1], build: [0, 1] } });
    writeFileSync(join(root, 'a.ts'), 'export const a = 8;\n'); // only build loads a.ts
    expect(currentBundle(cache, root, { command: 'assess' })).toBe(join(cache, 'k/ndb.js'));
    expect(currentBundle(cache, root, { command: 'build' })).toBeNull();
    expect(currentBundle(cache, root, { command: 'nonesuch' })).toBeNull();
    expect(currentBundle(cache, root, { command: '__proto__' })).toBeNull();
    expect(currentBundle(cache, root)).toBeNull();
  });

  it('leaves an input it did not check to be hashed when the rewrite moves statedAt past its racy change', () => {
    // b.ts changed within RACY_MS of the snapshot; a run of assess (a.ts only) rewrites the
    // manifest because a.ts's stat moved: b.ts must not come out vouched for by the new statedAt.
    const a = inputOf('a.ts');
    const b = inputOf('b.ts');
    const t = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(root, 'a.ts'), t, t); // a new ctime, same bytes
    manifest([a, b], b[2] + RACY_MS / 2, { checks: { assess: [0] } });
    const now = b[2] + 10 * RACY_MS;
    expect(currentBundle(cache, root, { command: 'assess', now: () => now })).toBe(join(cache, 'k/ndb.js'));
    const rewritten = JSON.parse(readFileSync(join(cache, 'current.json'), 'utf8'));
    expect(rewritten.statedAt).toBe(now);
    expect(rewritten.inputs[0][2]).toBe(statSync(join(root, 'a.ts')).ctimeMs);
    expect(rewritten.inputs[1][2]).toBe(-1);
    // So b.ts is hashed by the next run that needs it: bytes other than the recorded ones are stale.
    rewritten.inputs[1][3] = '0'.repeat(64);
    writeFileSync(join(cache, 'current.json'), JSON.stringify(rewritten));
    expect(currentBundle(cache, root, { command: 'build', now: () => now + 1 })).toBeNull();
  });
});

describe('what each command must find unchanged (checksOf)', () => {
  // A metafile's import graph: bin.ts loads two commands by name and zone-offsets.ts; assess goes
  // through a re-export that bundles to nothing; build imports an in-place module by file URL.
  const imports = (...paths: string[]) => ({
    bytes: 1,
    imports: paths.map((path) => ({ path, kind: 'import-statement' as const })),
  });
  const meta = {
    inputs: {
      'packages/cli/src/bin.ts': imports(
        'packages/cli/src/commands/assess.ts',
        'packages/cli/src/commands/build.ts',
        'packages/cli/src/zone-offsets.ts',
        'node:fs',
      ),
      'packages/cli/src/zone-offsets.ts': imports('packages/engine/src/dates.ts'),
      'packages/engine/src/dates.ts': imports(),
      'packages/cli/src/commands/assess.ts': imports('packages/engine/src/index.ts'),
      'packages/engine/src/index.ts': imports('packages/engine/src/assess.ts'),
      'packages/engine/src/assess.ts': imports(),
      'packages/cli/src/commands/build.ts': imports(
        'packages/pdf/src/shaper.ts',
        'packages/cli/src/commands/assess.ts',
      ),
      'packages/pdf/src/shaper.ts': imports(
        pathToFileURL(join(ROOT, 'node_modules/harfbuzzjs/dist/index.mjs')).href,
      ),
    },
    outputs: {},
  };
  const paths = [
    'package.json',
    ...Object.keys(meta.inputs),
    'node_modules/harfbuzzjs/dist/index.mjs',
  ].sort();
  const list: Input[] = paths.map((p) => [p, 0, 0, '']);
  const commands = new Map([
    ['assess', 'packages/cli/src/commands/assess.ts'],
    ['build', 'packages/cli/src/commands/build.ts'],
  ]);
  const checks = checksOf(meta, list, ['package.json'], commands);
  const named = (name: string) => (checks[name] ?? []).map((i) => list[i]?.[0]).sort();

  it("is bin.ts, the steering files, what bin.ts loads for every command, and the command's own closure", () => {
    expect(named('assess')).toEqual(
      [
        'package.json',
        'packages/cli/src/bin.ts',
        'packages/cli/src/zone-offsets.ts',
        'packages/engine/src/dates.ts',
        'packages/cli/src/commands/assess.ts',
        'packages/engine/src/index.ts',
        'packages/engine/src/assess.ts',
      ].sort(),
    );
  });

  it('follows file-URL imports of in-place modules, and a command source another command imports', () => {
    expect(named('build')).toContain('node_modules/harfbuzzjs/dist/index.mjs');
    expect(named('build')).toContain('packages/engine/src/assess.ts');
    expect(named('assess')).not.toContain('packages/pdf/src/shaper.ts');
  });

  it('keeps a command source that bin.ts also reaches another way in every set', () => {
    const viaZones = {
      ...meta,
      inputs: {
        ...meta.inputs,
        'packages/cli/src/zone-offsets.ts': imports('packages/cli/src/commands/build.ts'),
      },
    };
    const all = checksOf(viaZones, list, ['package.json'], commands);
    const assess = (all.assess ?? []).map((i) => list[i]?.[0]);
    expect(assess).toContain('packages/cli/src/commands/build.ts');
    expect(assess).toContain('packages/pdf/src/shaper.ts');
  });
});

/** Runs `node [--import hook] script args`; the hook lists every module file loaded. */
function run(script: string, args: string[], cwd: string, env: Record<string, string> = { NDB_SOURCE: '' }) {
  const list = join(cwd, `loaded-${Math.random().toString(36).slice(2)}.json`);
  const hook = `data:text/javascript,${encodeURIComponent(
    `import { registerHooks } from 'node:module'; import { writeFileSync } from 'node:fs';
     const seen = []; registerHooks({ load(url, ctx, next) { seen.push(url); return next(url, ctx); } });
     process.on('exit', () => writeFileSync(${JSON.stringify(list)}, JSON.stringify(seen)));`,
  )}`;
  const r = spawnSync(process.execPath, ['--import', hook, script, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  const loaded = (JSON.parse(readFileSync(list, 'utf8')) as string[]).filter((u) => u.startsWith('file:'));
  return { ...r, loaded: loaded.map((u) => fileURLToPath(u)) };
}

function filesOf(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? filesOf(join(dir, e.name), base) : [join(dir, e.name).slice(base.length + 1)],
    )
    .sort();
}

/** The third-party packages and workspace sources bundled into the chunks a run loaded. */
function bundledModules(loaded: string[]): string {
  return loaded
    .filter((f) => f.startsWith(CACHE_DIR))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n')
    .split('\n')
    .filter((line) => /^\/\/ (node_modules|packages|schemas)\//.test(line))
    .join('\n');
}

describe('the bundled ndb against the sources', () => {
  let work: string;
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'ndb-bundle-test-'));
    await buildBundle();
  }, 300_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('builds the example practice byte for byte as the sources do, from the bundle alone', () => {
    const args = (out: string) => [
      'build',
      POLICY,
      '--out',
      join(work, out),
      '--date',
      '2026-11-30',
      '--quiet',
    ];
    const bundled = run(LAUNCHER, args('bundled'), work);
    expect(bundled.status, bundled.stderr).toBe(0);
    const source = run(SOURCE, args('source'), work);
    expect(source.status, source.stderr).toBe(0);
    expect(bundled.stderr).toBe(source.stderr);
    const files = filesOf(join(work, 'source'));
    expect(files).toContain('plan.pdf');
    expect(files).toContain('.ndb-output.json'); // its build key too: the same code fingerprint
    expect(filesOf(join(work, 'bundled'))).toEqual(files);
    for (const file of files)
      expect(
        readFileSync(join(work, 'bundled', file)).equals(readFileSync(join(work, 'source', file))),
        file,
      ).toBe(true);
    // No TypeScript was loaded: the launcher, its check and the bundle's chunks.
    expect(bundled.loaded.filter((f) => f.endsWith('.ts'))).toEqual([]);
    expect(source.loaded.some((f) => f.endsWith('.ts'))).toBe(true);
    const modules = bundledModules(bundled.loaded);
    expect(modules).toMatch(/packages\/pdf\/src\/font-source-sfnt/); // a PDF was made
    expect(modules).not.toMatch(/fontkit/); // with our own TrueType reader
    expect(modules).toMatch(/packages\/generator\//);
  });

  it('assesses an incident to the same text and JSON, loading no PDF, DOCX, template or policy code', () => {
    for (const extra of [[], ['--json']]) {
      const args = ['assess', INCIDENT, '--now', '2026-11-20T10:00:00+11:00', ...extra];
      const bundled = run(LAUNCHER, args, work);
      const source = run(SOURCE, args, work);
      expect(bundled.status, bundled.stderr).toBe(0);
      expect(bundled.stdout).toBe(source.stdout);
      expect(bundled.stderr).toBe(source.stderr);
      expect(bundled.loaded.filter((f) => f.endsWith('.ts'))).toEqual([]);
      const modules = bundledModules(bundled.loaded);
      expect(modules).toMatch(/packages\/engine\//);
      expect(modules).toMatch(/packages\/validation\/src\/generated\/incident\.js/);
      for (const unneeded of [
        'fontkit',
        'harfbuzzjs',
        'docx',
        'handlebars',
        'markdown-it',
        'packages/pdf/',
        // the practice policy's validator, schema and warnings
        'packages/validation/src/generated/practice-policy.js',
        'schemas/practice-policy.schema.json',
        'packages/policy/src/validate-policy.ts',
        'packages/policy/src/warnings.ts',
      ])
        expect(modules).not.toContain(unneeded);
    }
  });

  it('knows every command of bin.ts, and checks every module an assess run loads', () => {
    const help = run(SOURCE, ['--help'], work);
    const names = [...help.stdout.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]);
    expect(names).toContain('assess');
    expect([...commandSources(readFileSync(SOURCE, 'utf8')).keys()].sort()).toEqual(names.sort());
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
    const checked = new Set((manifest.checks.assess ?? []).map((i) => manifest.inputs[i]?.[0]));
    const bundled = run(LAUNCHER, ['assess', INCIDENT, '--now', '2026-11-20T10:00:00+11:00'], work);
    expect(bundled.status, bundled.stderr).toBe(0);
    const modules = bundledModules(bundled.loaded)
      .split('\n')
      .map((line) => line.slice(3));
    expect(modules.length).toBeGreaterThan(20);
    expect(modules.filter((m) => !checked.has(m))).toEqual([]);
    for (const f of ['pnpm-lock.yaml', 'packages/cli/src/bin.ts', 'packages/cli/src/zone-offsets.ts'])
      expect(checked.has(f), f).toBe(true);
    expect([...checked].filter((f) => f?.startsWith('packages/pdf/src/'))).toEqual([]);
  });

  it('rebuilds before a run whose command loads a changed input, and only then', () => {
    const read = () => JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
    const tamper = (path: string) => {
      const m = read();
      const input = m.inputs.find(([p]) => p === path);
      if (!input) throw new Error(`${path} is not an input`);
      input[2] = -1; // a stat that no longer matches, and bytes other than those bundled
      input[3] = '0'.repeat(64);
      writeFileSync(MANIFEST, JSON.stringify(m));
    };
    const hashOf = (path: string) => read().inputs.find(([p]) => p === path)?.[3];
    const assess = ['assess', INCIDENT, '--now', '2026-11-20T10:00:00+11:00'];
    const expected = run(SOURCE, assess, work).stdout;
    // The PDF renderer changed: assess runs the bundle as it is …
    const m = read();
    const pdf = m.inputs.find(([p]) => p.startsWith('packages/pdf/src/'))?.[0] ?? '';
    expect(pdf).not.toBe('');
    tamper(pdf);
    const asIs = run(LAUNCHER, assess, work);
    expect(asIs.status, asIs.stderr).toBe(0);
    expect(asIs.stdout).toBe(expected);
    expect(hashOf(pdf)).toBe('0'.repeat(64));
    expect(read().key).toBe(m.key);
    // … and build, which loads it, rebuilds first.
    const build = run(LAUNCHER, ['build', '--help'], work);
    expect(build.status, build.stderr).toBe(0);
    expect(hashOf(pdf)).toBe(sha256(readFileSync(join(ROOT, pdf))));
    // The engine changed: assess rebuilds before it runs.
    const engine = 'packages/engine/src/assess.ts';
    tamper(engine);
    const rebuilt = run(LAUNCHER, assess, work);
    expect(rebuilt.status, rebuilt.stderr).toBe(0);
    expect(rebuilt.stdout).toBe(expected);
    expect(hashOf(engine)).toBe(sha256(readFileSync(join(ROOT, engine))));
  }, 120_000);

  it('runs the sources when asked (NDB_SOURCE=1)', () => {
    const r = run(LAUNCHER, ['--version'], work, { NDB_SOURCE: '1' });
    expect(r.stdout).toMatch(/^ndb \d+\.\d+\.\d+\n$/);
    expect(r.loaded).toContain(SOURCE);
    expect(r.loaded.some((f) => f.startsWith(CACHE_DIR))).toBe(false);
  });
});
