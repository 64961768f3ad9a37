import { describe, expect, it } from 'vitest';
import { assess } from './assess.ts';
import { assessAndRecord, canonicalJson, sha256Hex, verifyRecord } from './record.ts';
import { loadScenarios } from './test-support/scenarios.ts';

const s01 = loadScenarios()[0]!;

describe('canonical JSON (RFC 8785)', () => {
  it('sorts keys, drops undefined and uses ECMAScript number forms', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 1e21, 0.5], c: undefined, é: 'x' })).toBe(
      '{"a":[true,null,1e+21,0.5],"b":1,"é":"x"}',
    );
  });
  it('rejects values JSON cannot hold', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/non-finite/);
  });
});

describe('decision records', () => {
  it('hashes with SHA-256 (known vector)', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('verifies a fresh record', async () => {
    const record = await assessAndRecord(s01.incident, { now: s01.now });
    expect(record.hash.value).toMatch(/^[0-9a-f]{64}$/);
    expect(record.record.decision).toEqual(assess(s01.incident, { now: s01.now }));
    const v = await verifyRecord(JSON.parse(JSON.stringify(record)));
    expect(v).toMatchObject({
      ok: true,
      hashMatches: true,
      decisionReproduced: true,
      sameRulesVersion: true,
    });
  });

  it('gives the same hash for the same inputs', async () => {
    const a = await assessAndRecord(s01.incident, { now: s01.now });
    const b = await assessAndRecord(structuredClone(s01.incident), { now: s01.now });
    expect(a.hash.value).toBe(b.hash.value);
  });

  it('detects a changed decision', async () => {
    const record = await assessAndRecord(s01.incident, { now: s01.now });
    record.record.decision.outcome = 'not_notifiable';
    const v = await verifyRecord(record);
    expect(v.ok).toBe(false);
    expect(v.hashMatches).toBe(false);
    expect(v.problems.join(' ')).toMatch(/changed/);
  });

  it('detects a re-hashed record whose decision the engine does not give', async () => {
    const record = await assessAndRecord(s01.incident, { now: s01.now });
    record.record.decision.outcome = 'not_notifiable';
    const { value: _v, ...labels } = record.hash;
    record.hash.value = await sha256Hex(canonicalJson({ ...record, hash: labels }));
    const v = await verifyRecord(record);
    expect(v).toMatchObject({ ok: false, hashMatches: true, decisionReproduced: false });
  });

  it('rejects something that is not a record', async () => {
    expect((await verifyRecord({ hello: 1 })).problems[0]).toMatch(/not a decision record/);
  });
});

describe('decision record format 2: the hash covers the whole envelope', () => {
  it('is format 2 and its hash is over everything but hash.value', async () => {
    const record = await assessAndRecord(s01.incident, { now: s01.now });
    expect(record.recordVersion).toBe(2);
    const { value, ...labels } = record.hash;
    expect(value).toBe(await sha256Hex(canonicalJson({ ...record, hash: labels })));
  });

  it.each([
    [
      'recordVersion',
      (r: any) => {
        r.recordVersion = 1;
      },
    ],
    [
      'the algorithm label',
      (r: any) => {
        r.hash.algorithm = 'MD5';
      },
    ],
    [
      'the canonicalization label',
      (r: any) => {
        r.hash.canonicalization = 'none';
      },
    ],
    [
      'an added field',
      (r: any) => {
        r.signedBy = 'someone';
      },
    ],
  ])('a change to %s is not verified', async (_what, change) => {
    const record = JSON.parse(JSON.stringify(await assessAndRecord(s01.incident, { now: s01.now })));
    change(record);
    expect((await verifyRecord(record)).ok).toBe(false);
  });

  it('an MD5 label is refused even when the hash was recomputed over it', async () => {
    const record: any = JSON.parse(JSON.stringify(await assessAndRecord(s01.incident, { now: s01.now })));
    record.hash.algorithm = 'MD5';
    const { value: _v, ...labels } = record.hash;
    record.hash.value = await sha256Hex(canonicalJson({ ...record, hash: labels }));
    const v = await verifyRecord(record);
    expect(v.ok).toBe(false);
    expect(v.problems[0]).toMatch(/labelled "MD5"/);
  });

  it('a format 1 record (hash over the inner record) still verifies, with a note saying what it covers', async () => {
    const fresh = await assessAndRecord(s01.incident, { now: s01.now });
    const old = {
      recordVersion: 1,
      record: fresh.record,
      hash: {
        algorithm: 'SHA-256',
        canonicalization: 'RFC 8785 (JCS)',
        value: await sha256Hex(canonicalJson(fresh.record)),
      },
    };
    const v = await verifyRecord(old);
    expect(v).toMatchObject({ ok: true, recordVersion: 1 });
    expect(v.problems.join(' ')).toMatch(/record format 1.*not the record format or the hash labels/);
  });

  it('an unknown format is refused plainly', async () => {
    const record: any = await assessAndRecord(s01.incident, { now: s01.now });
    record.recordVersion = 3;
    expect((await verifyRecord(record)).problems[0]).toMatch(
      /record format 3; this ndb reads formats 1 and 2/,
    );
  });

  it('says plainly when a record was made with other rules', async () => {
    const record: any = JSON.parse(JSON.stringify(await assessAndRecord(s01.incident, { now: s01.now })));
    record.record.rulesVersion = '0.0.1';
    const { value: _v, ...labels } = record.hash;
    record.hash.value = await sha256Hex(canonicalJson({ ...record, hash: labels }));
    const v = await verifyRecord(record);
    expect(v.sameRulesVersion).toBe(false);
    expect(v.problems.join(' ')).toMatch(/made with other rules \(version "0\.0\.1"\)/);
  });
});
