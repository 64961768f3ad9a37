// `ndb register` end to end: a folder of incident files → text, json, csv, html, pdf.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Incident } from '@ndb-kit/engine';
import { appendAssessment, appendEntry, openIncidentFile, serializeIncidentFile } from '@ndb-kit/incident';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const bin = join(root, 'packages/cli/src/bin.ts');
const ndb = (args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    cwd: root,
    env: { ...process.env, TZ: 'UTC' },
  });
const believed = (): Incident =>
  JSON.parse(readFileSync(join(root, 'fixtures/incidents/wrong-patient-email-believed.json'), 'utf8'));
const NOW = '2026-12-16T09:00:00+11:00';

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ndb-register-'));
  // An incident with a s 26WQ extension, overdue by NOW.
  let a = await openIncidentFile({
    reference: 'INC-1',
    title: 'Wrong patient email',
    now: '2026-11-23T12:00',
  });
  a = (await appendAssessment(a, believed(), { now: '2026-11-23T17:00' })).file;
  a = await appendEntry(
    a,
    { type: 'oaic-statement', at: '2026-11-24T09:00', ref: 'NDB-9' },
    { now: '2026-11-24T09:00' },
  );
  a = await appendEntry(
    a,
    {
      type: 'commissioner-declaration',
      at: '2026-11-25T09:00',
      declaration: 'extension',
      newDue: '2026-12-15',
      ref: 'D-7',
    },
    { now: '2026-11-25T09:00' },
  );
  writeFileSync(join(dir, 'inc-1.json'), serializeIncidentFile(a));
  // Hostile strings where a person types.
  let b = await openIncidentFile({
    reference: '=HYPERLINK("http://x","click")',
    title: '<script>alert(1)</script> & "friends"',
    now: '2026-11-20T09:00',
  });
  b = await appendEntry(
    b,
    { type: 'note', at: '2026-11-20T09:05', note: '+1 <b>bold</b>' },
    { now: '2026-11-20T09:05' },
  );
  writeFileSync(join(dir, 'hostile.json'), serializeIncidentFile(b));
  // Not an incident file: skipped.
  copyFileSync(join(root, 'policies/harbourside-family-medical.json'), join(dir, 'policy.json'));
}, 120_000);

// Each test spawns the CLI several times; on a loaded CI machine one spawn can take seconds.
describe('ndb register', { timeout: 300_000 }, () => {
  it('text by default, skipping other JSON files', () => {
    const r = ndb(['register', dir, '--now', NOW]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('skipped');
    expect(r.stderr).toContain('policy.json: not an incident file');
    expect(r.stdout).toContain('2 incidents (as at Wed 16 Dec 2026 09:00 AEDT)');
    expect(r.stdout).toContain('INC-1 — Wrong patient email  [Overdue — overdue: Tell the people affected]');
    expect(r.stdout).toContain('Commissioner: s 26WQ declaration: individuals by 2026-12-15 (D-7)');
  });

  it('CSV opens in Excel as data: BOM, CRLF, formula cells neutralised', () => {
    const out = join(dir, '..', `${Math.random().toString(36).slice(2)}.csv`);
    const r = ndb(['register', dir, '--format', 'csv', '--out', out, '--now', NOW]);
    expect(r.status).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[1]).toBe(
      '"\'=HYPERLINK(""http://x"",""click"")","<script>alert(1)</script> & ""friends""",,,,,,,,,,Open,,,hostile.json',
    );
    expect(lines[2]).toContain('due 2026-12-15');
    expect(lines[2]).toContain('Overdue — overdue: Tell the people affected');
  });

  it('HTML escapes every value', () => {
    const r = ndb(['register', dir, '--format', 'html', '--now', NOW]);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('<script>');
    expect(r.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;friends&quot;');
  });

  it('JSON and PDF (via @ndb-kit/pdf), byte-identical for the same --now', () => {
    const json = JSON.parse(ndb(['register', dir, '--format', 'json', '--now', NOW]).stdout);
    expect(json.rows.map((r: { reference: string }) => r.reference)).toEqual([
      '=HYPERLINK("http://x","click")',
      'INC-1',
    ]);
    const one = join(dir, '..', `${Math.random().toString(36).slice(2)}.pdf`);
    const two = join(dir, '..', `${Math.random().toString(36).slice(2)}.pdf`);
    expect(ndb(['register', dir, '--format', 'pdf', '--out', one, '--now', NOW]).status).toBe(0);
    expect(ndb(['register', dir, '--format', 'pdf', '--out', two, '--now', NOW]).status).toBe(0);
    const pdf = readFileSync(one);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.equals(readFileSync(two))).toBe(true);
    const text = spawnSync('pdftotext', ['-layout', one, '-'], { encoding: 'utf8' });
    if (text.error) return; // poppler not installed: the bytes check above still ran
    expect(text.stdout).toContain('Incident register');
    expect(text.stdout).toContain('s 26WQ declaration: individuals by 2026-12-15');
    expect(text.stdout).toContain('not legal advice');
  });

  it('stops on an incident file that does not verify, naming it and the entry', () => {
    const bad = mkdtempSync(join(tmpdir(), 'ndb-register-'));
    writeFileSync(
      join(bad, 'inc-1.json'),
      readFileSync(join(dir, 'inc-1.json'), 'utf8').replace('NDB-9', 'NDB-8'),
    );
    const r = ndb(['register', bad, '--format', 'csv', '--now', NOW]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /inc-1\.json:\d+:\d+ \/entries\/2: entry 2 \(oaic-statement\) was changed after it was written/,
    );
    expect(r.stdout).toBe('');
  });

  it('refuses bad options and never replaces an incident file with --out', () => {
    const xlsx = ndb(['register', dir, '--format', 'xlsx']);
    expect(xlsx.status).toBe(2);
    expect(xlsx.stderr).toContain(
      'ndb register: --format must be one of text, json, csv, html, pdf (got "xlsx")',
    );
    expect(ndb(['register', dir, '--format', 'pdf']).stderr).toContain(
      '--out (top level): is required for --format pdf',
    );
    expect(ndb(['register', join(dir, 'nope')]).stderr).toContain('folder not found');
    const target = join(dir, 'inc-1.json');
    const before = readFileSync(target, 'utf8');
    const r = ndb(['register', dir, '--format', 'csv', '--out', target, '--now', NOW]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is an incident file; ndb never overwrites one');
    expect(readFileSync(target, 'utf8')).toBe(before);
  });
});
