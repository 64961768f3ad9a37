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
    record.hash.value = await sha256Hex(canonicalJson(record.record));
    const v = await verifyRecord(record);
    expect(v).toMatchObject({ ok: false, hashMatches: true, decisionReproduced: false });
  });

  it('rejects something that is not a record', async () => {
    expect((await verifyRecord({ hello: 1 })).problems[0]).toMatch(/not a decision record/);
  });
});
