// Keeps types.ts and the JSON Schema from drifting apart, in both directions:
// - at compile time (`pnpm typecheck`), each key list below must equal the TypeScript type's
//   required/optional keys and each value list the TypeScript union;
// - at run time (`pnpm test`), the same lists must equal the schema's `required`, `properties`
//   and `enum`s, and every object in the schema must be listed here.
// So adding, renaming or making optional a field in only one of the two fails one of the checks.
import { CARVE_INS, ENTITY_TYPES, type Entity, INFORMATION_KINDS, JURISDICTIONS } from '@ndb-kit/engine';
import { describe, expect, it } from 'vitest';
import { practicePolicySchema } from './schema.ts';
import { TODAY } from './test-support.ts';
import type * as T from './types.ts';
import { DISTRIBUTION_COPIES } from './types.ts';
import { validatePolicy } from './validate-policy.ts';

type RequiredKeys<O> = { [K in keyof O]-?: object extends Pick<O, K> ? never : K }[keyof O] & string;
type OptionalKeys<O> = Exclude<keyof O & string, RequiredKeys<O>>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Mismatch<Want> = { error: 'this list does not match the TypeScript type'; want: Want };

/** Key lists that must equal the type's required and optional keys (checked by tsc). */
function keys<O>() {
  return <const R extends readonly string[], const P extends readonly string[]>(
    required: R & (Same<R[number], RequiredKeys<O>> extends true ? unknown : Mismatch<RequiredKeys<O>>),
    optional: P & (Same<P[number], OptionalKeys<O>> extends true ? unknown : Mismatch<OptionalKeys<O>>),
  ) => ({ required: [...required].sort(), optional: [...optional].sort() });
}

/** A value list that must equal a union type (checked by tsc). */
function values<U>() {
  return <const V extends readonly string[]>(
    list: V & (Same<V[number], U> extends true ? unknown : Mismatch<U>),
  ) => [...list].sort();
}

/** Every object schema in practice-policy.schema.json, by its location in the schema. */
const OBJECTS: Record<string, { required: string[]; optional: string[] }> = {
  '#': keys<T.PracticePolicy>()(
    ['schemaVersion', 'id', 'organisation', 'people', 'roles', 'contacts', 'systems', 'drills', 'plan'],
    ['$schema'],
  ),
  '#/$defs/organisation': keys<T.Organisation>()(
    ['legalName', 'tradingName', 'practiceType', 'address', 'phone', 'email', 'timeZone', 'entity'],
    ['abn', 'website', 'hpio'],
  ),
  '#/$defs/address': keys<T.Address>()(['street', 'suburb', 'state'], ['postcode']),
  '#/$defs/entity': keys<T.EntityFacts>()(
    [
      'type',
      'annualTurnover',
      'carveIns',
      'jurisdiction',
      'myHealthRecordParticipant',
      'criticalInfrastructure',
      'apraRegulated',
      'gdprApplies',
    ],
    [],
  ),
  '#/$defs/person': keys<T.Person>()(['id', 'name', 'position', 'phone'], ['afterHoursPhone', 'email']),
  '#/$defs/roles': keys<T.Roles>()(
    ['responseLead', 'deputy', 'privacyOfficer', 'decisionMaker', 'itContact', 'communicationsLead'],
    [],
  ),
  '#/$defs/contacts': keys<T.Contacts>()(
    ['vendors'],
    ['insurer', 'lawyer', 'managedServiceProvider', 'pathology', 'localPolice'],
  ),
  '#/$defs/contacts/properties/insurer': keys<T.Insurer>()(
    ['name', 'claimsPhone'],
    ['policyNumber', 'email'],
  ),
  '#/$defs/contacts/properties/lawyer': keys<T.Lawyer>()(['name', 'phone'], ['firm', 'email']),
  '#/$defs/contacts/properties/managedServiceProvider': keys<T.ManagedServiceProvider>()(
    ['name', 'phone'],
    ['afterHoursPhone', 'email', 'contractReference'],
  ),
  '#/$defs/contacts/properties/localPolice': keys<T.LocalPolice>()(['station', 'phone'], []),
  '#/$defs/vendor': keys<T.Vendor>()(
    ['id', 'name', 'service'],
    ['phone', 'email', 'supportUrl', 'breachNotice'],
  ),
  '#/$defs/vendor/properties/breachNotice': keys<T.VendorBreachNotice>()(
    ['hours'],
    ['clause', 'email', 'phone'],
  ),
  '#/$defs/system': keys<T.PracticeSystem>()(
    ['id', 'name', 'purpose', 'personalInformation', 'hosting', 'administeredBy', 'encryption', 'mfa'],
    ['vendor', 'backups', 'portable'],
  ),
  '#/$defs/system/properties/backups': keys<T.Backups>()(
    ['method', 'frequency', 'offsite'],
    ['lastRestoreTest'],
  ),
  '#/$defs/system/properties/encryption': keys<T.Encryption>()(['atRest', 'inTransit'], ['method', 'notes']),
  '#/$defs/drill': keys<T.Drill>()(
    [
      'id',
      'kind',
      'title',
      'frequency',
      'firstDate',
      'startTime',
      'durationMinutes',
      'attendees',
      'location',
    ],
    ['occurrences', 'repeatOn', 'held'],
  ),
  '#/$defs/drill/properties/repeatOn': keys<T.DrillRepeatOn>()(['week', 'day'], []),
  '#/$defs/drill/properties/held/items': keys<T.DrillHeld>()(['date'], ['attendees', 'notes', 'changes']),
  '#/$defs/plan': keys<T.Plan>()(
    ['version', 'nextReview'],
    ['approvedBy', 'approvedOn', 'approvedAgainst', 'draft', 'revisions', 'distribution'],
  ),
  '#/$defs/plan/properties/approvedAgainst': keys<T.ApprovedAgainst>()(['policyHash', 'rulesVersion'], []),
  '#/$defs/plan/properties/revisions/items': keys<T.PlanRevision>()(['version', 'date', 'summary'], ['by']),
  '#/$defs/plan/properties/distribution/items': keys<T.DistributionEntry>()(
    ['copy'],
    ['person', 'name', 'organisation'],
  ),
};

/** Every enum in the schema, by location, with the TypeScript union it must equal. */
const ENUMS: Record<string, string[]> = {
  '#/$defs/organisation/properties/practiceType': values<T.PracticeType>()([
    'general_practice',
    'psychology',
    'dental',
    'physiotherapy',
    'allied_health',
    'ndis_provider',
    'specialist',
    'other',
  ]),
  '#/$defs/address/properties/state': values<T.State>()([
    'ACT',
    'NSW',
    'NT',
    'QLD',
    'SA',
    'TAS',
    'VIC',
    'WA',
  ]),
  '#/$defs/entity/properties/type': values<T.EntityType>()([...ENTITY_TYPES]),
  '#/$defs/entity/properties/carveIns/items': values<T.CarveIn>()([...CARVE_INS]),
  '#/$defs/entity/properties/jurisdiction': values<T.State>()([...JURISDICTIONS]),
  '#/$defs/system/properties/personalInformation/items': values<T.InformationKind>()([...INFORMATION_KINDS]),
  '#/$defs/system/properties/hosting': values<T.PracticeSystem['hosting']>()([
    'on_premises',
    'cloud',
    'hybrid',
  ]),
  '#/$defs/system/properties/encryption/properties/method': values<T.EncryptionMethod>()([
    'bitlocker_with_pin',
    'bitlocker_without_pin',
    'filevault',
    'mobile_device',
    'database',
    'provider_managed',
    'other',
  ]),
  '#/$defs/system/properties/backups/properties/frequency': values<T.Backups['frequency']>()([
    'continuous',
    'hourly',
    'daily',
    'weekly',
    'monthly',
  ]),
  '#/$defs/drill/properties/kind': values<T.DrillKind>()([
    'tabletop',
    'ndb_walkthrough',
    'backup_restore_test',
    'phishing_exercise',
    'plan_review',
    'training',
  ]),
  '#/$defs/drill/properties/repeatOn/properties/week': values<T.WeekOrdinal>()([
    'first',
    'second',
    'third',
    'fourth',
    'last',
  ]),
  '#/$defs/drill/properties/repeatOn/properties/day': values<T.Weekday>()([
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
  ]),
  '#/$defs/plan/properties/distribution/items/properties/copy': values<T.DistributionCopy>()([
    ...DISTRIBUTION_COPIES,
  ]),
  '#/$defs/drill/properties/frequency': values<T.DrillFrequency>()([
    'monthly',
    'quarterly',
    'six_monthly',
    'annually',
  ]),
};

// The entity block is the engine's contract (incident.entity without its optional name).
const entityMatchesEngine: Same<T.EntityFacts, Omit<Entity, 'name'>> = true;

type SchemaNode = { [key: string]: unknown };

function walk(node: unknown, path: string, visit: (node: SchemaNode, path: string) => void): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    node.forEach((child, i) => {
      walk(child, `${path}/${i}`, visit);
    });
    return;
  }
  visit(node as SchemaNode, path);
  for (const [key, child] of Object.entries(node)) walk(child, `${path}/${key}`, visit);
}

describe('PracticePolicy type and the JSON Schema', () => {
  const objects = new Map<string, SchemaNode>();
  const enums = new Map<string, unknown[]>();
  walk(practicePolicySchema, '#', (node, path) => {
    if (node.properties) objects.set(path, node);
    if (Array.isArray(node.enum)) enums.set(path, node.enum);
  });

  it('every object in the schema has a key list here (and no stale ones)', () => {
    expect([...objects.keys()].sort()).toEqual(Object.keys(OBJECTS).sort());
  });

  it.each(Object.entries(OBJECTS))('%s: required and optional keys match the type', (path, shape) => {
    const node = objects.get(path) ?? {};
    const required = [...((node.required as string[] | undefined) ?? [])].sort();
    const all = Object.keys((node.properties as object | undefined) ?? {});
    expect(required).toEqual(shape.required);
    expect(all.filter((k) => !required.includes(k)).sort()).toEqual(shape.optional);
    expect(node.additionalProperties).toBe(false); // a typo is an error, not silently ignored
  });

  it('every enum in the schema matches its TypeScript union (and the engine’s vocabulary)', () => {
    expect([...enums.keys()].sort()).toEqual(Object.keys(ENUMS).sort());
    for (const [path, list] of Object.entries(ENUMS))
      expect([...(enums.get(path) ?? [])].sort()).toEqual(list);
    expect(entityMatchesEngine).toBe(true);
  });

  it('every property has a title and a description, for editor help', () => {
    const missing: string[] = [];
    const defs = (practicePolicySchema as { $defs: Record<string, SchemaNode> }).$defs;
    walk(practicePolicySchema, '#', (node, path) => {
      for (const [key, prop] of Object.entries(
        (node.properties as Record<string, SchemaNode> | undefined) ?? {},
      )) {
        // A bare $ref shows the referenced definition's help.
        const ref = typeof prop.$ref === 'string' ? prop.$ref.replace('#/$defs/', '') : undefined;
        const help = prop.title === undefined && ref ? (defs[ref] ?? {}) : prop;
        if (typeof help.title !== 'string' || typeof help.description !== 'string')
          missing.push(`${path}/${key}`);
      }
    });
    expect(missing).toEqual([]);
  });

  it('a typed policy using every optional field validates', () => {
    const everything: T.PracticePolicy = {
      $schema: '../schemas/practice-policy.schema.json',
      schemaVersion: 1,
      id: 'all-fields',
      organisation: {
        legalName: 'All Fields Pty Ltd',
        tradingName: 'All Fields',
        abn: '51 824 753 556',
        practiceType: 'ndis_provider',
        address: { street: '1 Test Street', suburb: 'Darwin', state: 'NT', postcode: '0800' },
        phone: '08 5550 0000',
        email: 'privacy@all-fields.example',
        website: 'https://all-fields.example',
        timeZone: 'Australia/Darwin',
        entity: {
          type: 'business',
          annualTurnover: 'unknown',
          carveIns: ['opted_in'],
          jurisdiction: 'NT',
          myHealthRecordParticipant: false,
          criticalInfrastructure: false,
          apraRegulated: false,
          gdprApplies: true,
        },
      },
      people: [
        {
          id: 'sam',
          name: 'Sam',
          position: 'Owner',
          phone: '0491 570 006',
          afterHoursPhone: '0491 570 110',
          email: 's@x.example',
        },
      ],
      roles: {
        responseLead: 'sam',
        deputy: 'sam',
        privacyOfficer: 'sam',
        decisionMaker: 'sam',
        itContact: 'sam',
        communicationsLead: 'sam',
      },
      contacts: {
        insurer: { name: 'I', policyNumber: 'P-1', claimsPhone: '1800 160 401', email: 'i@x.example' },
        lawyer: { name: 'L', firm: 'F', phone: '08 5550 0001', email: 'l@x.example' },
        managedServiceProvider: {
          name: 'M',
          phone: '08 5550 0002',
          afterHoursPhone: '1300 975 707',
          email: 'm@x.example',
          contractReference: 'C-1',
        },
        vendors: [
          {
            id: 'v',
            name: 'V',
            service: 'S',
            phone: '1300 975 708',
            email: 'v@x.example',
            supportUrl: 'https://v.example',
          },
        ],
        pathology: [{ id: 'path', name: 'P', service: 'Pathology', phone: '08 5550 0003' }],
        localPolice: { station: 'Darwin', phone: '08 5550 0004' },
      },
      systems: [
        {
          id: 'sys',
          name: 'System',
          purpose: 'Records',
          personalInformation: ['health'],
          hosting: 'hybrid',
          vendor: 'v',
          administeredBy: 'msp',
          backups: { method: 'Nightly', frequency: 'hourly', offsite: false, lastRestoreTest: '2026-11-01' },
          encryption: { atRest: true, inTransit: true, notes: 'Keys\nin vault' },
          mfa: true,
        },
      ],
      drills: [
        {
          id: 'drill',
          kind: 'training',
          title: 'Training',
          frequency: 'monthly',
          firstDate: '2026-12-01',
          startTime: '09:00',
          durationMinutes: 30,
          attendees: ['privacyOfficer', 'sam'],
          location: 'Office',
          occurrences: 12,
          repeatOn: { week: 'first', day: 'tuesday' },
          held: [{ date: '2026-11-03', attendees: ['Sam'], notes: 'Went well', changes: 'Added\na number' }],
        },
      ],
      plan: {
        version: '1',
        approvedBy: 'sam',
        approvedOn: '2026-11-01',
        draft: true,
        nextReview: '2027-11-01',
      },
    };
    expect(validatePolicy(everything, 'all.json', undefined, { today: TODAY })).toEqual([]);
  });
});
