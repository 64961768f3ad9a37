// `ndb incident` and `ndb verify FILE` end to end, as a user runs them (a child process).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const bin = join(root, 'packages/cli/src/bin.ts');
const policy = join(root, 'policies/harbourside-family-medical.json');
const suspected = join(root, 'fixtures/incidents/wrong-patient-email-suspected.json');
const believed = join(root, 'fixtures/incidents/wrong-patient-email-believed.json');
const ndb = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: 'utf8',
    cwd: root,
    env: { ...process.env, TZ: 'UTC' },
  });

/** The round trip up to (not including) close; returns the file path. */
function roundTrip(dir: string, name = '2026-001.json'): string {
  const file = join(dir, name);
  const steps: string[][] = [
    [
      'incident',
      'open',
      '--out',
      file,
      '--policy',
      policy,
      '--title',
      'GP note emailed to the wrong patient',
      '--now',
      '2026-11-23T11:30',
    ],
    ['incident', 'assess', file, suspected, '--now', '2026-11-23T17:00'],
    [
      'incident',
      'log',
      file,
      'contained',
      '--at',
      '2026-11-23T17:20',
      '--what',
      'Asked B to delete the email',
      '--by',
      'Practice manager',
      '--now',
      '2026-11-23T17:30',
    ],
    [
      'incident',
      'log',
      file,
      'believed',
      '--at',
      '2026-11-24T09:00',
      '--note',
      'B cannot be reached',
      '--now',
      '2026-11-24T09:05',
    ],
    ['incident', 'assess', file, believed, '--now', '2026-11-24T09:30'],
    [
      'incident',
      'log',
      file,
      'oaic-statement',
      '--at',
      '2026-11-25T10:00',
      '--ref',
      'NDB-2026-0417',
      '--now',
      '2026-11-25T10:05',
    ],
    [
      'incident',
      'log',
      file,
      'individuals-notified',
      '--at',
      '2026-11-25T15:00',
      '--how',
      'phone and letter',
      '--count',
      '1',
      '--now',
      '2026-11-25T15:10',
    ],
  ];
  for (const step of steps) {
    const r = ndb(step);
    expect(r.stderr, step.join(' ')).toBe('');
    expect(r.status, step.join(' ')).toBe(0);
  }
  return file;
}

/** A fresh copy of the round-trip file (built once) in a new folder. */
let built: string;
function copyOfRoundTrip(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ndb-incident-')), '2026-001.json');
  writeFileSync(file, readFileSync(built));
  return file;
}

// Each test spawns the CLI several times; on a loaded CI machine one spawn can take seconds.
describe('ndb incident', { timeout: 300_000 }, () => {
  beforeAll(() => {
    built = roundTrip(mkdtempSync(join(tmpdir(), 'ndb-incident-')));
  }, 300_000);

  it('the round trip: open → assess → contained → believed → assess → statement → individuals → show → close → verify → register CSV', () => {
    const file = copyOfRoundTrip();
    const show = ndb(['incident', 'show', file, '--now', '2026-11-26T09:00']);
    expect(show.status).toBe(0);
    expect(show.stdout).toContain('Incident 2026-001 — GP note emailed to the wrong patient');
    expect(show.stdout).toContain('Harbourside Family Medical · OPEN · times in Australia/Sydney');
    expect(show.stdout).toContain('First aware:   Mon 23 Nov 2026 11:00 AEDT (entry 1)');
    expect(show.stdout).toContain('Belief formed: Tue 24 Nov 2026 09:00 AEDT (entry 3, logged)');
    expect(show.stdout).toContain('✓ Give the OAIC the statement (Privacy Act 1988 (Cth) s 26WK(2)) — done');
    expect(show.stdout).toContain('OAIC reference NDB-2026-0417');
    expect(show.stdout).toContain('Overdue now: nothing.');
    const json = JSON.parse(ndb(['incident', 'show', file, '--json', '--now', '2026-11-26T09:00']).stdout);
    expect(json.duties.map((d: { state: string }) => d.state)).toEqual(['done', 'done', 'done']);
    const closed = ndb(['incident', 'close', file, '--note', 'Reviewed', '--now', '2026-11-30T12:00']);
    expect(closed.status).toBe(0);
    expect(closed.stdout).toContain('entry 7 — Closed');
    const v = ndb(['verify', file]);
    expect(v.status).toBe(0);
    expect(v.stdout).toContain('incident file intact — 8 entries');
    expect(v.stdout).toContain('2 assessments re-run to the same decision');
    const csv = ndb(['register', dirname(file), '--format', 'csv', '--now', '2026-12-01T09:00']);
    expect(csv.status).toBe(0);
    expect(csv.stdout.split('\r\n')[1]).toBe(
      '2026-001,GP note emailed to the wrong patient,2026-11-23 11:00,2026-11-24 09:00,2026-11-24 09:00,2026-11-25 10:00,2026-11-25 15:00,Notify,1,NDB-2026-0417,,Closed 2026-11-30,1,1,2026-001.json',
    );
    const after = ndb(['incident', 'log', file, 'note', '--note', 'late', '--now', '2026-12-01T09:00']);
    expect(after.status).toBe(2);
    expect(after.stderr).toContain('the incident is closed');
  });

  it('is deterministic: the same commands and --now give byte-identical files', () => {
    const a = roundTrip(mkdtempSync(join(tmpdir(), 'ndb-incident-')));
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(built, 'utf8'));
  });

  it('ndb verify names the entry an edit breaks, exit 2, and appending to it is refused', () => {
    const file = copyOfRoundTrip();
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('"ref": "NDB-2026-0417"', '"ref": "NDB-2026-0418"'));
    const v = ndb(['verify', file]);
    expect(v.status).toBe(2);
    expect(v.stderr).toContain('not verified');
    expect(v.stderr).toMatch(/\/entries\/5: entry 5 \(oaic-statement\) was changed after it was written/);
    const edited = readFileSync(file, 'utf8');
    const log = ndb(['incident', 'log', file, 'note', '--note', 'x', '--now', '2026-11-26T09:00']);
    expect(log.status).toBe(2);
    expect(log.stderr).toContain('only appended to when it verifies');
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });

  it('a removed entry is reported by ndb verify', () => {
    const file = copyOfRoundTrip();
    const f = JSON.parse(readFileSync(file, 'utf8'));
    f.entries.splice(3, 1);
    writeFileSync(file, JSON.stringify(f, null, 2));
    const v = ndb(['verify', file]);
    expect(v.status).toBe(2);
    expect(v.stderr).toContain(
      '/entries/3: entry 3 is missing (removed from the file): entry 4 (assessment) comes straight after entry 2 (contained)',
    );
  });

  it('a s 26WQ declaration changes the individuals’ due date in show', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndb-incident-'));
    const file = join(dir, 'x.json');
    expect(ndb(['incident', 'open', '--out', file, '--now', '2026-11-23T11:30']).status).toBe(0);
    expect(ndb(['incident', 'assess', file, believed, '--now', '2026-11-23T17:00']).status).toBe(0);
    expect(
      ndb(['incident', 'log', file, 'oaic-statement', '--ref', 'NDB-1', '--now', '2026-11-24T09:00']).status,
    ).toBe(0);
    const d = ndb([
      'incident',
      'log',
      file,
      'commissioner-declaration',
      '--new-due',
      '2026-12-15',
      '--ref',
      'OAIC-D-7',
      '--now',
      '2026-11-25T09:00',
    ]);
    expect(d.status).toBe(0);
    expect(d.stdout).toContain(
      'Tell the people affected (Privacy Act 1988 (Cth) s 26WL(3)) — due Tue 15 Dec 2026',
    );
    const before = ndb(['incident', 'show', file, '--now', '2026-12-15T17:00']);
    expect(before.stdout).toContain(
      '• Tell the people affected (Privacy Act 1988 (Cth) s 26WL(3)) — to do, due Tue 15 Dec 2026',
    );
    expect(before.stdout).toContain(
      'The Commissioner extended the time to Tue 15 Dec 2026 (s 26WQ(1)(d), entry 3)',
    );
    const after = ndb(['incident', 'show', file, '--now', '2026-12-16T09:00']);
    expect(after.stdout).toContain('OPEN — OVERDUE');
    expect(after.stdout).toContain('✗ Tell the people affected — was due Tue 15 Dec 2026');
  });

  it('refuses to overwrite, to write to what is not an incident file, and bad options — naming them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndb-incident-'));
    const file = join(dir, 'x.json');
    expect(ndb(['incident', 'open', '--out', file, '--now', '2026-11-23T11:30']).status).toBe(0);
    const again = ndb(['incident', 'open', '--out', file, '--now', '2026-11-23T11:30']);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('--out (top level): already exists; ndb never overwrites a file');

    const notIncident = join(dir, 'policy.json');
    writeFileSync(notIncident, readFileSync(policy));
    const r = ndb(['incident', 'log', notIncident, 'note', '--note', 'x']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is not an ndb-kit incident file');
    expect(readFileSync(notIncident, 'utf8')).toBe(readFileSync(policy, 'utf8'));

    const badAt = ndb([
      'incident',
      'log',
      file,
      'believed',
      '--at',
      'yesterday',
      '--now',
      '2026-11-24T09:00',
    ]);
    expect(badAt.status).toBe(2);
    expect(badAt.stderr).toContain('--at (top level): is not a date and time');
    const future = ndb([
      'incident',
      'log',
      file,
      'believed',
      '--at',
      '2026-11-25T09:00',
      '--now',
      '2026-11-24T09:00',
    ]);
    expect(future.stderr).toContain('--at (top level): is later than now');
    const wrongOption = ndb(['incident', 'log', file, 'believed', '--count', '3']);
    expect(wrongOption.stderr).toContain('--count (top level): does not go with believed');
    const unknown = ndb(['incident', 'log', file, 'contianed']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown event "contianed"');
    const hostile = ndb([
      'incident',
      'log',
      file,
      'note',
      '--note',
      'a\u001b[2Jb',
      '--now',
      '2026-11-24T09:00',
    ]);
    expect(hostile.status).toBe(2);
    expect(hostile.stderr).toContain('--note (top level): must be visible text');
    expect(hostile.stderr).not.toContain('\u001b');
    // Nothing partial was left behind.
    expect(readdirSync(dir).sort()).toEqual(['policy.json', 'x.json']);
  });

  it('a bad incident file is reported with its pointer and line, exit 2', () => {
    const file = copyOfRoundTrip();
    writeFileSync(file, readFileSync(file, 'utf8').replace('"count": 1', '"count": -1'));
    const r = ndb(['incident', 'show', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/2026-001\.json:\d+:\d+ \/entries\/6\/count: is too small/);
  });

  it('close refuses while duties are open, unless forced with a note', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndb-incident-'));
    const file = join(dir, 'x.json');
    mkdirSync(dir, { recursive: true });
    expect(ndb(['incident', 'open', '--out', file, '--now', '2026-11-23T11:30']).status).toBe(0);
    expect(ndb(['incident', 'assess', file, believed, '--now', '2026-11-23T17:00']).status).toBe(0);
    const r = ndb(['incident', 'close', file, '--now', '2026-11-24T09:00']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Give the OAIC the statement');
    expect(ndb(['incident', 'close', file, '--force', '--now', '2026-11-24T09:00']).status).toBe(2);
    const forced = ndb([
      'incident',
      'close',
      file,
      '--force',
      '--note',
      'Handled by the health service',
      '--now',
      '2026-11-24T09:00',
    ]);
    expect(forced.status).toBe(0);
    expect(existsSync(file)).toBe(true);
  });

  it('ndb verify still verifies a single decision record', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndb-incident-'));
    const record = join(dir, 'record.json');
    expect(ndb(['assess', suspected, '--now', '2026-11-23T17:00:00+11:00', '--record', record]).status).toBe(
      0,
    );
    const v = ndb(['verify', record]);
    expect(v.status).toBe(0);
    expect(v.stdout).toContain('hash matches');
  });
});
