// "Because you answered I don't know": the wizard names every cautious answer that an
// "I don't know" stood for, in the option's own words, and none where it stands for "unknown".
import { draftIncident, setPath } from '@ndb-kit/engine';
import { describe, expect, it } from 'vitest';
import { type Answers, answer, cautiousAssumptions } from '../src/wizard/state.ts';

const base = (): Answers => ({
  incident: setPath(
    setPath(draftIncident({ myHealthRecordParticipant: true }), 'breach.cause', 'cyber_attack'),
    'breach.awareOn',
    '2025-06-02',
  ),
  answered: ['breach.awareOn'],
  withOrganisation: false,
  index: 0,
  done: false,
});

describe('cautious assumptions', () => {
  it('names the ransom payment, the other organisation and My Health Record when answered "I don\'t know"', () => {
    let a = base();
    a = answer(a, 'breach.ransomware.paymentMade', true, true);
    a = answer(a, 'breach.otherEntities.involved', true, true);
    a = answer(a, 'breach.myHealthRecord', 'possibly_involved', true);
    const said = cautiousAssumptions(a);
    expect(said.map((x) => x.question)).toEqual(
      expect.arrayContaining([
        'Was a ransom or extortion payment made (by you or on your behalf)?',
        'Does another organisation (a vendor, another practice) hold the same information?',
        'My Health Record',
      ]),
    );
    expect(said.find((x) => x.question.startsWith('Was a ransom'))?.assumed).toBe('Yes');
    expect(said.find((x) => x.question === 'My Health Record')?.assumed).toMatch(/^Possibly/);
  });

  it('says nothing where "I don\'t know" is kept as unknown, or was not chosen', () => {
    let a = base();
    a = answer(a, 'protection', 'unknown', true);
    a = answer(a, 'breach.ransomware.paymentMade', false, false);
    expect(cautiousAssumptions(a)).toEqual([]);
  });
});
