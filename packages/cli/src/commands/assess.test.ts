// `ndb assess` and `ndb verify` end to end, as a user runs them (a child process).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const bin = join(root, 'packages/cli/src/bin.ts');
const example = join(root, 'fixtures/incidents/misdirected-email.json');
const NOW = '2025-06-02T17:00:00+10:00';
const ndb = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', cwd: root });
const incident = () => JSON.parse(readFileSync(example, 'utf8'));

describe('ndb assess: bad input and unwritable output exit 2', () => {
  it('--record into a missing folder: the decision is printed, the record problem named, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndb-rec-'));
    const r = ndb(['assess', example, '--now', NOW, '--record', join(dir, 'no-such-folder', 'r.json')]);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('ASSESS WITHIN 30 DAYS');
    expect(r.stderr).toMatch(/record was not written .*folder does not exist/);
  });

  it('a number that overflows (1e400) is reported where it is, exit 2', () => {
    const text = readFileSync(example, 'utf8').replace(
      '"individualsAffected": 1',
      '"individualsAffected": 1e400',
    );
    const r = ndb(['assess', '-', '--now', NOW], text);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\/information\/individualsAffected: is a number too large to represent/);
  });

  it('/dev/zero and a folder are refused at once, exit 2', () => {
    const r = ndb(['assess', '/dev/zero', '--now', NOW]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('not a regular file');
    expect(ndb(['assess', tmpdir(), '--now', NOW]).stderr).toContain('is a folder');
  });

  it('prints at most 50 issues per file, then how many more', () => {
    const i = incident();
    i.information.kinds = Array.from({ length: 300 }, (_, n) => `bad${n}`);
    const r = ndb(['assess', '-', '--now', NOW], JSON.stringify(i));
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n').filter((l) => l.includes('/information/kinds/'))).toHaveLength(50);
    expect(r.stderr).toContain('<stdin>: and 250 more issues');
  });
});

describe('ndb verify: a re-hashed record', () => {
  it('with an invalid incident (individualsAffected: -5) is not verified, exit 2', async () => {
    const { canonicalJson, sha256Hex } = await import('@ndb-kit/engine');
    const dir = mkdtempSync(join(tmpdir(), 'ndb-rec-'));
    const out = join(dir, 'record.json');
    expect(ndb(['assess', example, '--now', NOW, '--record', out]).status).toBe(0);
    const record = JSON.parse(readFileSync(out, 'utf8'));
    record.record.incident.information.individualsAffected = -5;
    const { value: _v, ...labels } = record.hash;
    record.hash.value = await sha256Hex(canonicalJson({ ...record, hash: labels }));
    writeFileSync(out, JSON.stringify(record, null, 2));
    const r = ndb(['verify', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('the recorded incident is not a valid incident');
    expect(r.stderr).toContain('/record/incident/information/individualsAffected');
  });
});

describe('ndb assess', () => {
  it('prints a readable decision with deadline, citations, hash and the not-advice statement', () => {
    const r = ndb(['assess', example, '--now', NOW]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('ASSESS WITHIN 30 DAYS');
    expect(r.stdout).toContain('by Wed 2 Jul 2025');
    expect(r.stdout).toContain('Privacy Act 1988 (Cth) s 26WH(2)');
    expect(r.stdout).toMatch(/SHA-256: [0-9a-f]{64}/);
    expect(r.stdout).toContain('not legal advice');
  });

  it('--json prints exactly the decision JSON', () => {
    const r = ndb(['assess', '-', '--json', '--now', NOW], JSON.stringify(incident()));
    expect(r.status).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.outcome).toBe('assess');
    expect(d.obligations[0]).toMatchObject({ id: 'complete_assessment', dueDate: '2025-07-02' });
  });

  it('--format markdown gives a Markdown report with the input name escaped', () => {
    const i = incident();
    i.entity.name = 'Smith & Jones <Physio> *Clinic* {{x}}';
    const r = ndb(['assess', '-', '--format', 'markdown', '--now', NOW], JSON.stringify(i));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      '# ASSESS WITHIN 30 DAYS — Smith \\& Jones \\<Physio\\> \\*Clinic\\* \\{\\{x\\}\\}',
    );
    expect(r.stdout).toContain('| To | What | When | Source |');
  });

  it('saves a record that ndb verify accepts, and rejects once tampered with', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndb-'));
    const out = join(dir, 'record.json');
    expect(ndb(['assess', example, '--now', NOW, '--record', out]).status).toBe(0);
    const ok = ndb(['verify', out]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('hash matches');
    const record = JSON.parse(readFileSync(out, 'utf8'));
    record.record.decision.outcome = 'not_notifiable';
    writeFileSync(out, JSON.stringify(record));
    const bad = ndb(['verify', out]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('has been changed');
  });

  it.each([
    [
      'a wrong type',
      (i: Record<string, any>) => (i.information.individualsAffected = 'lots'),
      '/information/individualsAffected',
    ],
    ['a missing field', (i: Record<string, any>) => delete i.recipient, '/recipient: is required'],
    [
      'an unknown enum value',
      (i: Record<string, any>) => (i.protection = 'maybe'),
      'expected one of: none, password_only',
    ],
    [
      'an impossible date',
      (i: Record<string, any>) => (i.breach.awareOn = '2025-02-30'),
      '/breach/awareOn: is not a real calendar date',
    ],
    ['an extra property', (i: Record<string, any>) => (i.breach.colour = 'red'), '/breach/colour'],
  ])('rejects %s with a pointer, exit 2 and no stack trace', (_name, change, expected) => {
    const i = incident();
    change(i);
    const r = ndb(['assess', '-', '--now', NOW], JSON.stringify(i));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(expected);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it.each([
    ['not JSON at all', 'hello', 'unexpected text'],
    ['deeply nested JSON', '['.repeat(100_000), 'nested too deeply'],
    ['a 10 MB string', JSON.stringify({ a: 'x'.repeat(10 * 1024 * 1024) }), 'too large'],
    ['an empty input', '', ''],
  ])('rejects %s cleanly', (_name, input, expected) => {
    const r = ndb(['assess', '-', '--now', NOW], input);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(expected);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  const findingsDir = join(root, 'fixtures/findings');
  it.each(readdirSync(findingsDir).filter((x) => x.endsWith('.json')))(
    'gives the Act’s answer for review finding %s through the CLI',
    (f) => {
      const s = JSON.parse(readFileSync(join(findingsDir, f), 'utf8'));
      const r = ndb(['assess', '-', '--json', '--now', s.now], JSON.stringify(s.incident));
      expect(r.status, `${f}: ${r.stderr}`).toBe(0);
      const d = JSON.parse(r.stdout);
      expect([d.outcome, d.ndbOutcome]).toEqual([s.expected.outcome, s.expected.ndbOutcome]);
      expect(d.obligations.map((o: { id: string }) => o.id)).toEqual(s.expected.obligations);
    },
  );

  it('prints a 72-hour duty with the offset in force on the day it falls', () => {
    const dst = JSON.parse(readFileSync(join(findingsDir, 'F08a.json'), 'utf8'));
    const text = ndb(['assess', '-', '--now', dst.now], JSON.stringify(dst.incident));
    expect(text.stdout).toContain('by Sun 6 Apr 2025, 11:30 pm (UTC+10:00)');
  });

  it('rejects a bad --now and a missing file', () => {
    expect(ndb(['assess', example, '--now', 'yesterday']).stderr).toContain('--now');
    const missing = ndb(['assess', 'nope.json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('file not found');
  });

  it('walks the questions interactively from piped answers', () => {
    // organisation: type 1 (health service), turnover 1800000; facts: NSW(2), MHR no(2), then the incident.
    const answers = [
      '1',
      '1800000',
      '2',
      '2',
      '1',
      '1',
      '2025-06-02',
      '',
      '2',
      '1,3',
      '1', // the names and identifiers are about patients (s 6FA(b))
      '1',
      '2',
      '1',
      '5', // the wrong person by mistake
      '1',
      '1',
      '4',
      '2',
      '2',
    ];
    const r = ndb(['assess', '--interactive', '--json', '--now', NOW], `${answers.join('\n')}\n`);
    expect(r.stderr).toContain('What happened?');
    expect(r.status, r.stderr).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.outcome).toBe('assess');
  });

  it('asks for the awareness date and never takes an empty or "?" answer as today', () => {
    const answers = ['1', '1800000', '2', '2', '1', '1', '', '?', '2025-05-20'];
    const r = ndb(['assess', '--interactive', '--json', '--now', NOW], `${answers.join('\n')}\n`);
    expect(r.stderr).toContain('the earliest date it could have been');
    expect(r.stderr.match(/Please answer with a (real date|date)/g)?.length).toBe(2);
  });
});
