import { formatIssue, type Issue, parseJson } from '@ndb-kit/validation';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from './load-policy.ts';
import { example, exampleFiles, TODAY } from './test-support.ts';
import type { PracticePolicy } from './types.ts';
import { validatePolicy, wasValidated } from './validate-policy.ts';

type Loose = Record<string, any>;

function check(mutate: (p: Loose) => void, today = TODAY): Issue[] {
  const policy = example() as unknown as Loose;
  mutate(policy);
  return validatePolicy(policy, 'p.json', undefined, { today });
}

function only(mutate: (p: Loose) => void): Issue {
  const issues = check(mutate);
  expect(issues.map(formatIssue)).toHaveLength(1);
  return issues[0] as Issue;
}

describe('the example policies', () => {
  it('there are three, and every one is valid on 2026-11-22', async () => {
    const files = exampleFiles();
    expect(files).toHaveLength(3);
    for (const file of files) {
      const result = await loadPolicy(file, { today: TODAY });
      expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
    }
  });

  it('exercise the PDF fonts: macrons, Vietnamese diacritics and Chinese characters', () => {
    const names = ['harbourside-family-medical', 'mindful-psychology', 'bright-smile-dental']
      .flatMap((n) => JSON.stringify(example(n)))
      .join('');
    expect(names).toMatch(/ā/);
    expect(names).toMatch(/[ễịÁáạăâđêôơư]/);
    expect(names).toMatch(/\p{Script=Han}/u);
  });

  it('keep the entity facts the engine scenario S01 assumes for Harbourside', () => {
    const h = example();
    expect(h.organisation.entity).toMatchObject({
      type: 'health_service_provider',
      annualTurnover: 1800000,
      jurisdiction: 'NSW',
      myHealthRecordParticipant: true,
    });
    expect(h.drills).toHaveLength(6);
    const m = example('mindful-psychology');
    expect(new Set(Object.values(m.roles))).toEqual(new Set([m.people[0]?.id]));
    expect(m.organisation.entity.myHealthRecordParticipant).toBe(false);
    expect(example('bright-smile-dental').organisation.entity.annualTurnover).toBeGreaterThan(3_000_000);
  });
});

describe('text fields', () => {
  it('accepts markup-like and unicode names: the build escapes them', () => {
    expect(
      check((p) => {
        p.organisation.tradingName = 'Smith & Jones <Physio> *Clinic* {{x}}';
        p.organisation.legalName = 'O\'Brien & Ngata — "Physio" Pty Ltd </script>';
        p.people[0].name = 'Nguyễn Thị Ánh 王小明 Ngaio Tāwhiri 🦷';
      }),
    ).toEqual([]);
  });

  it.each([
    ['LF', 'Harbourside\nFamily'],
    ['CR', 'Harbourside\rFamily'],
    ['NUL', 'Harbourside\u0000'],
    ['tab', 'Harbourside\tFamily'],
    ['ESC', '\u001b[31mHarbourside'],
    ['DEL', 'Harbourside\u007f'],
    ['bidi override', 'Harbourside \u202Eevil'],
    ['line separator', 'Harbourside\u2028Family'],
    ['blank', '   '],
    ['empty', ''],
  ])('rejects a single-line name containing %s with a clear message', (_, name) => {
    const issue = only((p) => {
      p.organisation.tradingName = name;
    });
    expect(issue).toMatchObject({
      pointer: '/organisation/tradingName',
      message: 'must be one line of visible text (no line breaks, tabs or other control characters)',
    });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking that control characters never reach the terminal
    expect(formatIssue(issue)).not.toMatch(/[\u0000-\u001F\u007F\u202E\u2028]/);
  });

  it('allows line breaks (but not other controls) in notes', () => {
    expect(check((p) => (p.systems[0].encryption.notes = 'Line one\nLine two\twith a tab'))).toEqual([]);
    expect(only((p) => (p.systems[0].encryption.notes = 'bell\u0007')).pointer).toBe(
      '/systems/0/encryption/notes',
    );
  });
});

describe('schema errors, one kind at a time', () => {
  it('wrong type', () => {
    expect(only((p) => (p.organisation.entity.myHealthRecordParticipant = 'yes'))).toMatchObject({
      pointer: '/organisation/entity/myHealthRecordParticipant',
      expected: 'true or false',
      found: '"yes"',
    });
  });
  it('missing field', () => {
    expect(only((p) => delete p.roles.privacyOfficer)).toMatchObject({
      pointer: '/roles/privacyOfficer',
      message: 'is required',
      expected: 'Privacy officer',
    });
  });
  it('unknown enum value', () => {
    expect(only((p) => (p.organisation.practiceType = 'gp'))).toMatchObject({
      pointer: '/organisation/practiceType',
      message: 'is not one of the allowed values',
    });
    expect(only((p) => (p.drills[0].frequency = 'fortnightly')).expected).toBe(
      'one of: monthly, quarterly, six_monthly, annually',
    );
  });
  it('extra property, with a suggestion', () => {
    expect(only((p) => (p.organisation.tradeName = 'x'))).toMatchObject({
      pointer: '/organisation/tradeName',
      message: 'is not allowed here (did you mean "tradingName"?)',
    });
  });
  it('impossible dates', () => {
    expect(only((p) => (p.plan.approvedOn = '2026-02-30'))).toMatchObject({
      pointer: '/plan/approvedOn',
      message: 'is not a real calendar date',
    });
    expect(only((p) => (p.drills[1].firstDate = '2026-02-29')).pointer).toBe('/drills/1/firstDate');
  });
  it('drill start times and durations', () => {
    expect(only((p) => (p.drills[0].startTime = '24:00'))).toMatchObject({
      message: 'is not a 24-hour time',
      expected: 'HH:MM, e.g. 12:30',
    });
    expect(only((p) => (p.drills[0].startTime = '9:30')).pointer).toBe('/drills/0/startTime');
    expect(only((p) => (p.drills[0].durationMinutes = 0)).expected).toBe('a whole number ≥ 5');
  });
  it('turnover: a number or "unknown", in one issue', () => {
    expect(check((p) => (p.organisation.entity.annualTurnover = 'unknown'))).toEqual([]);
    expect(only((p) => (p.organisation.entity.annualTurnover = '1.8m'))).toMatchObject({
      pointer: '/organisation/entity/annualTurnover',
      message: 'must be an amount in dollars or "unknown"',
    });
  });
  it('approval needs both who and when', () => {
    const draft = (p: Loose) => {
      delete p.plan.approvedBy;
      delete p.plan.approvedOn;
      delete p.plan.approvedAgainst;
    };
    expect(check(draft)).toEqual([]);
    // What an approval covered means nothing without the approval.
    expect(
      only((p) => {
        delete p.plan.approvedBy;
        delete p.plan.approvedOn;
      }),
    ).toMatchObject({ pointer: '/plan/approvedBy', message: 'is required when approvedAgainst is given' });
    expect(only((p) => delete p.plan.approvedOn)).toMatchObject({
      pointer: '/plan/approvedOn',
      message: 'is required when approvedBy is given',
    });
  });
});

describe('checks beyond the schema', () => {
  it('ABN checksum', () => {
    expect(only((p) => (p.organisation.abn = '51 824 753 557'))).toMatchObject({
      pointer: '/organisation/abn',
      message: 'is not a valid ABN: the ATO checksum fails, so a digit is probably mistyped',
      found: '"51 824 753 557"',
    });
    expect(only((p) => (p.organisation.abn = '51 824 753')).message).toBe('is not an ABN (11 digits)');
    expect(check((p) => delete p.organisation.abn)).toEqual([]);
  });

  it('Australian phone numbers, wherever they appear', () => {
    const issues = check((p) => {
      p.people[0].phone = '12';
      p.contacts.insurer.claimsPhone = '+64 9 555 0000';
      p.contacts.pathology[1].phone = '02 5550 781';
    });
    expect(issues.map((i) => i.pointer)).toEqual([
      '/people/0/phone',
      '/contacts/insurer/claimsPhone',
      '/contacts/pathology/1/phone',
    ]);
    expect(formatIssue(issues[0] as Issue)).toBe(
      'p.json /people/0/phone: not an Australian phone number (expected e.g. 02 9876 5432 or 0412 345 678, found "12")',
    );
    // Letters fail the schema's pattern; the semantic check then stays quiet (one issue per place).
    expect(only((p) => (p.people[0].phone = 'call reception')).message).toBe('is not a phone number');
  });

  it('time zone must be real', () => {
    expect(only((p) => (p.organisation.timeZone = 'Australia/Sydny'))).toMatchObject({
      pointer: '/organisation/timeZone',
      message: 'is not a known IANA time zone (did you mean "Australia/Sydney"?)',
    });
    expect(only((p) => (p.organisation.timeZone = '+10:00')).message).toBe('is not an IANA time zone name');
    expect(check((p) => (p.organisation.timeZone = 'Australia/Lord_Howe'))).toEqual([]);
  });

  it('postcode must belong to the state', () => {
    expect(only((p) => (p.organisation.address.postcode = '3000'))).toMatchObject({
      pointer: '/organisation/address/postcode',
      message: 'is not a NSW postcode',
    });
  });

  it('duplicate ids across people, vendors, systems and drills', () => {
    const issues = check((p) => {
      p.people[1].id = 'anna-lee';
      p.systems[0].id = 'meddesk';
      p.drills[2].id = 'ndb-walkthrough';
    });
    const dupes = issues.filter((i) => i.message.startsWith('duplicate id'));
    expect(dupes.map((i) => [i.pointer, i.message])).toEqual([
      ['/people/1/id', 'duplicate id: already used at /people/0/id'],
      ['/systems/0/id', 'duplicate id: already used at /contacts/vendors/0/id'],
      ['/drills/2/id', 'duplicate id: already used at /drills/1/id'],
    ]);
  });

  it('person ids may not be role names or "msp"', () => {
    const issues = check((p) => {
      p.people[2].id = 'deputy';
      p.roles.deputy = 'deputy';
      p.people[3].id = 'msp';
    });
    const reserved = issues.filter((i) => i.message.includes('reserved'));
    expect(reserved.map((i) => i.pointer)).toEqual(['/people/2/id', '/people/3/id']);
  });

  it('dangling references: roles, approver, administrators, vendors, attendees', () => {
    const issues = check((p) => {
      p.roles.itContact = 'bob';
      p.plan.approvedBy = 'former-principal';
      p.systems[2].administeredBy = 'nobody';
      p.systems[0].vendor = 'best-practice';
      p.drills[0].attendees.push('receptionist');
    });
    expect(issues.map((i) => [i.pointer, i.message])).toEqual([
      ['/roles/itContact', 'refers to person "bob", which does not exist'],
      ['/systems/0/vendor', 'refers to vendor "best-practice", which does not exist'],
      ['/systems/2/administeredBy', 'refers to person "nobody", which does not exist'],
      ['/drills/0/attendees/5', 'refers to role or person "receptionist", which does not exist'],
      ['/plan/approvedBy', 'refers to person "former-principal", which does not exist'],
    ]);
    expect(issues[0]?.expected).toBe(
      'one of: anna-lee, ngaio-tawhiri, david-okafor, nguyen-thi-anh, wang-xiaoming',
    );
  });

  it('"msp" needs a managed service provider', () => {
    const issues = check((p) => delete p.contacts.managedServiceProvider);
    expect(issues.map((i) => i.pointer)).toEqual([
      '/systems/0/administeredBy',
      '/systems/1/administeredBy',
      '/systems/3/administeredBy',
      '/systems/4/administeredBy',
    ]);
    expect(issues[0]?.message).toBe('says "msp" but contacts.managedServiceProvider is not filled in');
  });

  it('a vendor needs a way to reach it', () => {
    expect(only((p) => delete p.contacts.pathology[1].phone)).toMatchObject({
      pointer: '/contacts/pathology/1',
      message: 'needs a way to reach the vendor',
    });
  });

  it('a review date that has passed is not an error (it is a warning: warnings.test.ts)', () => {
    expect(check(() => {}, '2027-01-16')).toEqual([]);
    expect(check(() => {}, '2028-06-01')).toEqual([]);
  });

  it('approval and restore-test dates cannot be in the future', () => {
    expect(only((p) => (p.plan.approvedOn = '2026-11-23'))).toMatchObject({
      pointer: '/plan/approvedOn',
      message: 'is in the future',
    });
    expect(only((p) => (p.systems[0].backups.lastRestoreTest = '2026-12-01')).pointer).toBe(
      '/systems/0/backups/lastRestoreTest',
    );
    expect(
      only((p) => {
        p.plan.approvedOn = '2026-11-22';
        p.plan.nextReview = '2026-11-22';
      }).message,
    ).toBe('must be after the approval date');
  });
});

describe('reporting', () => {
  it('reports schema and semantic problems together, in file order, with positions', () => {
    const policy = example() as unknown as Loose;
    policy.organisation.abn = '51 824 753 557';
    policy.people[0].phone = '12';
    policy.roles.deputy = 'ghost';
    policy.drills[0].kind = 'fire_drill';
    policy.plan.nextReview = '2026-01-10'; // before the approval
    const text = JSON.stringify(policy, null, 2);
    const parsed = parseJson(text, 'p.json');
    if (!parsed.ok) throw new Error('should parse');
    const issues = validatePolicy(parsed.json.value, 'p.json', parsed.json, { today: TODAY });
    expect(issues.map((i) => i.pointer)).toEqual([
      '/organisation/abn',
      '/people/0/phone',
      '/roles/deputy',
      '/drills/0/kind',
      '/plan/nextReview',
    ]);
    const lines = text.split('\n');
    for (const issue of issues) {
      const key = issue.pointer.split('/').pop() ?? '';
      expect(lines[(issue.line ?? 0) - 1]?.slice((issue.column ?? 0) - 1)).toMatch(new RegExp(`^"${key}"`));
    }
  });

  it('never throws on garbage', () => {
    for (const value of [null, 1, 'x', [], {}, { people: 'x', roles: [], drills: [null, 1], systems: {} }]) {
      expect(() => validatePolicy(value, 'p.json', undefined, { today: TODAY })).not.toThrow();
      expect(validatePolicy(value, 'p.json', undefined, { today: TODAY }).length).toBeGreaterThan(0);
    }
  });

  it('insists on a real "today"', () => {
    expect(() => validatePolicy({}, 'p.json', undefined, { today: '22/11/2026' })).toThrow(/today/);
  });

  it('a typed policy value is accepted as-is', () => {
    const typed: PracticePolicy = example('mindful-psychology');
    expect(validatePolicy(typed, 'p.json', undefined, { today: TODAY })).toEqual([]);
  });
});

describe('hostile text, email addresses and web addresses (issue #13)', () => {
  it.each(['\u200B\u200B\u200B', '\u2060\uFEFF', ' \u3164 ', '\u00AD'])(
    'a name made only of invisible characters (%j) is refused',
    (name) => {
      const issue = only((p) => {
        p.organisation.tradingName = name;
      });
      expect(issue).toMatchObject({
        pointer: '/organisation/tradingName',
        message: expect.stringMatching(/no visible characters/),
      });
    },
  );

  it('visible text with a zero-width joiner inside is fine', () => {
    expect(check((p) => void Object.assign(p.organisation, { tradingName: 'Harbour\u200Bside' }))).toEqual(
      [],
    );
  });

  it.each([
    'x?bcc=spy%40evil.example@clinic.example.com',
    'privacy @clinic.example.com',
    'privacy@clinic',
    'privacy@clinic.example.com\r\nBcc: spy@evil.example',
    'a#b@clinic.example.com',
    'privacy@-clinic.example.com',
  ])('the email %j is refused', (email) => {
    const issues = check((p) => {
      p.organisation.email = email;
    });
    expect(issues.map((i) => i.pointer)).toEqual(['/organisation/email']);
  });

  it.each(["o'brien+privacy@clinic.example.com.au", 'privacy@xn--bcher-kva.example'])(
    'the email %j is accepted',
    (email) => {
      expect(check((p) => void Object.assign(p.organisation, { email }))).toEqual([]);
    },
  );

  it.each([
    'https://',
    'https://localhost',
    'https://user:pw@clinic.example.com',
    'https://clinic..example.com',
  ])('the website %j is refused', (website) => {
    const issues = check((p) => {
      p.organisation.website = website;
    });
    expect(issues.map((i) => i.pointer)).toEqual(['/organisation/website']);
  });

  it("a vendor's support page is a web address too (it was not checked before the definition)", () => {
    const issues = check((p) => {
      p.contacts.vendors[0].supportUrl = 'https://localhost';
    });
    expect(issues.map((i) => [i.pointer, i.message])).toEqual([
      [
        '/contacts/vendors/0/supportUrl',
        'is not a full web address with a host name (and no user name or password)',
      ],
    ]);
  });

  it('a real website is accepted', () => {
    expect(
      check(
        (p) => void Object.assign(p.organisation, { website: 'https://www.clinic.example.com.au/privacy' }),
      ),
    ).toEqual([]);
  });
});

describe('wasValidated (the generator skips a second validation of the same object)', () => {
  it('is true only for the very object found valid, on the day it was judged', () => {
    const policy = example();
    expect(wasValidated(policy, TODAY)).toBe(false);
    expect(validatePolicy(policy, 'p.json', undefined, { today: TODAY })).toEqual([]);
    expect(wasValidated(policy, TODAY)).toBe(true);
    expect(wasValidated(policy, '2099-01-01')).toBe(false);
    expect(wasValidated(structuredClone(policy), TODAY)).toBe(false);
    const bad = example() as unknown as { organisation: { abn: string } };
    bad.organisation.abn = '1';
    expect(validatePolicy(bad, 'p.json', undefined, { today: TODAY }).length).toBeGreaterThan(0);
    expect(wasValidated(bad, TODAY)).toBe(false);
  });
});
