// The field checks find their fields in the definition, so a field added there is checked as it
// is added. These tests fill in every field the definition has (full-policy.ts walks the
// definition, not the policy) and make each kind of field wrong: the checks must object at exactly
// the places the definition gives that kind, through validatePolicy, with the usual wording.
import { describe, expect, it } from 'vitest';
import { checkPhones } from '../checks/phone.ts';
import { example, exampleFiles, TODAY } from '../test-support.ts';
import { validatePolicy } from '../validate-policy.ts';
import { checkOf, named, object, optional, ref, type Schema, string } from './builder.ts';
import { fieldsOf } from './fields.ts';
import { fullPolicy } from './full-policy.ts';
import { readFileSync } from 'node:fs';

/** Fills the fields `wanted` selects with `value`, recording their pointers. */
function spoil(wanted: (s: Schema) => boolean, value: unknown) {
  const at: string[] = [];
  const policy = fullPolicy((schema, pointer) => {
    if (!wanted(schema)) return undefined;
    at.push(pointer);
    return value;
  });
  const issues = validatePolicy(policy, 'p.json', undefined, { today: TODAY });
  return { at: at.sort(), issues };
}

const PHONES_BEFORE = [
  // The hand-kept list checks/phone.ts had before the definition (lists with one entry).
  '/contacts/insurer/claimsPhone',
  '/contacts/lawyer/phone',
  '/contacts/localPolice/phone',
  '/contacts/managedServiceProvider/afterHoursPhone',
  '/contacts/managedServiceProvider/phone',
  '/contacts/pathology/0/breachNotice/phone',
  '/contacts/pathology/0/phone',
  '/contacts/vendors/0/breachNotice/phone',
  '/contacts/vendors/0/phone',
  '/organisation/phone',
  '/people/0/afterHoursPhone',
  '/people/0/phone',
];

describe('every field of a kind in the definition is checked', () => {
  it('phones: a number off the number plan is refused at every phone field, and only there', () => {
    const { at, issues } = spoil((s) => s.$ref === '#/$defs/phone', '02 0000 0000');
    expect(at).toEqual(expect.arrayContaining(PHONES_BEFORE));
    const refused = issues.filter((i) => i.message === 'not an Australian phone number');
    expect(refused.map((i) => i.pointer).sort()).toEqual(at);
    expect(refused[0]).toMatchObject({ file: 'p.json', expected: 'e.g. 02 9876 5432 or 0412 345 678' });
  });

  it('emails and web addresses: every field of the kind', () => {
    const mail = spoil((s) => s.$ref === '#/$defs/email', 'x?bcc=spy%40evil.example@example.com');
    expect(mail.at.length).toBeGreaterThanOrEqual(7);
    expect(
      mail.issues
        .filter((i) => i.message.startsWith('is not an email address ndb can use'))
        .map((i) => i.pointer)
        .sort(),
    ).toEqual(mail.at);
    const web = spoil((s) => s.$ref === '#/$defs/webAddress', 'https://user:pw@www.example.com.au');
    expect(web.at).toEqual([
      '/contacts/pathology/0/supportUrl',
      '/contacts/vendors/0/supportUrl',
      '/organisation/website',
    ]);
    expect(
      web.issues
        .filter((i) => i.message.startsWith('is not a full web address'))
        .map((i) => i.pointer)
        .sort(),
    ).toEqual(web.at);
  });

  it('dates that cannot be in the future: each one the definition marks, and no other date', () => {
    const { at, issues } = spoil((s) => s.$ref === '#/$defs/date', '2099-01-01');
    const future = issues.filter((i) => i.message.startsWith('is in the future'));
    const marked = at.filter((p) => !p.endsWith('/nextReview') && !p.endsWith('/firstDate'));
    expect(marked).toEqual([
      '/drills/0/held/0/date',
      '/plan/approvedOn',
      '/plan/revisions/0/date',
      '/systems/0/backups/lastRestoreTest',
    ]);
    expect(future.map((i) => i.pointer).sort()).toEqual(marked);
    expect(future.every((i) => i.expected === `a date on or before ${TODAY}`)).toBe(true);
    expect(future.find((i) => i.pointer === '/drills/0/held/0/date')?.message).toBe(
      'is in the future: record a drill once it has been held',
    );
  });

  it('references: every field the definition says refers to something, with what it refers to', () => {
    const { at, issues } = spoil((s) => checkOf(s)?.refersTo !== undefined, 'nobody');
    expect(at).toHaveLength(11); // six roles, approvedBy, a distribution person, a system vendor and admin, an attendee
    const dangling = issues.filter((i) => /^refers to .* "nobody", which does not exist$/.test(i.message));
    expect(dangling.map((i) => i.pointer).sort()).toEqual(at);
    const message = (p: string) => dangling.find((i) => i.pointer === p)?.message;
    expect(message('/roles/deputy')).toBe('refers to person "nobody", which does not exist');
    expect(message('/systems/0/vendor')).toBe('refers to vendor "nobody", which does not exist');
    expect(message('/drills/0/attendees/0')).toBe('refers to role or person "nobody", which does not exist');
    expect(dangling.find((i) => i.pointer === '/systems/0/administeredBy')?.expected).toBe(
      'one of: anna-lee, msp',
    );
  });

  it('a phone field added to a definition is checked with no other change (a fixture definition)', () => {
    const phone = named('phone', string({ pattern: '^\\+?[0-9][0-9 ()-]*$' }));
    const root: Schema = {
      ...object(
        {},
        { main: ref(phone), extra: optional(object({}, { pager: ref(phone, { title: 'Pager' }) })) },
      ),
      $defs: { phone },
    };
    const findings = checkPhones(fieldsOf({ main: '0412 345 678', extra: { pager: '02 0000 0000' } }, root));
    expect(findings.map((f) => f.pointer)).toEqual(['/extra/pager']);
  });
});

describe('fieldsOf', () => {
  it('reaches every value of every example policy (so no check skips part of a file)', () => {
    for (const file of exampleFiles()) {
      const policy = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      const all: string[] = [];
      const visit = (v: unknown, p: string): void => {
        all.push(p);
        if (v !== null && typeof v === 'object')
          for (const [k, c] of Object.entries(v))
            visit(c, `${p}/${k.replaceAll('~', '~0').replaceAll('/', '~1')}`);
      };
      visit(policy, '');
      expect(
        fieldsOf(policy)
          .map((f) => f.pointer)
          .sort(),
      ).toEqual(all.sort());
    }
  });

  it('skips what the definition does not describe, and values of the wrong shape', () => {
    const policy = { ...example(), stray: { phone: '1' }, people: 'nobody' } as unknown;
    const pointers = fieldsOf(policy).map((f) => f.pointer);
    expect(pointers).toContain('/people');
    expect(pointers.filter((p) => p.startsWith('/stray') || p.startsWith('/people/'))).toEqual([]);
  });
});
