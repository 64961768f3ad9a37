import { findPlaceholders } from './placeholders.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWeekend } from './calendar-dates.ts';
import { drillOccurrences } from './drills.ts';
import { DEFAULT_TIME_ZONES, type ScaffoldAnswers, scaffoldPolicy, idFromName } from './scaffold.ts';
import { isSingleLineText } from './schema.ts';
import { TODAY } from './test-support.ts';
import { PRACTICE_TYPES, STATES } from './types.ts';
import { validatePolicy } from './validate-policy.ts';

const answers: ScaffoldAnswers = {
  name: 'Smith & Jones <Physio> *Clinic* {{x}}',
  practiceType: 'physiotherapy',
  state: 'WA',
  annualTurnover: 950000,
  myHealthRecordParticipant: false,
  privacyOfficer: { name: 'Ngaio Tāwhiri', email: 'ngaio@example.com.au', phone: '0491 570 156' },
  today: TODAY,
};

describe('scaffoldPolicy', () => {
  it('produces a policy that validates, with placeholders only in free-text fields', () => {
    const policy = scaffoldPolicy(answers);
    expect(validatePolicy(policy, 'new.json', undefined, { today: TODAY })).toEqual([]);
    expect(findPlaceholders(policy)).toEqual([
      '/organisation/legalName',
      '/organisation/address/street',
      '/organisation/address/suburb',
      '/drills/0/location',
      '/drills/1/location',
      '/drills/2/location',
      '/drills/3/location',
    ]);
    expect(policy.organisation.abn).toBeUndefined(); // never a made-up ABN
    expect(policy.organisation.timeZone).toBe('Australia/Perth');
    expect(policy.id).toBe('smith-jones-physio-clinic-x');
    expect(policy.people[0]?.id).toBe('ngaio-tawhiri');
    expect(new Set(Object.values(policy.roles))).toEqual(new Set(['ngaio-tawhiri']));
    expect(policy.plan).toEqual({ version: '0.1', nextReview: '2027-11-22' }); // a draft: not yet approved
  });

  it('uses the optional answers when given', () => {
    const policy = scaffoldPolicy({
      ...answers,
      abn: '51 824 753 556',
      phone: '08 5550 1000',
      email: 'reception@example.com.au',
      address: { street: '5 Hay Street', suburb: 'Perth', postcode: '6000' },
      legalName: 'Smith & Jones Physio Pty Ltd',
    });
    expect(validatePolicy(policy, 'new.json', undefined, { today: TODAY })).toEqual([]);
    expect(findPlaceholders(policy).filter((p) => p.startsWith('/organisation'))).toEqual([]);
  });

  it('validates for every practice type, state and a range of real-world names and dates', () => {
    const name = fc
      .string({
        unit: fc.constantFrom('a', 'Z', ' ', '&', '<', '王', 'ā', 'ễ', "'", '-', '😀', '{', '9'),
        minLength: 1,
        maxLength: 60,
      })
      .filter(isSingleLineText);
    const date = fc
      .date({
        min: new Date('2024-01-01T00:00:00Z'),
        max: new Date('2035-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        name,
        name,
        fc.constantFrom(...PRACTICE_TYPES),
        fc.constantFrom(...STATES),
        fc.oneof(fc.nat({ max: 50_000_000 }), fc.constant('unknown' as const)),
        fc.boolean(),
        date,
        (practice, person, practiceType, state, annualTurnover, mhr, today) => {
          const policy = scaffoldPolicy({
            ...answers,
            name: practice,
            practiceType,
            state,
            annualTurnover,
            myHealthRecordParticipant: mhr,
            privacyOfficer: { ...answers.privacyOfficer, name: person },
            today,
          });
          expect(validatePolicy(policy, 'p.json', undefined, { today })).toEqual([]);
          expect(policy.organisation.timeZone).toBe(DEFAULT_TIME_ZONES[state]);
          for (const drill of policy.drills) expect(drill.firstDate > today).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('anchors every starter drill to a Tuesday of its month, so none lands on a weekend', () => {
    for (const today of ['2026-11-22', '2027-01-29', '2028-02-29']) {
      const policy = scaffoldPolicy({ ...answers, today });
      for (const d of policy.drills) {
        expect(d.repeatOn?.day, d.id).toBe('tuesday');
        expect(drillOccurrences(d, d.firstDate, 12).filter(isWeekend), d.id).toEqual([]);
      }
    }
  });

  it('handles 29 February', () => {
    expect(scaffoldPolicy({ ...answers, today: '2028-02-29' }).plan.nextReview).toBe('2029-02-28');
  });
});

describe('idFromName', () => {
  it.each([
    ['Harbourside Family Medical', 'harbourside-family-medical'],
    ['Ngaio Tāwhiri', 'ngaio-tawhiri'],
    ['Nguyễn Thị Ánh', 'nguyen-thi-anh'],
    ['王小明', ''],
    ['王小明 (Wang Xiaoming)', 'wang-xiaoming'],
    ["Dr Sarah O'Connell", 'dr-sarah-o-connell'],
    ['  --  ', ''],
  ])('%s → %s', (text, slug) => {
    expect(idFromName(text)).toBe(slug);
  });

  it('is always a valid id or empty', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const slug = idFromName(s);
        expect(slug === '' || (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) && slug.length <= 64)).toBe(true);
      }),
    );
  });
});
