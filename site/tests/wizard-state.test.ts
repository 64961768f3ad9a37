// The wizard's state without a browser: moot follow-ups, the time of awareness on the day given,
// the answer list in plain words, and the email link's length with hostile, long practice facts.
import { assess, createRecord, draftIncident, setPath } from '@ndb-kit/engine';
import { describe, expect, it } from 'vitest';
import type { WizardPractice } from '../src/lib/site-data.ts';
import { answerList } from '../src/wizard/answer-list.ts';
import { mailtoHref } from '../src/wizard/summary.ts';
import {
  type Answers,
  alignAwareAt,
  answer,
  fieldsShown,
  incidentForAssessment,
  questionsFor,
} from '../src/wizard/state.ts';

const practice = {
  id: 'p',
  name: 'Clinic',
  timeZone: 'Australia/Sydney',
  entity: { myHealthRecordParticipant: true },
  people: {},
  email: 'a@b.example',
} as unknown as WizardPractice;

const base = (): Answers => ({
  incident: setPath(
    setPath(draftIncident({ myHealthRecordParticipant: true }), 'breach.cause', 'cyber_attack'),
    'breach.awareOn',
    '2025-06-02',
  ),
  answered: ['breach.awareOn', 'breach.cause'],
  withOrganisation: false,
  index: 0,
  done: false,
});
const other = (a: Answers) => questionsFor(a).find((q) => q.id === 'other_parties')!;
const paths = (a: Answers) => fieldsShown(other(a), a).map((f) => f.path);

describe('wizard state', () => {
  it('leaves out "when was it paid" after "I don\'t know" whether a ransom was paid, and asks it after Yes', () => {
    const unknown = answer(base(), 'breach.ransomware.paymentMade', true, true);
    expect(paths(unknown)).not.toContain('breach.ransomware.paymentMadeAt');
    expect(incidentForAssessment(unknown, practice)?.breach.ransomware.paymentMadeAt).toBeNull();
    const yes = answer(base(), 'breach.ransomware.paymentMade', true, false);
    expect(paths(yes)).toContain('breach.ransomware.paymentMadeAt');
  });

  it('leaves out what another organisation did after "I don\'t know" whether one is involved', () => {
    const a = answer(base(), 'breach.otherEntities.involved', true, true);
    expect(paths(a).filter((p) => p.startsWith('breach.otherEntities.'))).toEqual([
      'breach.otherEntities.involved',
    ]);
    const i = incidentForAssessment(a, practice)!;
    expect(i.breach.otherEntities.anotherEntityAssessing).toBe(false); // the cautious draft value
  });

  it('moves the time of awareness to a corrected date, with that day’s offset (DST ends 6 Apr 2025)', () => {
    let a = answer(base(), 'breach.awareOn', '2025-04-07', false);
    a = answer(a, 'breach.awareAt', '2025-04-07T09:00:00+10:00', false);
    a = alignAwareAt(answer(a, 'breach.awareOn', '2025-04-05', false), 'Australia/Sydney');
    expect(a.incident.breach.awareAt).toBe('2025-04-05T09:00:00+11:00');
  });

  it('words every answer with its label, and the plan’s facts as from the plan', () => {
    let a = answer(base(), 'information.kinds', ['government_identifier', 'health'], false);
    a = answer(a, 'recipient', 'hostile_known_person', false);
    a = answer(a, 'information.individualsAffected', 'unknown', true);
    const lines = answerList(a);
    const by = (q: string) => lines.find((l) => l.question === q);
    expect(by('Kinds of information involved')?.answer).toBe(
      'government identifiers (Medicare, IHI, licence, passport); health information',
    );
    expect(by('Who has, or could have, the information')?.answer).toMatch(/^A known person/);
    expect(by('How many people (approximately)')?.answer).toBe("I don't know");
    expect(lines.find((l) => l.fromPlan && /My Health Record/.test(l.question))?.answer).toBe('Yes');
    expect(lines.map((l) => `${l.question} ${l.answer}`).join('\n')).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
  });

  it('names the open facts a finding depends on in words, never by their paths', async () => {
    const { plainFacts } = await import('../src/wizard/result-words.ts');
    expect(plainFacts('Not settled yet: it depends on breach.personalInformationAccessed, recipient.')).toBe(
      'Not settled yet: it depends on whether personal information was accessed, who has the information.',
    );
    expect(plainFacts('The recipient is known.')).toBe('The recipient is known.');
  });

  it('keeps the email link under 1,800 characters whatever the practice is called', async () => {
    const incident = { ...draftIncident({ annualTurnover: 1_000_000 }, '2025-06-02') };
    const now = '2025-06-02T12:00:00+10:00';
    const record = await createRecord(incident, assess(incident, { now }), now);
    const long = { ...practice, name: `A & B <Clinic> ${'very long name '.repeat(60)}` };
    for (const p of [practice, long]) {
      const href = mailtoHref(record, p);
      expect(href.length).toBeLessThanOrEqual(1800);
      expect(() => decodeURIComponent(href)).not.toThrow();
    }
  });
});
