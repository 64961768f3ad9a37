// The practice policy contract, defined once: `Static<typeof …>` of these nodes are the policy's
// TypeScript types (types.ts), `practicePolicySchemaText()` is the published JSON Schema
// (schemas/practice-policy.schema.json, written by `pnpm generate`; a test fails while it is stale),
// and the field checks (checks/) find phone numbers, web and email addresses by their `$ref`, and
// dates that cannot be in the future and references by what `checked` says on the field.
// Titles and descriptions are what editors show when a consultant fills in a policy.
import { CARVE_INS, ENTITY_TYPES, INFORMATION_KINDS, JURISDICTIONS } from '@ndb-kit/engine';
import {
  anyOf,
  array,
  boolean,
  checked,
  constant,
  defs,
  integer,
  named,
  number,
  object,
  oneOfValues,
  optional,
  ref,
  type Schema,
  type Static,
  string,
} from './builder.ts';
import {
  BACKUP_FREQUENCIES,
  DISTRIBUTION_COPIES,
  DRILL_FREQUENCIES,
  DRILL_KINDS,
  ENCRYPTION_METHODS,
  HOSTINGS,
  PRACTICE_TYPES,
  type ROLE_NAMES,
  WEEK_ORDINALS,
  WEEKDAYS,
} from './vocabulary.ts';

export const PRACTICE_POLICY_SCHEMA_ID = 'https://ndb-kit.dev/schemas/practice-policy.schema.json';

// ---- Kinds of value ($defs used by $ref) ----

export const singleLine = named(
  'singleLine',
  string({
    title: 'One line of text',
    description: 'One line of visible text: no tabs, line breaks or other control characters.',
    maxLength: 200,
    pattern: '^(?=.*\\S)[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]*$',
    'x-message': 'must be one line of visible text (no line breaks, tabs or other control characters)',
    'x-expected': 'one line of text',
  }),
);
export const multiLine = named(
  'multiLine',
  string({
    title: 'Notes',
    description: 'Free text; line breaks and tabs are allowed, other control characters are not.',
    maxLength: 2000,
    pattern:
      '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069]*$',
    'x-message': 'contains a control character (only line breaks and tabs are allowed)',
    'x-expected': 'plain text',
  }),
);
export const slug = named(
  'slug',
  string({
    title: 'Id',
    description: 'Lower-case letters and digits in words joined by single hyphens, e.g. "anna-lee".',
    maxLength: 64,
    pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
    'x-message': 'must be an id of lower-case letters and digits joined by single hyphens',
    'x-expected': 'e.g. anna-lee',
  }),
);
export const date = named(
  'date',
  string({
    title: 'Date',
    description: 'A calendar date YYYY-MM-DD (local to the practice).',
    format: 'date',
  }),
);
export const phone = named(
  'phone',
  string({
    title: 'Australian phone number',
    description:
      'Landline with area code (02 9876 5432), mobile (0412 345 678), 1300/1800 or 13 numbers, or +61 forms. Spaces, hyphens and brackets are ignored when checking.',
    maxLength: 30,
    pattern: '^\\+?[0-9][0-9 ()-]*$',
    'x-message': 'is not a phone number',
    'x-expected': 'e.g. 02 9876 5432 or 0412 345 678',
  }),
);
export const email = named(
  'email',
  string({
    title: 'Email address',
    description: 'An email address, e.g. privacy@example.com.au.',
    maxLength: 254,
    format: 'email',
  }),
);
export const webAddress = named(
  'webAddress',
  string({
    title: 'Web address',
    description: 'A full web address starting with https:// (or http://).',
    maxLength: 500,
    format: 'uri',
    pattern: '^https?://',
    'x-message': 'is not a full web address',
    'x-expected': 'e.g. https://www.example.com.au',
  }),
);

/** A person id that must be one of people[]. */
const personId = (title: string, description: string) =>
  checked(ref(slug, { title, description }), { refersTo: ['person'] });
/** A date that cannot be after today; `record` says what to write instead. */
const pastDate = (title: string, description: string, record: string | true) =>
  checked(ref(date, { title, description }), { notFuture: record });

// ---- The organisation ----

export const address = named(
  'address',
  object(
    { title: 'Street address', description: "The practice's street address." },
    {
      street: ref(singleLine, {
        title: 'Street',
        description: 'Street address, e.g. "Level 2, 14 Harbour Street".',
      }),
      suburb: ref(singleLine, { title: 'Suburb', description: 'Suburb or town.' }),
      state: oneOfValues(JURISDICTIONS, {
        title: 'State or territory',
        description: 'Where the practice is.',
      }),
      postcode: optional(
        string({
          title: 'Postcode',
          description:
            'Four-digit postcode; checked against the state. Recommended; `ndb init` leaves it out until you supply it.',
          pattern: '^[0-9]{4}$',
          'x-message': 'is not a postcode',
          'x-expected': 'four digits, e.g. 2000',
        }),
      ),
    },
  ),
);

export const entity = named(
  'entity',
  object(
    {
      title: 'Entity facts',
      description:
        "Facts that decide which breach laws apply. Field names and values are the ndb-kit engine's incident contract (incident.entity), copied into every incident assessment.",
    },
    {
      type: oneOfValues(ENTITY_TYPES, {
        title: 'Entity type',
        description:
          'health_service_provider: provides a health service and holds health information (covered at any turnover, Privacy Act s 6D(4)). business: any other private organisation. commonwealth_agency, state_or_territory_authority (e.g. a public hospital: not covered by Part IIIC).',
      }),
      annualTurnover: anyOf([number({ minimum: 0 }), constant('unknown')], {
        title: 'Annual turnover (AUD)',
        description:
          'Turnover for the previous financial year in Australian dollars, or "unknown". Over $3,000,000 brings in the ransomware payment reporting duty (Cyber Security Act 2024).',
        'x-message': 'must be an amount in dollars or "unknown"',
        'x-expected': 'a number ≥ 0 such as 1800000, or "unknown"',
      }),
      carveIns: array(oneOfValues(CARVE_INS), {
        title: 'Small-business carve-ins',
        description:
          'Only matter for a business with turnover of $3,000,000 or less (Privacy Act s 6D(4), s 6E, s 6EA). Usually empty for a health practice.',
        uniqueItems: true,
      }),
      jurisdiction: oneOfValues(JURISDICTIONS, {
        title: 'Jurisdiction',
        description: 'State or territory whose laws also apply.',
      }),
      myHealthRecordParticipant: boolean({
        title: 'My Health Record participant',
        description:
          'true if the practice is a registered healthcare provider organisation in the My Health Record system (My Health Records Act 2012 s 75 duties apply).',
      }),
      criticalInfrastructure: boolean({
        title: 'Critical infrastructure',
        description:
          'true if the practice is a responsible entity for a critical infrastructure asset under the SOCI Act 2018 (rare for a small practice).',
      }),
      apraRegulated: boolean({
        title: 'APRA-regulated',
        description: 'true if APRA regulates the entity (e.g. a private health insurer).',
      }),
      gdprApplies: boolean({
        title: 'GDPR applies',
        description: "true if the EU GDPR applies to the practice's processing (uncommon; fact-specific).",
      }),
    },
  ),
);

export const organisation = named(
  'organisation',
  object(
    { title: 'Organisation', description: 'The practice as a legal entity and how to reach it.' },
    {
      legalName: ref(singleLine, {
        title: 'Legal name',
        description:
          'The name of the legal entity (company, partnership or sole trader), e.g. "Harbourside Family Medical Pty Ltd". Used on the OAIC statement.',
      }),
      tradingName: ref(singleLine, {
        title: 'Trading name',
        description:
          'The name patients know, e.g. "Harbourside Family Medical". Used on notices to individuals.',
      }),
      abn: optional(
        string({
          title: 'ABN',
          description:
            'Australian Business Number: 11 digits, spaces optional, checked with the ATO checksum. Recommended; `ndb init` leaves it out until you supply it.',
          pattern: '^(?:[0-9] ?){10}[0-9]$',
          'x-message': 'is not an ABN (11 digits)',
          'x-expected': 'e.g. 51 824 753 556',
        }),
      ),
      practiceType: oneOfValues(PRACTICE_TYPES, {
        title: 'Practice type',
        description: 'The kind of practice; it shapes wording and drill suggestions.',
      }),
      address: ref(address),
      phone: ref(phone, {
        title: 'Practice phone',
        description: "The practice's main phone number (for the OAIC statement and notices).",
      }),
      email: ref(email, {
        title: 'Practice email',
        description: 'The address individuals and the OAIC should use about a breach, e.g. privacy@…',
      }),
      website: optional(
        ref(webAddress, {
          title: 'Website',
          description: 'Optional: where a public notice (s 26WL option (c)) would be published.',
        }),
      ),
      timeZone: string({
        title: 'Time zone',
        description:
          'IANA time zone of the practice, e.g. "Australia/Sydney", "Australia/Brisbane" (no daylight saving), "Australia/Perth". Used for deadlines and the drill calendar.',
        maxLength: 64,
        pattern: '^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*$',
        'x-message': 'is not an IANA time zone name',
        'x-expected': 'e.g. Australia/Sydney',
      }),
      /** Healthcare Provider Identifier – Organisation (the My Health Record notices print it). */
      hpio: optional(
        string({
          title: 'HPI-O',
          description:
            'Healthcare Provider Identifier – Organisation: 16 digits starting 800362, spaces optional (checked with the Luhn check digit). Printed on the My Health Record notices to the Australian Digital Health Agency and the OAIC; give it when the practice participates in My Health Record.',
          pattern: '^(?:[0-9] ?){15}[0-9]$',
          'x-message': 'is not an HPI-O (16 digits starting 800362)',
          'x-expected': 'e.g. 8003 6219 0000 0004',
          examples: ['8003 6219 0000 0004'],
        }),
      ),
      entity: ref(entity),
    },
  ),
);

// ---- People and roles ----

export const person = named(
  'person',
  object(
    { title: 'Person', description: 'Someone the plan names.' },
    {
      id: ref(slug, {
        title: 'Person id',
        description:
          'Short id used by roles, drills and systems, e.g. "anna-lee". Must not be a role name or "msp".',
      }),
      name: ref(singleLine, {
        title: 'Name',
        description:
          'Full name as it should appear in the plan, any script, e.g. "Dr Anna Lee", "Nguyễn Thị Ánh".',
      }),
      position: ref(singleLine, { title: 'Position', description: 'Job title, e.g. "Practice Manager".' }),
      phone: ref(phone, { title: 'Phone', description: 'Best number in business hours.' }),
      afterHoursPhone: optional(
        ref(phone, {
          title: 'After-hours phone',
          description: 'Number to use outside business hours, if different.',
        }),
      ),
      email: optional(ref(email, { title: 'Email', description: 'Work email.' })),
    },
  ),
);

export const roles = named(
  'roles',
  object(
    {
      title: 'Roles',
      description:
        'Who does what during a breach; each is a person id. One person may hold several roles (a sole practitioner holds them all).',
    },
    {
      responseLead: personId(
        'Response lead',
        'Person id of who runs the response: contain, assess, notify, review.',
      ),
      deputy: personId('Deputy', 'Person id of who steps in when the response lead is away.'),
      privacyOfficer: personId(
        'Privacy officer',
        'Person id of the privacy officer: keeps the record and talks to the OAIC.',
      ),
      decisionMaker: personId(
        'Decision maker',
        'Person id of who decides whether to notify (usually a principal or director).',
      ),
      itContact: personId('IT contact', 'Person id of who deals with IT and the managed service provider.'),
      communicationsLead: personId(
        'Communications lead',
        'Person id of who approves notices and handles patient and media enquiries.',
      ),
    } satisfies Record<(typeof ROLE_NAMES)[number], Schema>,
  ),
);

// ---- Contacts ----

export const vendor = named(
  'vendor',
  object(
    {
      title: 'Vendor',
      description:
        'A supplier the practice may need to call. Give at least one of phone, email or supportUrl.',
    },
    {
      id: ref(slug, { title: 'Vendor id', description: 'Short id, e.g. "best-practice".' }),
      name: ref(singleLine, { title: 'Vendor name', description: 'Company or product name.' }),
      service: ref(singleLine, {
        title: 'Service',
        description: 'What they provide, e.g. "Practice management software".',
      }),
      phone: optional(ref(phone, { title: 'Phone', description: 'Support phone.' })),
      email: optional(ref(email, { title: 'Email', description: 'Support email.' })),
      supportUrl: optional(ref(webAddress, { title: 'Support web address', description: 'Support portal.' })),
      /** A contract term, not the law: the vendor's window to tell the practice of a breach. */
      breachNotice: optional(
        object(
          {
            title: 'Contract: breach notice to the practice',
            description:
              "What the contract with this vendor says it must do when a breach at the vendor involves the practice's data: tell the practice within so many hours. A contract term, not the law: the plan prints it in the vendor-breach runbook beside the practice's own duties under Part IIIC, which do not wait for the vendor.",
            examples: [{ hours: 72, clause: 'Services Agreement cl 14.2', email: 'security@vendor.example' }],
          },
          {
            hours: integer({
              title: 'Hours',
              description:
                'Hours after the vendor becomes aware of the breach, as the contract states it (1 to 2160), e.g. 72.',
              minimum: 1,
              maximum: 2160,
              examples: [72],
            }),
            clause: optional(
              ref(singleLine, {
                title: 'Clause',
                description:
                  'Where the term is, so it can be quoted to the vendor, e.g. "Services Agreement cl 14.2".',
                examples: ['Services Agreement cl 14.2'],
              }),
            ),
            email: optional(
              ref(email, {
                title: 'Breach contact email',
                description:
                  'Who at the vendor to ask for its written account of the breach (a security or privacy address), if not the support email.',
                examples: ['security@vendor.example'],
              }),
            ),
            phone: optional(
              ref(phone, {
                title: 'Breach contact phone',
                description: "The vendor's security or incident line, if not the support line.",
                examples: ['1300 975 710'],
              }),
            ),
          },
        ),
      ),
    },
  ),
);

const insurer = object(
  {
    title: 'Insurer',
    description:
      'Cyber or professional indemnity insurer; many policies must be notified before engaging outside help.',
  },
  {
    name: ref(singleLine, { title: 'Insurer name', description: 'Insurer or broker name.' }),
    policyNumber: optional(
      ref(singleLine, { title: 'Policy number', description: 'Policy number to quote.' }),
    ),
    claimsPhone: ref(phone, { title: 'Claims phone', description: 'Claims or incident hotline.' }),
    email: optional(ref(email, { title: 'Claims email', description: 'Claims email address.' })),
  },
);

const lawyer = object(
  { title: 'Lawyer', description: 'Legal adviser for privacy matters.' },
  {
    name: ref(singleLine, { title: 'Lawyer name', description: "The lawyer's name." }),
    firm: optional(ref(singleLine, { title: 'Firm', description: 'Law firm.' })),
    phone: ref(phone, { title: 'Phone', description: 'Direct phone.' }),
    email: optional(ref(email, { title: 'Email', description: 'Email address.' })),
  },
);

const managedServiceProvider = object(
  {
    title: 'Managed service provider',
    description: 'Outsourced IT provider, if any. Systems administered by it say "administeredBy": "msp".',
  },
  {
    name: ref(singleLine, { title: 'Provider name', description: 'Company name.' }),
    phone: ref(phone, { title: 'Phone', description: 'Support line.' }),
    afterHoursPhone: optional(
      ref(phone, { title: 'After-hours phone', description: 'After-hours or urgent line.' }),
    ),
    email: optional(ref(email, { title: 'Email', description: 'Support email.' })),
    contractReference: optional(
      ref(singleLine, { title: 'Contract reference', description: 'Contract or customer number to quote.' }),
    ),
  },
);

const localPolice = object(
  {
    title: 'Local police station',
    description: 'Optional local station. The Police Assistance Line (131 444) and 000 are built in.',
  },
  {
    station: ref(singleLine, { title: 'Station', description: 'Station name.' }),
    phone: ref(phone, { title: 'Phone', description: 'Station phone.' }),
  },
);

export const contacts = named(
  'contacts',
  object(
    {
      title: 'Contacts',
      description:
        'Outside parties the practice calls in a breach. National contacts (OAIC, ADHA, ReportCyber, police) are built in.',
    },
    {
      insurer: optional(insurer),
      lawyer: optional(lawyer),
      managedServiceProvider: optional(managedServiceProvider),
      vendors: array(ref(vendor), {
        title: 'Vendors',
        description:
          'Software and service vendors (practice management, email, cloud, imaging). Systems refer to them by id.',
        maxItems: 100,
      }),
      pathology: optional(
        array(ref(vendor), {
          title: 'Pathology and imaging providers',
          description: 'Pathology or radiology providers that exchange results with the practice.',
          maxItems: 50,
        }),
      ),
      localPolice: optional(localPolice),
    },
  ),
);

// ---- Systems ----

const backups = object(
  { title: 'Backups', description: 'How the data is backed up, if the practice is responsible for it.' },
  {
    method: ref(singleLine, {
      title: 'Method',
      description: 'How, e.g. "Nightly image to NAS, replicated to cloud".',
    }),
    frequency: oneOfValues(BACKUP_FREQUENCIES, { title: 'Frequency', description: 'How often backups run.' }),
    offsite: boolean({
      title: 'Offsite copy',
      description: 'true if a copy is kept away from the practice (or offline).',
    }),
    lastRestoreTest: optional(
      pastDate(
        'Last restore test',
        'Date a restore was last tested; not in the future.',
        'record the date the last restore test actually happened',
      ),
    ),
  },
);

const encryption = object(
  {
    title: 'Encryption',
    description: 'Whether data is encrypted; it decides whether a lost device is likely to cause harm.',
  },
  {
    atRest: boolean({
      title: 'Encrypted at rest',
      description: 'true if stored data is encrypted (e.g. BitLocker, database encryption).',
    }),
    inTransit: boolean({
      title: 'Encrypted in transit',
      description: 'true if data is encrypted over the network (TLS, VPN).',
    }),
    method: optional(
      oneOfValues(ENCRYPTION_METHODS, {
        title: 'Encryption method',
        description:
          "How data at rest is encrypted (only with atRest: true); the lost-device runbook says what it means when the device is lost. bitlocker_with_pin: BitLocker with a pre-boot PIN; bitlocker_without_pin: BitLocker unlocked by the TPM alone (the Windows sign-in is then the only barrier); filevault: macOS FileVault; mobile_device: a phone or tablet's built-in encryption with a passcode; database: encryption of the database or files by the software; provider_managed: the cloud provider encrypts its storage; other.",
        examples: ['bitlocker_with_pin'],
      }),
    ),
    notes: optional(
      ref(multiLine, { title: 'Notes', description: 'Details, e.g. where recovery keys are held.' }),
    ),
  },
);

export const system = named(
  'system',
  object(
    { title: 'System', description: 'A system or service holding personal information.' },
    {
      id: ref(slug, { title: 'System id', description: 'Short id, e.g. "clinical-system".' }),
      name: ref(singleLine, { title: 'System name', description: 'Product name, e.g. "Best Practice".' }),
      purpose: ref(singleLine, { title: 'Purpose', description: 'What the practice uses it for.' }),
      personalInformation: array(oneOfValues(INFORMATION_KINDS), {
        title: 'Kinds of personal information',
        description: "Kinds of information the system holds, using the engine's information kinds.",
        minItems: 1,
        uniqueItems: true,
      }),
      hosting: oneOfValues(HOSTINGS, {
        title: 'Hosting',
        description: 'Where it runs: on_premises (a server in the practice), cloud, or hybrid.',
      }),
      vendor: optional(
        checked(
          ref(slug, {
            title: 'Vendor',
            description:
              'Optional: id of the vendor (contacts.vendors or contacts.pathology) who supplies it.',
          }),
          { refersTo: ['vendor'] },
        ),
      ),
      administeredBy: checked(
        ref(slug, {
          title: 'Administered by',
          description: 'Person id of who administers it, or "msp" for the managed service provider.',
        }),
        { refersTo: ['person', 'msp'] },
      ),
      backups: optional(backups),
      encryption,
      mfa: boolean({
        title: 'Multi-factor authentication',
        description: 'true if sign-in requires a second factor.',
      }),
      portable: optional(
        boolean({
          title: 'Portable devices',
          description:
            'true for laptops, phones, tablets or USB drives that leave the practice: the lost-device runbook lists each with what its encryption means if one is lost.',
          examples: [true],
        }),
      ),
    },
  ),
);

// ---- Drills ----

const repeatOn = object(
  {
    title: 'Repeat on a weekday',
    description:
      'Optional: anchor every occurrence to a weekday of its month, e.g. {"week": "second", "day": "tuesday"} with a quarterly drill starting in February gives the second Tuesday of Feb, May, Aug and Nov. firstDate must itself be that weekday. Without it, the drill repeats on firstDate\'s day of the month, which lands on a weekend now and then (a warning).',
  },
  {
    week: oneOfValues(WEEK_ORDINALS, {
      title: 'Which week',
      description: 'first, second, third or fourth of that weekday in the month, or last.',
    }),
    day: oneOfValues(WEEKDAYS, { title: 'Weekday', description: 'monday to sunday.' }),
  },
);

const drillHeld = object(
  { title: 'Drill held', description: 'One drill held.' },
  {
    date: pastDate(
      'Date held',
      'The day it was held; not in the future.',
      'record a drill once it has been held',
    ),
    attendees: optional(
      array(ref(singleLine), {
        title: 'Who took part',
        description: 'Names as written (not ids: the record stays when people leave).',
        maxItems: 100,
      }),
    ),
    notes: optional(
      ref(multiLine, {
        title: 'Notes',
        description: 'What happened: the scenario, what worked, what was slow.',
      }),
    ),
    changes: optional(
      ref(multiLine, {
        title: 'What changed',
        description:
          'What changed in the plan or the practice because of it (e.g. "added the MSP\'s after-hours number").',
      }),
    ),
  },
);

export const drill = named(
  'drill',
  object(
    { title: 'Drill', description: 'A recurring exercise in the drill calendar.' },
    {
      id: ref(slug, {
        title: 'Drill id',
        description: "Short id; part of each calendar event's UID, so keep it stable.",
      }),
      kind: oneOfValues(DRILL_KINDS, {
        title: 'Kind',
        description:
          'tabletop (talk through a scenario), ndb_walkthrough (practise the NDB assessment and OAIC form), backup_restore_test, phishing_exercise, plan_review, training.',
      }),
      title: ref(singleLine, { title: 'Title', description: 'Calendar event title.' }),
      frequency: oneOfValues(DRILL_FREQUENCIES, { title: 'Frequency', description: 'How often it repeats.' }),
      firstDate: ref(date, {
        title: 'First date',
        description: 'Date of the first occurrence (practice time zone).',
      }),
      startTime: string({
        title: 'Start time',
        description: 'Local start time, 24-hour HH:MM.',
        pattern: '^(?:[01][0-9]|2[0-3]):[0-5][0-9]$',
        'x-message': 'is not a 24-hour time',
        'x-expected': 'HH:MM, e.g. 12:30',
      }),
      durationMinutes: integer({
        title: 'Duration (minutes)',
        description: 'Length in minutes, 5 to 480.',
        minimum: 5,
        maximum: 480,
      }),
      attendees: array(
        checked(
          string({
            maxLength: 64,
            pattern: '^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$',
            'x-message': 'must be a role name or a person id',
            'x-expected': 'e.g. privacyOfficer or anna-lee',
          }),
          { refersTo: ['role', 'person'] },
        ),
        {
          title: 'Attendees',
          description:
            'Role names (responseLead, deputy, privacyOfficer, decisionMaker, itContact, communicationsLead) or person ids.',
          minItems: 1,
          uniqueItems: true,
        },
      ),
      location: ref(singleLine, { title: 'Location', description: 'Room or video link.' }),
      occurrences: optional(
        integer({
          title: 'Occurrences',
          description:
            'Optional: stop after this many occurrences (1 to 60); otherwise it repeats indefinitely.',
          minimum: 1,
          maximum: 60,
        }),
      ),
      repeatOn: optional(repeatOn),
      held: optional(
        array(drillHeld, {
          title: 'Drill log',
          description:
            'Each time the drill was held: the date, who took part, notes and what changed. A drill is overdue (a warning) when a scheduled date before today passed without one; a drill held counts for the scheduled date it is nearest to.',
          maxItems: 200,
        }),
      ),
    },
  ),
);

// ---- The plan ----

const approvedAgainst = object(
  {
    title: 'Approved against',
    description:
      'What the approval covered, written by `ndb approve`: the SHA-256 of the policy\'s content (its canonical JSON without $schema, the approval fields approvedBy, approvedOn, approvedAgainst and draft, the drill log drills[].held and systems[].backups.lastRestoreTest) and the ndb-kit rules version. When either no longer matches, the plan says "changed since approval" and is marked DRAFT until it is re-approved. Leave it out and the approval is not tied to content (the plan is marked DRAFT too).',
  },
  {
    policyHash: string({
      title: 'Policy content hash',
      description: '64 lower-case hex digits, as `ndb approve` prints them.',
      pattern: '^[0-9a-f]{64}$',
      'x-message': 'must be a SHA-256 hash: 64 lower-case hex digits',
      'x-expected': 'the hash `ndb approve` prints',
    }),
    rulesVersion: string({
      title: 'Rules version',
      description:
        'The ndb-kit rules version the plan was approved against, e.g. "2026.11.1" (`ndb --version` and every plan\'s cover print it).',
      pattern: '^[0-9]{4}\\.[0-9]{1,2}\\.[0-9]+$',
      'x-message': 'must be a rules version such as 2026.11.1',
      'x-expected': 'e.g. 2026.11.1',
    }),
  },
);

const planRevision = object(
  {},
  {
    version: ref(singleLine, {
      title: 'Version',
      description: 'The plan version this revision made, e.g. "1.2".',
    }),
    date: pastDate(
      'Date',
      'When the revision was made; not in the future.',
      'record the date the revision was made',
    ),
    by: optional(
      ref(singleLine, {
        title: 'By',
        description: 'Who made it, as written (a name, not an id: people leave, the record stays).',
      }),
    ),
    summary: ref(multiLine, { title: 'Summary', description: 'What changed, in a sentence or two.' }),
  },
);

const distributionEntry = object(
  {},
  {
    person: optional(
      personId(
        'Person',
        'Person id of a holder who is in people[] (the plan prints their name and position).',
      ),
    ),
    name: optional(
      ref(singleLine, {
        title: 'Name',
        description: "Name of a holder who is not in people[], e.g. the practice's insurer.",
      }),
    ),
    organisation: optional(
      ref(singleLine, {
        title: 'Role or organisation',
        description:
          'For a holder named by name: their role or organisation, e.g. "Coastal IT Services (IT provider)".',
      }),
    ),
    copy: oneOfValues(DISTRIBUTION_COPIES, {
      title: 'Copy',
      description:
        "The form of their copy: print (a printed copy), email, site (the practice's ndb-kit site) or shared_folder.",
    }),
  },
);

export const plan = named(
  'plan',
  object(
    {
      title: 'Plan',
      description:
        'Version and approval of the breach response plan, its revision history and distribution list.',
      dependentRequired: {
        approvedBy: ['approvedOn'],
        approvedOn: ['approvedBy'],
        approvedAgainst: ['approvedBy'],
      },
    },
    {
      version: ref(singleLine, { title: 'Plan version', description: 'e.g. "1.2".' }),
      approvedBy: optional(
        personId(
          'Approved by',
          'Person id of who approved this version. Leave out (with approvedOn) while the plan is a draft.',
        ),
      ),
      approvedOn: optional(
        pastDate(
          'Approved on',
          'Date of approval; not in the future. More than 12 months ago gives a warning and a banner on the plan.',
          true,
        ),
      ),
      approvedAgainst: optional(approvedAgainst),
      revisions: optional(
        array(planRevision, {
          title: 'Revision history',
          description:
            'The plan\'s revisions, oldest first; printed in the plan\'s "Document control" section.',
          maxItems: 100,
        }),
      ),
      distribution: optional(
        array(distributionEntry, {
          title: 'Distribution list',
          description:
            'Who holds a copy of the plan and in what form; printed in the plan\'s "Document control" section. Each entry names either a person of the policy (person) or someone else (name, with organisation), never both (an error otherwise).',
          maxItems: 100,
        }),
      ),
      draft: optional(
        boolean({
          title: 'Draft',
          description:
            'true while this version is being revised and not yet approved (approvedBy and approvedOn then record the last approval, of an earlier version). The plan shows "Draft — not approved". Leave it out, or false, once approved.',
        }),
      ),
      nextReview: ref(date, {
        title: 'Next review',
        description:
          'When the plan must next be reviewed. Once it has passed, every build warns and the plan shows "This plan was due for review on …" (a warning, not an error: the plan still builds; `--strict` fails on it).',
      }),
    },
  ),
);

// ---- The policy ----

const policyObject = object(
  {
    title: 'ndb-kit practice policy',
    description:
      "One file per practice: who does what in a data breach, who to call, which systems hold personal information, and the drill calendar. ndb-kit compiles it into the practice's breach response plan, notices and calendar. Fixed facts (OAIC, ADHA, ReportCyber, Police Assistance Line, ASD) are built in and do not belong here. Text rule: single-line text fields must contain at least one visible character and must not contain control characters (U+0000–U+001F, U+007F–U+009F, so no tab, CR, LF or NUL), line/paragraph separators (U+2028, U+2029) or bidirectional overrides (U+202A–U+202E, U+2066–U+2069). Characters such as & < > * { } are fine: outputs escape them. Values starting with TODO are placeholders left by `ndb init`; `ndb validate` lists them.",
  },
  {
    $schema: optional(
      string({
        title: 'Schema location',
        description:
          'Path or URL of this schema, so editors can offer help and completion. Usually "../schemas/practice-policy.schema.json".',
      }),
    ),
    schemaVersion: constant(1, {
      title: 'Schema version',
      description: 'Version of the policy format. Always 1 for now.',
    }),
    id: ref(slug, {
      title: 'Practice id',
      description:
        'Short id for the practice, used for output folder names and calendar event ids. Lower-case letters, digits and hyphens, e.g. "harbourside-family-medical". Changing it changes every calendar UID.',
    }),
    organisation: ref(organisation),
    people: array(ref(person), {
      title: 'People',
      description:
        'Everyone the plan names: staff who hold a breach-response role or attend drills. A sole practitioner lists just themselves.',
      minItems: 1,
      maxItems: 200,
    }),
    roles: ref(roles),
    contacts: ref(contacts),
    systems: array(ref(system), {
      title: 'Systems',
      description:
        'Systems and services that hold personal information (clinical software, email, cloud storage, imaging, booking). Used to scope an incident quickly.',
      maxItems: 100,
    }),
    drills: array(ref(drill), {
      title: 'Drills',
      description: 'Recurring exercises that keep the plan alive; compiled into a calendar (.ics).',
      maxItems: 50,
    }),
    plan: ref(plan),
  },
);

/** The whole schema: the root object with its `$defs`. */
export const PRACTICE_POLICY: Schema<Static<typeof policyObject>> = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: PRACTICE_POLICY_SCHEMA_ID,
  ...policyObject,
  $defs: defs(
    singleLine,
    multiLine,
    slug,
    date,
    phone,
    email,
    webAddress,
    organisation,
    address,
    entity,
    person,
    roles,
    contacts,
    vendor,
    system,
    drill,
    plan,
  ),
};

/** The published schema's text (schemas/practice-policy.schema.json). */
export function practicePolicySchemaText(): string {
  return `${JSON.stringify(PRACTICE_POLICY, null, 2)}\n`;
}
