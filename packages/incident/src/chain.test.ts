// Tampering: every kind of change to an ndb-written incident file is found, and the entry it
// breaks is named.
import { canonicalJson, expectedRecordHash } from '@ndb-kit/engine';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { entryHash } from './chain.ts';
import { parseIncidentFile, serializeIncidentFile, verifyIncidentFile } from './file.ts';
import { build, ROUND_TRIP, suspected } from './test-support/round-trip.ts';
import type { Entry, IncidentFile } from './types.ts';

let roundTrip: IncidentFile;
let allKinds: IncidentFile;

beforeAll(async () => {
  roundTrip = await build(ROUND_TRIP());
  const at = (d: number, h: number) =>
    `2026-11-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00+11:00`;
  allKinds = await build([
    { assess: suspected(), now: at(23, 17) },
    {
      log: {
        type: 'remedial-action',
        at: at(23, 18),
        what: 'Reset the portal password',
        evidence: 'ticket 42',
      },
      now: at(23, 18),
    },
    { log: { type: 'police-report', at: at(24, 9), ref: 'CIRS-20261124-01' }, now: at(24, 9) },
    { log: { type: 'insurer-notified', at: at(24, 10), ref: 'CLM-778' }, now: at(24, 10) },
    { log: { type: 'adha-notified', at: at(24, 11), ref: 'ADHA-1' }, now: at(24, 11) },
    {
      log: { type: 'commissioner-direction', at: at(25, 9), due: '2026-12-10', ref: 'DIR-1' },
      now: at(25, 9),
    },
    {
      log: {
        type: 'commissioner-declaration',
        at: at(26, 9),
        declaration: 'extension',
        newDue: '2026-12-20',
      },
      now: at(26, 9),
    },
    { log: { type: 'note', at: at(26, 10), note: 'Spoke to the OAIC' }, now: at(26, 10) },
    { log: { type: 'reviewed', at: at(27, 10), note: 'Root cause: autocomplete' }, now: at(27, 10) },
  ]);
});

const copy = (f: IncidentFile): IncidentFile => structuredClone(f);
const problemsOf = async (f: IncidentFile) => {
  const v = await verifyIncidentFile(serializeIncidentFile(f), 'incident.json');
  return v.issues.map((i) => `${i.pointer}: ${i.message}`);
};

/** Re-hash entries from `from` on, as someone covering their tracks would. */
async function rehash(f: IncidentFile, from: number): Promise<void> {
  for (let i = from; i < f.entries.length; i++) {
    const e = f.entries[i] as Entry;
    if (i > 0) e.prev = (f.entries[i - 1] as Entry).hash;
    e.hash = await entryHash(e);
  }
}

describe('an intact file', () => {
  it('verifies, with every assessment re-run', async () => {
    for (const f of [roundTrip, allKinds]) {
      const v = await verifyIncidentFile(serializeIncidentFile(f), 'incident.json');
      expect(v.issues).toEqual([]);
      expect(v.ok).toBe(true);
      expect(v.fingerprint).toBe(f.entries.at(-1)?.hash);
    }
  });

  it('still verifies when only re-indented (the hash is over canonical JSON, not bytes)', async () => {
    const v = await verifyIncidentFile(JSON.stringify(roundTrip), 'incident.json');
    expect(v.ok).toBe(true);
  });
});

describe('tampering', () => {
  it('an edited entry of each kind is named', async () => {
    for (const source of [roundTrip, allKinds]) {
      for (const [k, entry] of source.entries.entries()) {
        const f = copy(source);
        (f.entries[k] as Entry).note = 'changed by hand';
        const problems = await problemsOf(f);
        expect(problems[0], `${entry.type}`).toBe(
          `/entries/${k}: entry ${k} (${entry.type}) was changed after it was written: its content no longer matches its hash`,
        );
      }
    }
  });

  it('an edited and re-hashed entry is named by the entry after it', async () => {
    for (const [k, entry] of roundTrip.entries.slice(0, -1).entries()) {
      const f = copy(roundTrip);
      (f.entries[k] as Entry).by = 'Someone else';
      (f.entries[k] as Entry).hash = await entryHash(f.entries[k] as Entry);
      const problems = await problemsOf(f);
      expect(problems).toEqual([
        `/entries/${k}: entry ${k} (${entry.type}) is not the entry that entry ${k + 1} (${roundTrip.entries[k + 1]?.type}) was written after: it was replaced, or edited and re-hashed`,
      ]);
    }
  });

  it('a removed entry is named as missing', async () => {
    for (let k = 1; k < roundTrip.entries.length - 1; k++) {
      const f = copy(roundTrip);
      f.entries.splice(k, 1);
      const problems = await problemsOf(f);
      expect(problems[0]).toContain(`/entries/${k}: entry ${k} is missing (removed from the file)`);
    }
  });

  it('removing the first entry is found', async () => {
    const f = copy(roundTrip);
    f.entries.shift();
    const problems = await problemsOf(f);
    expect(problems.join('\n')).toContain('entry 0 is missing');
  });

  it('reordered entries are named', async () => {
    for (let k = 1; k < roundTrip.entries.length - 1; k++) {
      const f = copy(roundTrip);
      [f.entries[k], f.entries[k + 1]] = [f.entries[k + 1] as Entry, f.entries[k] as Entry];
      const problems = (await problemsOf(f)).join('\n');
      expect(problems).toContain(
        `/entries/${k}: entry ${k + 1} (${roundTrip.entries[k + 1]?.type}) is out of order`,
      );
      expect(problems).toContain(
        `/entries/${k + 1}: entry ${k} (${roundTrip.entries[k]?.type}) is out of order`,
      );
    }
  });

  it('an entry appended by hand is named', async () => {
    const f = copy(roundTrip);
    const last = f.entries.at(-1) as Entry;
    f.entries.push({ ...last, seq: last.seq + 1, type: 'note', note: 'added later', prev: last.hash });
    expect((await problemsOf(f))[0]).toBe(
      `/entries/${last.seq + 1}: entry ${last.seq + 1} (note) was changed after it was written: its content no longer matches its hash`,
    );
  });

  it('an entry appended by hand with a correct hash is still found when it breaks ndb’s rules', async () => {
    const f = copy(roundTrip);
    const last = f.entries.at(-1) as Entry;
    const added = {
      ...last,
      seq: last.seq + 1,
      type: 'note',
      note: 'x',
      loggedAt: '2026-11-01T09:00:00+11:00',
      at: '2026-11-01T09:00:00+11:00',
      prev: last.hash,
    } as Entry;
    added.hash = await entryHash(added);
    f.entries.push(added);
    const problems = (await problemsOf(f)).join('\n');
    expect(problems).toContain(
      `/entries/${added.seq}: entry ${added.seq} (note) comes after the incident was closed`,
    );
    expect(problems).toContain(`entry ${added.seq} (note) was logged before the entry above it`);
  });

  it('a decision changed and re-hashed everywhere is caught by re-running the engine', async () => {
    const f = copy(roundTrip);
    const k = f.entries.findIndex((e) => e.type === 'assessment');
    const entry = f.entries[k] as Extract<Entry, { type: 'assessment' }>;
    entry.record.record.decision.outcome = 'not_notifiable';
    entry.record.hash.value = await expectedRecordHash(entry.record);
    await rehash(f, k);
    const v = await verifyIncidentFile(serializeIncidentFile(f), 'incident.json');
    expect(v.ok).toBe(false);
    expect(v.issues.map((i) => `${i.pointer}: ${i.message}`)).toContain(
      `/entries/${k}/record: entry ${k} (assessment): re-running the engine on the recorded incident gives a different decision`,
    );
  });

  it('a decision record changed inside an entry is named twice: the entry and its record', async () => {
    const f = copy(roundTrip);
    const entry = f.entries[1] as Extract<Entry, { type: 'assessment' }>;
    entry.record.record.incident.information.individualsAffected = 0;
    const problems = await problemsOf(f);
    expect(problems).toContain(
      '/entries/1: entry 1 (assessment) was changed after it was written: its content no longer matches its hash',
    );
    expect(problems).toContain(
      "/entries/1: entry 1 (assessment): its decision record was changed after it was made (the record's own hash does not match)",
    );
  });

  it('cutting entries off the end is not visible in the file: the fingerprint noted elsewhere shows it', async () => {
    const f = copy(roundTrip);
    f.entries.pop();
    const v = await verifyIncidentFile(serializeIncidentFile(f), 'incident.json');
    expect(v.ok).toBe(true);
    expect(v.fingerprint).not.toBe(roundTrip.entries.at(-1)?.hash);
  });

  it('any single-byte edit inside an entry is refused or names that entry, unless the JSON means the same', async () => {
    const text = serializeIncidentFile(roundTrip);
    const bytes = new TextEncoder().encode(text);
    const starts = roundTrip.entries.map(
      (e) => new TextEncoder().encode(text.slice(0, text.indexOf(`{\n      "seq": ${e.seq},`))).length,
    );
    const ends = [...starts.slice(1), new TextEncoder().encode(text.slice(0, text.lastIndexOf(']'))).length];
    const original = canonicalJson(roundTrip);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(roundTrip.entries.length - 1),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.integer({ min: 0, max: 255 }),
        async (k, where, byte) => {
          const start = starts[k] as number;
          const pos = start + Math.floor(where * ((ends[k] as number) - start));
          if (bytes[pos] === byte) return;
          const edited = bytes.slice();
          edited[pos] = byte;
          let changed: string;
          try {
            changed = new TextDecoder('utf-8', { fatal: true }).decode(edited);
          } catch {
            return; // not UTF-8: ndb refuses to read it at all
          }
          const parsed = await parseIncidentFile(changed, 'incident.json');
          if (parsed.ok && canonicalJson(parsed.file) === original) return; // same meaning (whitespace)
          const v = await verifyIncidentFile(changed, 'incident.json');
          expect(v.ok).toBe(false);
          if (parsed.ok || v.issues.some((i) => i.pointer.startsWith('/entries/')))
            expect(
              v.issues.some((i) => i.pointer === `/entries/${k}` || i.pointer.startsWith(`/entries/${k}/`)),
            ).toBe(true);
        },
      ),
      { numRuns: 300, seed: 8 },
    );
  });
});
