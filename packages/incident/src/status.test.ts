// Duties and due dates derived from the timeline.
import { describe, expect, it } from 'vitest';
import { incidentStatus } from './status.ts';
import { believed, build, ROUND_TRIP, type Step, suspected } from './test-support/round-trip.ts';

const at = (d: number, h = 9) =>
  `2026-${d > 30 ? `12-${String(d - 30).padStart(2, '0')}` : `11-${String(d).padStart(2, '0')}`}T${String(h).padStart(2, '0')}:00:00+11:00`;
const duty = (s: ReturnType<typeof incidentStatus>, id: string) => s.duties.find((d) => d.id === id);

describe('incident status', () => {
  it('the round trip: every duty done, nothing overdue, closed', async () => {
    const f = await build(ROUND_TRIP());
    const s = incidentStatus(f, { now: '2026-12-01T09:00:00+11:00' });
    expect(s.state).toBe('closed');
    expect(s.awareness).toEqual({ date: '2026-11-23', at: '2026-11-23T11:00:00+11:00', seq: 1 });
    expect(s.belief).toEqual({ at: '2026-11-24T09:00:00+11:00', seq: 3, source: 'logged' });
    expect(s.duties.map((d) => [d.id, d.state, d.days])).toEqual([
      ['complete_assessment', 'done', 1],
      ['oaic_statement', 'done', 1],
      ['notify_individuals', 'done', 0],
    ]);
    expect(s.references.oaic).toBe('NDB-2026-0417');
    expect(s.individuals).toMatchObject({ count: 1, how: ['phone and letter'] });
  });

  it('the 30-day clock runs from the first awareness, whatever later assessments say', async () => {
    const later = suspected();
    later.breach.awareOn = '2026-11-30';
    later.breach.awareAt = '2026-11-30T10:00:00+11:00';
    const f = await build([
      { assess: suspected(), now: at(23, 17) },
      { assess: later, now: at(30, 12) },
    ]);
    const s = incidentStatus(f, { now: at(53) }); // 23 Dec: the last day
    expect(duty(s, 'complete_assessment')).toMatchObject({ state: 'open', dueDate: '2026-12-23' });
    expect(s.awarenessConflicts).toEqual([{ seq: 2, date: '2026-11-30' }]);
    const after = incidentStatus(f, { now: at(54) }); // 24 Dec
    expect(duty(after, 'complete_assessment')).toMatchObject({ state: 'overdue', dueDate: '2026-12-23' });
    expect(after.state).toBe('overdue');
    expect(after.overdue.map((d) => d.id)).toEqual(['complete_assessment']);
  });

  it('an earlier awareness found later moves the clock back', async () => {
    const earlier = suspected();
    earlier.breach.awareOn = '2026-11-20';
    delete earlier.breach.awareAt;
    earlier.breach.occurredOn = '2026-11-20';
    const f = await build([
      { assess: suspected(), now: at(23, 17) },
      { assess: earlier, now: at(24, 12) },
    ]);
    const s = incidentStatus(f, { now: at(25) });
    expect(s.awareness).toEqual({ date: '2026-11-20', seq: 2 });
    expect(duty(s, 'complete_assessment')?.dueDate).toBe('2026-12-20');
  });

  it('a notify assessment forms the belief when none was logged; the statement is flagged as the days grow', async () => {
    const f = await build([{ assess: believed(), now: at(23, 17) }]);
    const early = incidentStatus(f, { now: at(25) });
    expect(early.belief).toMatchObject({ seq: 1, source: 'assessment' });
    expect(duty(early, 'complete_assessment')).toMatchObject({ state: 'done', days: 0 });
    expect(duty(early, 'oaic_statement')).toMatchObject({ state: 'open', days: 2 });
    expect(duty(early, 'oaic_statement')?.flagged).toBeUndefined();
    expect(duty(early, 'notify_individuals')).toMatchObject({ state: 'waiting' });
    const late = incidentStatus(f, { now: at(28) });
    expect(duty(late, 'oaic_statement')).toMatchObject({ state: 'open', days: 5, flagged: true });
    expect(late.flagged.map((d) => d.id)).toEqual(['oaic_statement']);
    expect(late.state).toBe('open'); // flagged is not overdue: the law sets no date
  });

  it('a statement given slowly stays flagged in the record', async () => {
    const f = await build([
      { assess: believed(), now: at(23, 17) },
      { log: { type: 'oaic-statement', at: at(30), ref: 'X' }, now: at(30) },
    ]);
    const s = incidentStatus(f, { now: at(30, 12) });
    expect(duty(s, 'oaic_statement')).toMatchObject({ state: 'done', days: 7, flagged: true });
    expect(s.flagged).toEqual([]); // done: nothing to chase now
  });

  it('a s 26WQ extension gives the individuals a new due date, overdue after it', async () => {
    const steps: Step[] = [
      { assess: believed(), now: at(23, 17) },
      { log: { type: 'oaic-statement', at: at(24), ref: 'NDB-1' }, now: at(24) },
      {
        log: {
          type: 'commissioner-declaration',
          at: at(25),
          declaration: 'extension',
          newDue: '2026-12-15',
          ref: 'D-1',
        },
        now: at(25),
      },
    ];
    const f = await build(steps);
    const before = incidentStatus(f, { now: at(45) }); // 15 Dec
    expect(duty(before, 'notify_individuals')).toMatchObject({ state: 'open', dueDate: '2026-12-15' });
    expect(duty(before, 'notify_individuals')?.flagged).toBeUndefined();
    const after = incidentStatus(f, { now: at(46) });
    expect(duty(after, 'notify_individuals')).toMatchObject({ state: 'overdue', dueDate: '2026-12-15' });
    expect(after.references.commissioner).toBe('D-1');
  });

  it('a s 26WQ exemption lifts both duties', async () => {
    const f = await build([
      { assess: believed(), now: at(23, 17) },
      { log: { type: 'commissioner-declaration', at: at(24), declaration: 'exemption' }, now: at(24) },
    ]);
    const s = incidentStatus(f, { now: at(40) });
    expect(duty(s, 'oaic_statement')?.state).toBe('exempt');
    expect(duty(s, 'notify_individuals')?.state).toBe('exempt');
    expect(s.state).toBe('open');
  });

  it('a s 26WR direction makes the duties apply even after a not-notifiable assessment', async () => {
    // Reliable logs show nobody opened it: no eligible data breach (robust to how remedial action is weighed).
    const fine = suspected();
    fine.breach.personalInformationAccessed = false;
    fine.breach.certainty = 'believed';
    const f = await build([
      { assess: fine, now: at(23, 17) },
      { log: { type: 'commissioner-direction', at: at(30), due: '2026-12-07' }, now: at(30) },
    ]);
    const s0 = incidentStatus(f, { now: at(30, 8) });
    expect(s0.latest?.ndbOutcome).toBe('not_notifiable');
    const s = incidentStatus(f, { now: at(38) }); // 8 Dec
    expect(duty(s, 'oaic_statement')).toMatchObject({ state: 'overdue', dueDate: '2026-12-07' });
    expect(duty(s, 'notify_individuals')).toMatchObject({ state: 'overdue', dueDate: '2026-12-07' });
  });

  it('a belief overtaken by a not-notifiable assessment leaves no statement to give', async () => {
    const fine = believed();
    fine.breach.personalInformationAccessed = false;
    const f = await build([
      { log: { type: 'believed', at: at(23, 12) }, now: at(23, 12) },
      { assess: fine, now: at(23, 17) },
    ]);
    const s = incidentStatus(f, { now: at(30) });
    expect(s.latest?.ndbOutcome).toBe('not_notifiable');
    expect(duty(s, 'oaic_statement')?.state).toBe('not_required');
  });

  it('My Health Record: the ADHA duty follows the latest decision and is done when logged', async () => {
    const mhr = believed();
    mhr.entity.myHealthRecordParticipant = true;
    mhr.breach.myHealthRecord = 'involved';
    const f = await build([{ assess: mhr, now: at(23, 17) }]);
    const s = incidentStatus(f, { now: at(24) });
    expect(duty(s, 'mhr_notify_system_operator')).toMatchObject({ state: 'open' });
    const g = await build([
      { assess: mhr, now: at(23, 17) },
      { log: { type: 'adha-notified', at: at(23, 18), ref: 'A-1' }, now: at(23, 18) },
    ]);
    expect(duty(incidentStatus(g, { now: at(24) }), 'mhr_notify_system_operator')).toMatchObject({
      state: 'done',
    });
  });

  it('with no assessment yet, the assessment waits (unless the file was opened with an awareness time)', async () => {
    const f = await build([]);
    expect(duty(incidentStatus(f, { now: at(24) }), 'complete_assessment')?.state).toBe('waiting');
  });
});
