import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './init.ts';
import { captureIo } from './test-io.ts';
import { run as validate } from './validate.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const flags = [
  '--name',
  'Smith & Jones <Physio> *Clinic* {{x}}',
  '--practice-type',
  'physio',
  '--state',
  'WA',
  '--turnover',
  '950k',
  '--mhr',
  'no',
  '--privacy-officer-name',
  'Ngaio Tāwhiri',
  '--privacy-officer-email',
  'ngaio@example.com.au',
  '--privacy-officer-phone',
  '0491 570 156',
  '--date',
  '2026-11-22',
];

function tempOut(): string {
  return join(mkdtempSync(join(tmpdir(), 'ndb-init-')), 'policies', 'new.json');
}

describe('ndb init', () => {
  it('writes a policy from flags that validates', async () => {
    const out = tempOut();
    const io = captureIo();
    expect(await run([...flags, '--out', out], io)).toBe(0);
    expect(io.stdout()).toMatch(/✓ wrote .*new\.json/);
    expect(io.stdout()).toMatch(/Fill in 7 TODO placeholder\(s\): \/organisation\/legalName/);
    const policy = JSON.parse(readFileSync(out, 'utf8'));
    expect(policy.organisation.tradingName).toBe('Smith & Jones <Physio> *Clinic* {{x}}');
    expect(policy.organisation.practiceType).toBe('physiotherapy');
    expect(policy.organisation.entity.annualTurnover).toBe(950000);
    expect(policy.organisation.timeZone).toBe('Australia/Perth');
    expect(policy.$schema).toMatch(/schemas\/practice-policy\.schema\.json$/);
    expect(existsSync(join(out, '..', policy.$schema))).toBe(true); // the relative $schema path resolves
    const check = captureIo();
    expect(await validate([out, '--date', '2026-11-22'], check)).toBe(0);
  });

  it('refuses to overwrite unless --force', async () => {
    const out = tempOut();
    expect(await run([...flags, '--out', out], captureIo())).toBe(0);
    writeFileSync(out, '{"mine": true}');
    const io = captureIo();
    expect(await run([...flags, '--out', out], io)).toBe(2);
    expect(io.stderr()).toMatch(/already exists; use --force/);
    expect(readFileSync(out, 'utf8')).toBe('{"mine": true}');
    expect(await run([...flags, '--out', out, '--force'], captureIo())).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).schemaVersion).toBe(1);
  });

  it('without a terminal, lists every missing required flag and exits 2', async () => {
    const io = captureIo(false);
    expect(await run(['--name', 'X', '--out', tempOut()], io)).toBe(2);
    expect(io.stderr()).toMatch(
      /missing required options \(there is no terminal to ask on\): --practice-type, --state, --turnover, --mhr, --privacy-officer-name, --privacy-officer-email, --privacy-officer-phone/,
    );
  });

  it('rejects bad flag values, all at once', async () => {
    const io = captureIo();
    const bad = [
      ...flags,
      '--out',
      tempOut(),
      '--state',
      'NZ',
      '--privacy-officer-phone',
      '12',
      '--abn',
      '51 824 753 557',
    ];
    expect(await run(bad, io)).toBe(2);
    expect(io.stderr()).toMatch(/--state: state must be one of/);
    expect(io.stderr()).toMatch(/--privacy-officer-phone: not an Australian phone number/);
    expect(io.stderr()).toMatch(/--abn: not a valid ABN/);
  });

  it('rejects control characters in a name', async () => {
    const io = captureIo();
    const bad = [...flags, '--out', tempOut(), '--name', 'Clinic\r\nInjected'];
    expect(await run(bad, io)).toBe(2);
    expect(io.stderr()).toMatch(/--name: the name must be one line of visible text/);
  });

  it('asks on a terminal, re-asks after a bad answer, and offers defaults', async () => {
    const out = tempOut();
    const replies = [
      'Mindful Kids Psychology', // name
      'psychologist', // practice type
      'tas', // state
      '', // turnover: required, so asked again
      '180,000', // turnover
      'maybe', // mhr: bad
      'n', // mhr
      '', // time zone: take the default
      'Aroha Ngata', // privacy officer
      'aroha@example.com.au',
      '03 7010 4471', // phone: not a TAS area code? still a valid landline
      '51 824 753 556', // ABN
      '', // street: skip
      '', // suburb: skip
      '3000', // postcode: VIC, wrong state
      '7000', // postcode
      '', // phone: skip
      '', // email: skip
      // (no HPI-O question: not a My Health Record participant)
      'Allied Professions Indemnity', // insurer
      '', // claims phone: required once the insurer is named
      '1800 160 401',
      '', // policy number: skip
      '', // IT provider: skip (no phone questions follow)
      'Practice laptop, on_premises, filevault', // systems: too few fields
      'Practice laptop, on_premises, filevault, no; Sessionly, cloud, provider_managed, yes, Sessionly, 1300 975 710',
    ];
    const prompts: string[] = [];
    const io = captureIo(true);
    const code = await run(['--out', out, '--date', '2026-11-22'], io, async (q) => {
      prompts.push(q);
      const reply = replies.shift();
      if (reply === undefined) throw new Error('no more answers');
      return reply;
    });
    expect(io.stderr()).toMatch(/an answer is needed/);
    expect(io.stderr()).toMatch(/answer yes or no/);
    expect(io.stderr()).toMatch(/3000 is not a TAS postcode/);
    expect(code).toBe(0);
    expect(prompts).toContain('Time zone [Australia/Hobart]: ');
    const policy = JSON.parse(readFileSync(out, 'utf8'));
    expect(policy.organisation).toMatchObject({
      tradingName: 'Mindful Kids Psychology',
      practiceType: 'psychology',
      abn: '51 824 753 556',
      timeZone: 'Australia/Hobart',
      address: { state: 'TAS', postcode: '7000' },
    });
    expect(prompts.join('\n')).not.toMatch(/HPI-O|IT provider’s support phone/);
    expect(io.stderr()).toMatch(/system 1 \("Practice laptop"\): give 4 or 6 fields/);
    expect(policy.contacts.insurer).toEqual({
      name: 'Allied Professions Indemnity',
      claimsPhone: '1800 160 401',
    });
    expect(policy.contacts.managedServiceProvider).toBeUndefined();
    expect(policy.systems[0]).toMatchObject({
      name: 'Practice laptop',
      encryption: { atRest: true, method: 'filevault' },
      mfa: false,
      portable: true,
    });
    expect(policy.systems[1]).toMatchObject({ id: 'sessionly-2', vendor: 'sessionly', hosting: 'cloud' });
    expect(policy.contacts.vendors[0]).toMatchObject({ id: 'sessionly', phone: '1300 975 710' });
  });

  it('asks for the HPI-O of a My Health Record participant, and takes insurer, IT provider and systems as flags', async () => {
    const out = tempOut();
    const more = [
      '--mhr',
      'yes',
      '--hpio',
      '8003 6219 0000 0004',
      '--insurer-name',
      'Coastline Mutual',
      '--insurer-phone',
      '1800 975 707',
      '--insurer-policy',
      'CYB-1',
      '--it-name',
      'Harbour IT',
      '--it-phone',
      '02 5550 2290',
      '--it-after-hours',
      '1300 975 708',
      '--systems',
      'MedDesk Pro, on_premises, database, no, MedDesk, 1300 975 709; Doctors laptops, on_premises, bitlocker_without_pin, yes; Imaging PC, on_premises, none, no',
    ];
    const io = captureIo();
    expect(
      await run(
        [...flags.filter((f, i) => f !== '--mhr' && flags[i - 1] !== '--mhr'), ...more, '--out', out],
        io,
      ),
    ).toBe(0);
    const policy = JSON.parse(readFileSync(out, 'utf8'));
    expect(policy.organisation.hpio).toBe('8003 6219 0000 0004');
    expect(policy.contacts.insurer).toEqual({
      name: 'Coastline Mutual',
      claimsPhone: '1800 975 707',
      policyNumber: 'CYB-1',
    });
    expect(policy.contacts.managedServiceProvider).toEqual({
      name: 'Harbour IT',
      phone: '02 5550 2290',
      afterHoursPhone: '1300 975 708',
    });
    expect(policy.systems.map((s: { administeredBy: string }) => s.administeredBy)).toEqual([
      'msp',
      'msp',
      'msp',
    ]);
    expect(policy.systems[2].encryption).toEqual({ atRest: false, inTransit: true });
    expect(await validate([out, '--date', '2026-11-22'], captureIo())).toBe(0);

    const bad = captureIo();
    expect(
      await run([...flags, '--hpio', '8003 6219 0000 0005', '--insurer-name', 'X', '--out', tempOut()], bad),
    ).toBe(2);
    expect(bad.stderr()).toMatch(/--hpio: not an HPI-O/);
    expect(bad.stderr()).toMatch(/missing required options .*--insurer-phone/);
  });

  it('says so when the prompts are abandoned (Ctrl-D) and writes nothing', async () => {
    const out = tempOut();
    const io = captureIo(true);
    const code = await run(['--out', out], io, async () => {
      throw new Error('closed');
    });
    expect(code).toBe(2);
    expect(io.stderr()).toMatch(/cancelled; nothing written/);
    expect(existsSync(out)).toBe(false);
  });

  it('runs end to end through bin.ts without a terminal', () => {
    const out = tempOut();
    const result = spawnSync(process.execPath, ['packages/cli/src/bin.ts', 'init', ...flags, '--out', out], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});
