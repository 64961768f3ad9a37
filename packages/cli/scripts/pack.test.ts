// SLOW (about a minute): packs the npm package with `pnpm pack:cli`'s script, installs it with
// plain `npm install -g` into an empty prefix, and runs the installed `ndb` in an empty folder
// outside the repository — on the machine's Node 20 when there is one, and on this Node. The
// bundle must build byte-identical plans, sites and decisions to the source CLI, and serve a site.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SOURCE_BIN = join(ROOT, 'packages/cli/src/bin.ts');
const POLICY = join(ROOT, 'policies/harbourside-family-medical.json');
const INCIDENT = join(ROOT, 'fixtures/incidents/misdirected-email.json');
const DATE = '2026-11-22';
const NOW = '2026-11-22T10:00:00+11:00';

// npm is whichever is on PATH; with `dir` first on PATH it runs on that Node.
const nodes = [
  ...(existsSync('/usr/bin/node') &&
  execFileSync('/usr/bin/node', ['--version'], { encoding: 'utf8' }).startsWith('v20')
    ? [{ name: 'Node 20', dir: '/usr/bin' }]
    : []),
  { name: `Node ${process.versions.node}`, dir: dirname(process.execPath) },
];

let work: string;
let tarball: string;
/** The HOME the packing ran with: it must come out as empty as it went in. */
let packHome: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ndb-pack-test-'));
  packHome = join(work, 'pack-home');
  execFileSync('mkdir', ['-p', packHome]);
  // npm's own default cache (~/.npm), whatever cache the caller set: the packing must not use it.
  const { npm_config_cache: _cache, NPM_CONFIG_CACHE: _CACHE, ...env } = process.env;
  execFileSync(process.execPath, [join(ROOT, 'packages/cli/scripts/pack.ts')], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...env, HOME: packHome },
  });
  const version = JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')).version;
  tarball = join(ROOT, 'dist', `ndb-kit-${version}.tgz`);
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function sourceNdb(args: string[]) {
  return spawnSync(process.execPath, [SOURCE_BIN, ...args], { encoding: 'utf8', cwd: work });
}

function filesOf(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? filesOf(join(dir, e.name), base) : [join(dir, e.name).slice(base.length + 1)],
    )
    .sort();
}

it('packs without writing into HOME (npm would keep the 21 MB tarball in ~/.npm)', () => {
  expect(filesOf(packHome)).toEqual([]);
});

describe.each(nodes)('the packed ndb on $name', ({ name, dir }) => {
  let prefix: string;
  let cwd: string;
  // Only the prefix's bin and this Node: no pnpm, no workspace, no repository on the path.
  const env = () => ({
    PATH: `${join(prefix, 'bin')}:${dir}:/usr/bin:/bin`,
    HOME: cwd,
    npm_config_update_notifier: 'false',
  });
  const ndb = (...args: string[]) =>
    spawnSync(join(prefix, 'bin/ndb'), args, { encoding: 'utf8', cwd, env: env() });

  beforeAll(() => {
    const slug = name.replace(/\W+/g, '-');
    prefix = join(work, `prefix-${slug}`);
    cwd = join(work, `empty-${slug}`);
    execFileSync('mkdir', ['-p', prefix, cwd]);
    execFileSync(
      'npm',
      ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', '--loglevel=error', tarball],
      {
        cwd,
        env: { ...env(), npm_config_cache: join(work, 'npm-cache') },
        stdio: 'pipe',
      },
    );
  }, 180_000);

  it('prints its version', () => {
    const r = ndb('--version');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ndb \d+\.\d+\.\d+\n$/);
  });

  it("keeps V8's code cache in the temp folder where Node has one, and not when it is turned off", () => {
    const hasCache =
      execFileSync(join(dir, 'node'), ['-p', 'typeof require("node:module").enableCompileCache'], {
        encoding: 'utf8',
      }).trim() === 'function';
    const run = (tmp: string, extra: Record<string, string> = {}) => {
      mkdirSync(tmp);
      const r = spawnSync(join(prefix, 'bin/ndb'), ['--version'], {
        encoding: 'utf8',
        cwd,
        env: { ...env(), TMPDIR: tmp, ...extra },
      });
      expect(r.status).toBe(0);
      return existsSync(join(tmp, 'node-compile-cache')) ? filesOf(join(tmp, 'node-compile-cache')) : [];
    };
    expect(run(join(cwd, 'tmp-on')).length > 0).toBe(hasCache);
    expect(run(join(cwd, 'tmp-off'), { NODE_DISABLE_COMPILE_CACHE: '1' })).toEqual([]);
  });

  it('scaffolds a workspace, validates it and builds it', () => {
    const init = ndb(
      'init',
      '--workspace',
      'ws',
      '--name',
      'Test Clinic',
      '--practice-type',
      'gp',
      '--state',
      'NSW',
      '--turnover',
      '1.8m',
      '--mhr',
      'yes',
      '--privacy-officer-name',
      'Jo Bloggs',
      '--privacy-officer-email',
      'jo@example.com',
      '--privacy-officer-phone',
      '02 9876 5432',
      '--date',
      DATE,
    );
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(existsSync(join(cwd, 'ws/schemas/practice-policy.schema.json'))).toBe(true);
    const validate = ndb('validate', 'ws/policies/test-clinic.json', '--date', DATE, '--json');
    expect(validate.status).toBe(0);
    expect(JSON.parse(validate.stdout).files[0].valid).toBe(true);
    const build = ndb('build', 'ws/policies/test-clinic.json', '--out', 'ws/out', '--date', DATE);
    expect(build.status).toBe(0);
    expect(filesOf(join(cwd, 'ws/out'))).toContain('plan.pdf');
  });

  it('builds the example practice byte for byte as the source CLI does', () => {
    const packed = ndb('build', POLICY, '--out', 'packed', '--date', DATE);
    expect(packed.status).toBe(0);
    const source = sourceNdb(['build', POLICY, '--out', join(cwd, 'source'), '--date', DATE]);
    expect(source.status).toBe(0);
    const files = filesOf(join(cwd, 'source'));
    expect(filesOf(join(cwd, 'packed'))).toEqual(files);
    // The marker's build key fingerprints the code that ran (the bundle, or the source): the one
    // intended difference (docs/output-folders.md). Everything else in it is the same.
    const marker = (dir: string) => {
      const m = JSON.parse(readFileSync(join(cwd, dir, '.ndb-output.json'), 'utf8'));
      expect(m.key).toMatch(/^[0-9a-f]{64}$/);
      delete m.key;
      return m;
    };
    expect(marker('packed')).toEqual(marker('source'));
    for (const file of files.filter((f) => f !== '.ndb-output.json'))
      expect(
        readFileSync(join(cwd, 'packed', file)).equals(readFileSync(join(cwd, 'source', file))),
        file,
      ).toBe(true);
  });

  it('prints names in other scripts (shaping wasm and script fonts are in the package)', () => {
    const policy = JSON.parse(readFileSync(POLICY, 'utf8'));
    delete policy.$schema;
    policy.people[0].name = 'محمد عبد الله';
    policy.people[1].name = '김민준 สมชาย தமிழ்';
    writeFileSync(join(cwd, 'scripts.json'), JSON.stringify(policy));
    const packed = ndb('build', 'scripts.json', '--out', 'scripts-out', '--date', DATE);
    expect(packed.status, packed.stderr).toBe(0);
    const source = sourceNdb([
      'build',
      join(cwd, 'scripts.json'),
      '--out',
      join(cwd, 'scripts-src'),
      '--date',
      DATE,
    ]);
    expect(source.status).toBe(0);
    const pdf = readFileSync(join(cwd, 'scripts-out/plan.pdf'));
    expect(pdf.equals(readFileSync(join(cwd, 'scripts-src/plan.pdf')))).toBe(true);
    const text = execFileSync('pdftotext', [join(cwd, 'scripts-out/plan.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('محمد عبد الله');
    expect(text).toContain('김민준 สมชาย தமிழ்');
    expect(text).not.toContain('\uFFFD');
  });

  it('assesses an incident to the same decision as the source CLI', () => {
    const packed = ndb('assess', INCIDENT, '--json', '--now', NOW);
    expect(packed.status).toBe(0);
    expect(packed.stdout).toBe(sourceNdb(['assess', INCIDENT, '--json', '--now', NOW]).stdout);
  });

  it('builds a plan site byte for byte as the source CLI does, every asset in place', () => {
    const packed = ndb('site', POLICY, '--out', 'site', '--date', DATE);
    expect(packed.status, packed.stderr).toBe(0);
    const source = sourceNdb(['site', POLICY, '--out', join(cwd, 'site-src'), '--date', DATE]);
    expect(source.status, source.stderr).toBe(0);
    const files = filesOf(join(cwd, 'site'));
    for (const page of ['index.html', 'plan.html', 'wizard.html', 'wizard-offline.html', 'sw.js'])
      expect(files).toContain(page);
    expect(filesOf(join(cwd, 'site-src'))).toEqual(files);
    for (const file of files)
      expect(
        readFileSync(join(cwd, 'site', file)).equals(readFileSync(join(cwd, 'site-src', file))),
        file,
      ).toBe(true);
    // Every script, preload and page a page links to is in the folder.
    for (const page of files.filter((f) => /^[^/]+\.html$/.test(f))) {
      const html = readFileSync(join(cwd, 'site', page), 'utf8');
      for (const [, ref] of html.matchAll(/(?:src|href)="\.\/([^"#?]+)"/g))
        expect(existsSync(join(cwd, 'site', ref as string)), `${page} → ${ref}`).toBe(true);
    }
  });

  it('starts: builds, serves a page, and serves the last build at once when nothing changed', async () => {
    const first = ndb('start', '--no-serve', '--out', 'start', '--date', DATE);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Built /);
    const again = ndb('start', '--no-serve', '--out', 'start', '--date', DATE);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/Nothing changed since the last build/);
    const child = spawn(join(prefix, 'bin/ndb'), ['start', '--out', 'start', '--date', DATE, '--port', '0'], {
      cwd,
      env: env(),
    });
    try {
      const url = await new Promise<string>((done, fail) => {
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          const m = /Serving the plan site at (http:\/\/localhost:\d+\/)/.exec(out);
          if (m) done(m[1] as string);
        });
        child.on('exit', (code) => fail(new Error(`ndb start exited ${code}: ${out}`)));
      });
      const res = await fetch(`${url}wizard.html`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('id="wizard-root"');
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('refuses an impossible date and an unknown option with exit 2', () => {
    expect(ndb('site', 'x.json', '--out', 'o', '--date', '2025-02-30').status).toBe(2);
    const bogus = ndb('verify', '--bogus');
    expect(bogus.status).toBe(2);
    expect(bogus.stderr).toMatch(/unknown option --bogus/);
  });
});
