// The wizard's incident-file logic without a browser: open and refuse, start, append the result
// screen's record, save (picker or download), and the last facts back as wizard answers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assessAndRecord, type DecisionRecord, type Incident } from '@ndb-kit/engine';
import {
  appendAssessment,
  appendEntry,
  entryHash,
  type IncidentFile,
  openIncidentFile,
  serializeIncidentFile,
  verifyIncidentFile,
} from '@ndb-kit/incident';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SITE_ROOT } from '../scripts/build-sites.ts';
import type { WizardPractice } from '../src/lib/site-data.ts';
import {
  addDecision,
  answersFromFile,
  answersFromIncident,
  clip,
  entryWithRecord,
  fileNameFor,
  fileText,
  readIncidentFile,
  saveIncidentFile,
  startIncidentFile,
} from '../src/wizard/incident-file.ts';
import { incidentForAssessment } from '../src/wizard/state.ts';
import { BUILD_DIR } from './support/browser.ts';

const html = readFileSync(join(BUILD_DIR, 'wizard.html'), 'utf8');
const practice = JSON.parse(
  /<script type="application\/json" id="ndb-practice">([\s\S]*?)<\/script>/
    .exec(html)![1]!
    .replaceAll('\\u003c', '<'),
) as WizardPractice;
const scenario = JSON.parse(readFileSync(join(SITE_ROOT, '../fixtures/scenarios/S01.json'), 'utf8'));
const incident: Incident = {
  ...scenario.incident,
  // As the wizard makes it: the organisation facts from the plan.
  entity: { ...scenario.incident.entity, ...practice.entity, timeZone: practice.timeZone },
};
const NOW = '2026-11-23T12:00:00+11:00';
const LATER = '2026-11-23T12:05:00+11:00';

const record = (now = NOW): Promise<DecisionRecord> => assessAndRecord(incident, { now });
const cliFile = async (zone = practice.timeZone, id = practice.id): Promise<IncidentFile> => {
  const file = await openIncidentFile({
    reference: '2026-001',
    title: '<script>alert(1)</script>',
    practice: { id, name: 'Harbourside Family Medical', timeZone: zone },
    now: '2026-11-23T11:30:00+11:00',
  });
  return (await appendAssessment(file, incident, { now: '2026-11-23T11:45:00+11:00' })).file;
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the wizard and the incident file', () => {
  it('opens a file that verifies and appends the result screen’s record as it is; the result verifies', async () => {
    const opened = await readIncidentFile(serializeIncidentFile(await cliFile()), '2026-001.json', practice);
    if (!opened.ok) throw new Error(opened.message);
    const r = await record();
    const { held, entry, remade } = await addDecision(opened.held, r, LATER);
    expect(remade).toBeUndefined();
    expect(entry).toMatchObject({ seq: 2, type: 'assessment', at: NOW, loggedAt: LATER });
    expect(entryWithRecord(held.file, r)?.seq).toBe(2);
    expect(held).toMatchObject({ name: '2026-001.json', unsaved: true });
    const v = await verifyIncidentFile(fileText(held), held.name);
    expect(v).toMatchObject({ ok: true, entries: 3, assessments: 2 });
  });

  it('starts a new file for the practice, with a safe file name from any reference', async () => {
    const held = await startIncidentFile(practice, { reference: ' 2026-002 ', title: '', now: LATER });
    expect(held.name).toBe('2026-002.json');
    expect(held.file.entries[0]).toMatchObject({
      reference: '2026-002',
      practice: { id: practice.id, timeZone: practice.timeZone },
    });
    expect(held.file.entries[0]).not.toHaveProperty('title');
    const { held: after } = await addDecision(held, await record(), LATER);
    expect((await verifyIncidentFile(fileText(after), after.name)).ok).toBe(true);
    expect(fileNameFor('../../etc/<script>passwd')).toBe('etc-script-passwd.json');
    expect(fileNameFor('///')).toBe('incident.json');
    expect(clip('x'.repeat(500)).length).toBe(121);
  });

  it('refuses a tampered file and names the entry, and never a silent repair', async () => {
    const file = await cliFile();
    const edited = structuredClone(file);
    (edited.entries[0] as { title: string }).title = 'Nothing happened';
    const r1 = await readIncidentFile(serializeIncidentFile(edited), 'x.json', practice);
    expect(r1).toMatchObject({ ok: false });
    expect(!r1.ok && r1.message).toMatch(/entry 0 \(opened\) was changed after it was written/);
    // Edited and re-hashed: named by the entry after it.
    const rehashed = structuredClone(file);
    const e0 = rehashed.entries[0] as { title: string; hash: string };
    e0.title = 'Nothing happened';
    e0.hash = await entryHash(rehashed.entries[0]!);
    const r2 = await readIncidentFile(serializeIncidentFile(rehashed), 'x.json', practice);
    expect(!r2.ok && r2.message).toMatch(/entry 0 \(opened\) is not the entry that entry 1 \(assessment\)/);
    // A decision changed inside the record.
    const decided = structuredClone(file);
    const a = decided.entries[1] as { record: DecisionRecord };
    a.record.record.decision.outcome = 'not_notifiable';
    const r3 = await readIncidentFile(serializeIncidentFile(decided), 'x.json', practice);
    expect(!r3.ok && r3.message).toMatch(/entry 1 \(assessment\)/);
    // Not an incident file at all; another practice's file; broken JSON.
    const r4 = await readIncidentFile(JSON.stringify(await record()), 'rec.json', practice);
    expect(!r4.ok && r4.message).toMatch(/is not an ndb-kit incident file/);
    const r5 = await readIncidentFile(
      serializeIncidentFile(await cliFile(practice.timeZone, 'other-clinic')),
      'o.json',
      practice,
    );
    expect(!r5.ok && r5.message).toMatch(/not Harbourside Family Medical/);
    const r6 = await readIncidentFile('{"format": "ndb-kit incident file", ', 'cut.json', practice);
    expect(r6.ok).toBe(false);
  });

  it('a file that keeps another time zone gets the same facts assessed again in its zone', async () => {
    const opened = await readIncidentFile(
      serializeIncidentFile(await cliFile('Australia/Perth')),
      'p.json',
      practice,
    );
    if (!opened.ok) throw new Error(opened.message);
    const { held, remade } = await addDecision(opened.held, await record(), LATER);
    expect(remade?.record.now).toBe('2026-11-23T09:05:00+08:00');
    expect((await verifyIncidentFile(fileText(held), held.name)).ok).toBe(true);
  });

  it('refuses to append to a closed file or out of time order, leaving the file as it was', async () => {
    const opened = await readIncidentFile(serializeIncidentFile(await cliFile()), 'a.json', practice);
    if (!opened.ok) throw new Error(opened.message);
    const before = fileText(opened.held);
    await expect(addDecision(opened.held, await record(), '2026-11-23T11:00:00+11:00')).rejects.toThrow(
      /earlier than the last entry/,
    );
    expect(fileText(opened.held)).toBe(before);
    const closed = await appendEntry(opened.held.file, { type: 'closed', at: LATER }, { now: LATER });
    await expect(addDecision({ ...opened.held, file: closed }, await record(), LATER)).rejects.toThrow(
      /closed/,
    );
  });

  it('saves through the save dialog where there is one, else as a download; a cancel is reported', async () => {
    const held = await startIncidentFile(practice, { reference: '2026-003', now: LATER });
    const downloads: [string, BlobPart, string][] = [];
    const dl = (...a: [string, BlobPart, string]) => void downloads.push(a);
    expect(await saveIncidentFile(held, dl)).toBe('downloaded');
    expect(downloads[0]?.[0]).toBe('2026-003.json');
    expect(downloads[0]?.[1]).toBe(fileText(held));
    const written: Blob[] = [];
    const picker = vi.fn(async () => ({
      createWritable: async () => ({ write: async (b: Blob) => void written.push(b), close: async () => {} }),
    }));
    vi.stubGlobal('showSaveFilePicker', picker);
    expect(await saveIncidentFile(held, dl)).toBe('saved');
    expect(picker.mock.calls[0]).toMatchObject([{ suggestedName: '2026-003.json' }]);
    expect(await written[0]?.text()).toBe(fileText(held));
    vi.stubGlobal('showSaveFilePicker', async () => {
      throw new DOMException('closed', 'AbortError');
    });
    expect(await saveIncidentFile(held, dl)).toBe('cancelled');
    expect(downloads).toHaveLength(1);
  });

  it('turns the last assessment’s facts into answers: every field answered, unknowns as “I don’t know”', async () => {
    const opened = await readIncidentFile(serializeIncidentFile(await cliFile()), 'a.json', practice);
    if (!opened.ok) throw new Error(opened.message);
    const answers = answersFromFile(opened.held, practice)!;
    expect(answers).toMatchObject({ index: 0, done: false, withOrganisation: false });
    expect(answers.answered).toContain('breach.awareOn');
    // Assessing the answers as the wizard would gives back the same facts, so the same decision.
    const again = incidentForAssessment({ ...answers, done: true }, practice)!;
    const a = await assessAndRecord(again, { now: NOW });
    expect(a.record.decision).toEqual((await record()).record.decision);
    // Unknown values come back as "I don't know"; changed organisation facts bring those questions.
    const unsure = answersFromIncident(
      {
        ...incident,
        entity: { ...incident.entity, type: 'business' },
        breach: { ...incident.breach, personalInformationAccessed: 'unknown' },
      } as Incident,
      practice,
    );
    expect(unsure.answered).toContain('unknown:breach.personalInformationAccessed');
    expect(unsure.withOrganisation).toBe(true);
    const empty = await startIncidentFile(practice, { reference: 'x', now: LATER });
    expect(answersFromFile(empty, practice)).toBeUndefined();
  });
});
