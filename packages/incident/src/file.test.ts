// Opening, appending, reading: the file's rules and its published schema.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appendEntry, openIncidentFile, parseIncidentFile, serializeIncidentFile } from './file.ts';
import { incidentFileSchema, schemaText } from './schema.ts';
import { build, ROUND_TRIP } from './test-support/round-trip.ts';

describe('the incident file', () => {
  it('the published schema is current (run `pnpm --filter @ndb-kit/incident schema`)', () => {
    const file = readFileSync(new URL('../../../schemas/incident-file.schema.json', import.meta.url), 'utf8');
    expect(file).toBe(schemaText(incidentFileSchema));
  });

  it('is deterministic: the same steps and clock give the same bytes', async () => {
    const a = serializeIncidentFile(await build(ROUND_TRIP()));
    const b = serializeIncidentFile(await build(ROUND_TRIP()));
    expect(a).toBe(b);
  });

  it('reads back what it wrote', async () => {
    const f = await build(ROUND_TRIP());
    const parsed = await parseIncidentFile(serializeIncidentFile(f), 'x.json');
    expect(parsed.ok).toBe(true);
  });

  it('writes times in the practice’s zone', async () => {
    const f = await openIncidentFile({
      reference: 'R',
      practice: { timeZone: 'Australia/Perth' },
      now: '2026-11-23T02:00:00Z',
    });
    expect(f.entries[0]).toMatchObject({
      at: '2026-11-23T10:00:00+08:00',
      practice: { timeZone: 'Australia/Perth' },
    });
    const g = await openIncidentFile({ reference: 'R', now: '2026-06-02T09:00' });
    expect(g.entries[0]).toMatchObject({
      at: '2026-06-02T09:00:00+10:00',
      practice: { timeZone: 'Australia/Sydney' },
    });
  });

  it('refuses to append out of order, in the future, after closing, or to a broken chain', async () => {
    const f = await build(ROUND_TRIP().slice(0, 3));
    const last = f.entries.at(-1)!;
    await expect(
      appendEntry(f, { type: 'note', at: last.loggedAt, note: 'x' }, { now: '2026-11-23T12:00' }),
    ).rejects.toThrow('is earlier than the last entry was logged');
    await expect(
      appendEntry(f, { type: 'note', at: '2026-11-26T09:00', note: 'x' }, { now: '2026-11-25T09:00' }),
    ).rejects.toThrow('is later than now');
    const closed = await build(ROUND_TRIP());
    await expect(
      appendEntry(closed, { type: 'note', at: '2026-12-01T09:00', note: 'x' }, { now: '2026-12-01T09:00' }),
    ).rejects.toThrow('the incident is closed');
    const broken = structuredClone(f);
    broken.entries[1]!.note = 'edited';
    await expect(
      appendEntry(broken, { type: 'note', at: '2026-12-01T09:00', note: 'x' }, { now: '2026-12-01T09:00' }),
    ).rejects.toThrow('the file does not verify');
  });

  it('refuses to append an assessment whose decision record was altered', async () => {
    const f = await build(ROUND_TRIP().slice(0, 1));
    const record = structuredClone(
      (f.entries[1] as Extract<(typeof f.entries)[number], { type: 'assessment' }>).record,
    );
    record.record.decision.outcome = 'not_notifiable';
    await expect(
      appendEntry(f, { type: 'assessment', at: record.record.now, record }, { now: '2026-11-24T09:00' }),
    ).rejects.toThrow('its decision record was changed after it was made');
  });

  it('refuses text with control characters, naming the field', async () => {
    const f = await build([]);
    await expect(
      appendEntry(f, { type: 'note', at: '2026-11-24T09:00', note: 'a\u202Eb' }, { now: '2026-11-24T09:00' }),
    ).rejects.toMatchObject({ field: 'note' });
    await expect(
      appendEntry(
        f,
        { type: 'oaic-statement', at: '2026-11-24T09:00', ref: 'two\nlines' },
        { now: '2026-11-24T09:00' },
      ),
    ).rejects.toMatchObject({ field: 'ref' });
  });

  it('says plainly when a file is not an incident file', async () => {
    const policy = readFileSync(
      new URL('../../../policies/harbourside-family-medical.json', import.meta.url),
      'utf8',
    );
    const r = await parseIncidentFile(policy, 'policy.json');
    expect(r).toMatchObject({ ok: false, notIncidentFile: true });
    expect(r.ok ? '' : r.issues[0]?.message).toBe('is not an ndb-kit incident file');
  });

  it('reports a bad value with its file, pointer and line', async () => {
    const f = await build(ROUND_TRIP());
    const text = serializeIncidentFile(f).replace('"count": 1', '"count": "one"');
    const r = await parseIncidentFile(text, 'x.json');
    expect(r.ok).toBe(false);
    const issue = r.ok ? undefined : r.issues[0];
    expect(issue).toMatchObject({
      file: 'x.json',
      pointer: '/entries/6/count',
      message: 'is the wrong type of value',
    });
    expect(issue?.line).toBeGreaterThan(1);
  });

  it('reports an unknown entry type and an unknown field', async () => {
    const f = await build(ROUND_TRIP());
    const bad = structuredClone(f) as any;
    bad.entries[2].type = 'contianed';
    bad.entries[3].colour = 'red';
    const r = await parseIncidentFile(JSON.stringify(bad), 'x.json');
    const messages = r.ok ? [] : r.issues.map((i) => `${i.pointer}: ${i.message}`);
    expect(messages).toContain(
      '/entries/2/type: is not one of the allowed values (did you mean "contained"?)',
    );
    expect(messages.some((m) => m.startsWith('/entries/3/colour: is not allowed here'))).toBe(true);
  });
});
