// bin.ts end to end: version, unknown commands with a suggestion, exit codes.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const BIN = new URL('./bin.ts', import.meta.url).pathname;
const ndb = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

describe('ndb', () => {
  it.each(['--version', '-V'])('%s prints the version, exit 0', (flag) => {
    const r = ndb(flag);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`ndb ${version}\n`);
  });

  it('an unknown command suggests the nearest one, exit 2', () => {
    const r = ndb('asses', 'x.json');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'ndb: unknown command "asses" (did you mean `ndb assess`?)\nRun `ndb --help` for the commands.\n',
    );
    expect(ndb('frobnicate').stderr).not.toContain('did you mean');
  });

  it('verify goes through the shared parser: --bogus is an unknown option', () => {
    const r = ndb('verify', '--bogus');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^ndb verify: unknown option --bogus\n/);
  });

  it('ndb site --date 2025-02-30 is refused before anything is built, exit 2', () => {
    const r = ndb('site', 'policy.json', '--out', 'never-written', '--date', '2025-02-30');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--date must be a real date YYYY-MM-DD (got "2025-02-30")');
  });

  it('no command prints the commands on stderr, exit 2; --help on stdout, exit 0', () => {
    const none = ndb();
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Usage: ndb <command>');
    const help = ndb('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('-V, --version');
  });
});
