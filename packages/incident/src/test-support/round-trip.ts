// A complete incident file built through the public API, for tests: the round trip.
import { readFileSync } from 'node:fs';
import type { Incident } from '@ndb-kit/engine';
import { appendAssessment, appendEntry, openIncidentFile } from '../file.ts';
import type { IncidentFile, NewEntry } from '../types.ts';

const fixture = (name: string): Incident =>
  JSON.parse(readFileSync(new URL(`../../../../fixtures/incidents/${name}`, import.meta.url), 'utf8'));

export const suspected = (): Incident => fixture('wrong-patient-email-suspected.json');
export const believed = (): Incident => fixture('wrong-patient-email-believed.json');

export type Step = { assess: Incident; now: string } | { log: NewEntry; now: string };

export async function build(steps: Step[], openedAt = '2026-11-23T11:30:00+11:00'): Promise<IncidentFile> {
  let file = await openIncidentFile({
    reference: '2026-001',
    title: 'GP note emailed to the wrong patient',
    practice: {
      id: 'harbourside-family-medical',
      name: 'Harbourside Family Medical',
      timeZone: 'Australia/Sydney',
    },
    now: openedAt,
  });
  for (const step of steps) {
    file =
      'assess' in step
        ? (await appendAssessment(file, step.assess, { now: step.now })).file
        : await appendEntry(file, step.log, { now: step.now });
  }
  return file;
}

/** open → assess suspected → contained → believed → assess believed → statement → individuals → closed. */
export const ROUND_TRIP: () => Step[] = () => [
  { assess: suspected(), now: '2026-11-23T17:00:00+11:00' },
  {
    log: {
      type: 'contained',
      at: '2026-11-23T17:20:00+11:00',
      what: 'Asked B to delete the email',
      by: 'Practice manager',
    },
    now: '2026-11-23T17:30:00+11:00',
  },
  {
    log: { type: 'believed', at: '2026-11-24T09:00:00+11:00', note: 'B cannot be reached' },
    now: '2026-11-24T09:05:00+11:00',
  },
  { assess: believed(), now: '2026-11-24T09:30:00+11:00' },
  {
    log: { type: 'oaic-statement', at: '2026-11-25T10:00:00+11:00', ref: 'NDB-2026-0417' },
    now: '2026-11-25T10:05:00+11:00',
  },
  {
    log: { type: 'individuals-notified', at: '2026-11-25T15:00:00+11:00', how: 'phone and letter', count: 1 },
    now: '2026-11-25T15:10:00+11:00',
  },
  {
    log: { type: 'closed', at: '2026-11-30T12:00:00+11:00', note: 'Reviewed' },
    now: '2026-11-30T12:00:00+11:00',
  },
];
