import { describe, expect, it } from 'vitest';
import { assess } from '../assess.ts';
import {
  conditionHolds,
  draftIncident,
  getPath,
  QUESTIONS,
  setPath,
  visibleFields,
  visibleQuestions,
} from './index.ts';
import { loadScenarios } from '../test-support/scenarios.ts';
import type { Incident } from '../types.ts';

describe('wizard questions', () => {
  it('have unique ids, a prompt, help and a citation each', () => {
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
    for (const q of QUESTIONS) {
      expect(q.prompt.length, q.id).toBeGreaterThan(5);
      expect(q.help.length, q.id).toBeGreaterThan(20);
      expect(q.citations.length, q.id).toBeGreaterThan(0);
      for (const f of q.fields)
        if (f.unknown) expect(f.unknown.label, `${q.id} ${f.path}`).toMatch(/know/i);
        else
          expect(f.help, `${q.id} ${f.path} has no "I don't know": it must say what to enter`).toMatch(
            /earliest/,
          );
    }
  });

  it('never let an unknown awareness date become today: it asks for the earliest date', () => {
    const f = QUESTIONS.flatMap((q) => q.fields).find((x) => x.path === 'breach.awareOn');
    expect(f?.unknown).toBeUndefined();
    expect(draftIncident({}).breach.awareOn).toBe('');
  });

  it('word each answer exactly as the decision explains it (one label table)', () => {
    const recipient = QUESTIONS.flatMap((q) => q.fields).find((x) => x.path === 'recipient');
    expect(recipient?.options?.map((o) => o.value)).toContain('own_staff_accidental');
    const d = assess(
      { ...draftIncident({ annualTurnover: 1_000_000 }, '2025-06-02'), recipient: 'unknown' },
      { now: '2025-06-02T12:00:00+10:00' },
    );
    const labels = new Set(recipient?.options?.map((o) => o.label));
    const explained = d.unknownsThatMatter.find((u) => u.fact === 'recipient');
    for (const t of explained?.ifThen ?? []) expect(labels.has(t.label), t.label).toBe(true);
  });

  it('ask the follow-ups the law turns on only where they apply', () => {
    const info = QUESTIONS.find((x) => x.id === 'information')!;
    const hsp = draftIncident({ type: 'health_service_provider' }, '2025-06-02');
    const paths = (i: Incident) => visibleFields(info, i).map((f) => f.path);
    expect(paths(setPath(hsp, 'information.kinds', ['contact']))).toContain('information.aboutPatients');
    expect(paths(setPath(hsp, 'information.kinds', ['health']))).not.toContain('information.aboutPatients');
    expect(paths(setPath(hsp, 'information.kinds', ['employee_record']))).toContain(
      'information.employeeRecordsIncludeTfnOrPatientRecords',
    );
    const business = setPath(draftIncident({ type: 'business' }, '2025-06-02'), 'information.kinds', [
      'contact',
    ]);
    expect(paths(business)).not.toContain('information.aboutPatients');
    const protection = QUESTIONS.find((x) => x.id === 'protection')!;
    expect(
      visibleFields(protection, setPath(hsp, 'protection', 'encrypted_key_secure')).map((f) => f.path),
    ).toContain('obtainedInProtectedForm');
  });

  it('mark a follow-up moot only after an "I don\u2019t know" that stands for the value which shows it', () => {
    const fields = QUESTIONS.flatMap((q) => q.fields);
    const moot = fields.filter((f) => f.mootWhenUnknown);
    expect(moot.map((f) => f.path)).toContain('breach.ransomware.paymentMadeAt');
    for (const f of moot) {
      const parent = fields.find((x) => x.path === f.mootWhenUnknown);
      expect(parent?.unknown, f.path).toBeDefined();
      // The parent's "I don't know" stores the value that shows the follow-up: without the mark
      // the wizard would ask it.
      const draft = setPath(draftIncident({}, '2025-06-02'), parent!.path, parent!.unknown!.value);
      expect(conditionHolds(f.showIf, draft), f.path).toBe(true);
      // Left out, the follow-up keeps the draft's value, and the draft asks the cautious thing.
      expect(getPath(draft, f.path), f.path).not.toBe(true);
    }
  });

  // The wizard reads and writes each field at its path in the draft: a required fact must already
  // hold a (cautious) value there, an optional one must be absent until answered.
  it('start every required fact with a value in the draft, and leave the optional ones absent', () => {
    const draft = draftIncident({}, '2025-06-02');
    // Optional facts of the model: absent until answered, and absence has a documented meaning.
    const optional = [
      'breach.awareAt',
      'breach.alsoOutsideMyHealthRecord',
      'breach.accessLikelyAfterLoss',
      'breach.otherEntities.anotherEntityHasNotified',
      'information.aboutPatients',
      'information.employeeRecordsIncludeTfnOrPatientRecords',
      'obtainedInProtectedForm',
    ];
    for (const q of QUESTIONS)
      for (const f of q.fields)
        if (optional.includes(f.path)) expect(getPath(draft, f.path), f.path).toBeUndefined();
        else expect(getPath(draft, f.path), f.path).not.toBeUndefined();
  });

  it('ask at most eight questions (screens) for every public scenario once the organisation is known', () => {
    for (const s of loadScenarios()) {
      expect(visibleQuestions(s.incident, { skip: ['organisation'] }).length, s.id).toBeLessThanOrEqual(8);
    }
  });

  it('show the My Health Record question only to participants', () => {
    const draft = draftIncident({ myHealthRecordParticipant: false }, '2025-06-02');
    expect(visibleQuestions(draft).map((q) => q.id)).not.toContain('my_health_record');
    expect(
      visibleQuestions(setPath(draft, 'entity.myHealthRecordParticipant', true)).map((q) => q.id),
    ).toContain('my_health_record');
  });

  it('show follow-up fields only when they apply', () => {
    const q = QUESTIONS.find((x) => x.id === 'other_parties')!;
    const draft = draftIncident({}, '2025-06-02');
    expect(visibleFields(q, draft).map((f) => f.path)).not.toContain(
      'breach.otherEntities.anotherEntityAssessing',
    );
    const involved = setPath(draft, 'breach.otherEntities.involved', true);
    expect(visibleFields(q, involved).map((f) => f.path)).toContain(
      'breach.otherEntities.anotherEntityAssessing',
    );
  });

  it('hold an "any" condition when one branch holds ("notIn" included)', () => {
    const draft = draftIncident({}, '2025-06-02');
    expect(
      conditionHolds(
        {
          any: [
            { path: 'breach.cause', in: ['theft'] },
            { path: 'breach.kind', notIn: ['loss'] },
          ],
        },
        draft,
      ),
    ).toBe(true);
    const neither = setPath(draft, 'breach.kind', 'loss');
    expect(
      conditionHolds(
        {
          any: [
            { path: 'breach.cause', in: ['theft'] },
            { path: 'breach.kind', notIn: ['loss'] },
          ],
        },
        neither,
      ),
    ).toBe(false);
  });

  it('answering every question "I don\'t know" gives the cautious decision: notify (s 75), the 30-day assessment, facts to find out', () => {
    let incident: Incident = draftIncident(
      { type: 'health_service_provider', annualTurnover: 1_800_000, myHealthRecordParticipant: true },
      '2025-06-02',
    );
    for (const q of visibleQuestions(incident, { skip: ['organisation'] }))
      for (const f of visibleFields(q, incident))
        if (f.unknown) incident = setPath(incident, f.path, f.unknown.value);
    const d = assess(incident, { now: '2025-06-02T12:00:00+10:00' });
    expect(d.outcome).toBe('notify'); // "possibly" involved My Health Record → s 75 notification
    expect(d.ndbOutcome).toBe('assess');
    expect(d.unknownsThatMatter.length).toBeGreaterThan(0);
  });

  it('setPath copies, and removes a field for undefined', () => {
    const draft = draftIncident({}, '2025-06-02');
    const next = setPath(draft, 'breach.awareAt', '2025-06-02T10:00:00+10:00');
    expect(draft.breach.awareAt).toBeUndefined();
    expect(setPath(next, 'breach.awareAt', undefined).breach).not.toHaveProperty('awareAt');
  });
});

describe('awareness date', () => {
  it('is required by assess, with a clear error', async () => {
    const { assess: run } = await import('../assess.ts');
    const incident = draftIncident({}, '');
    expect(() => run(incident, { now: '2025-06-02T12:00:00+10:00' })).toThrow(/awareOn as a date/);
  });
});
