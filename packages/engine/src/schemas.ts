// The JSON Schemas (2020-12) of the incident and the decision, built from the same vocabulary
// arrays as the TypeScript types. `node packages/engine/scripts/write-schemas.ts` writes them to
// schemas/; a test fails if the committed files differ from what this module builds.
import {
  BREACH_CAUSES,
  BREACH_KINDS,
  CARVE_INS,
  CERTAINTIES,
  CHANNELS,
  ENTITY_TYPES,
  HARM_EFFECTS,
  HARM_FACTOR_IDS,
  INFORMATION_KINDS,
  JURISDICTIONS,
  MHR_INVOLVEMENT,
  OBLIGATION_IDS,
  OUTCOMES,
  PROTECTIONS,
  RECIPIENTS,
  REMEDIATION_STATUSES,
} from './vocabulary.ts';
import { INCIDENT_DOCS, type JsonSchemaDocs } from './schema-docs.ts';

const BASE = 'https://ndb-kit.dev/schemas/';
const enumOf = (values: readonly unknown[], description?: string) => ({
  enum: [...values],
  ...(description ? { description } : {}),
});
const orUnknown = (schema: object) => ({ anyOf: [schema, { const: 'unknown' }] });
const date = { type: 'string', format: 'date', description: 'A calendar date, YYYY-MM-DD' };
const dateTime = {
  type: 'string',
  format: 'date-time',
  description: 'ISO 8601 date-time with an offset, e.g. 2025-06-02T11:00:00+10:00',
};
const text = (maxLength: number, description: string) => ({ type: 'string', maxLength, description });
const described = (schema: object, description: string) => ({ ...schema, description });
const closed = (properties: Record<string, object>, required: string[], description?: string) => ({
  type: 'object',
  ...(description ? { description } : {}),
  properties,
  required,
  additionalProperties: false,
});

const incidentShape = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${BASE}incident.schema.json`,
  title: 'ndb-kit incident',
  description: 'The facts of a data breach as a responder knows them. Most facts may be "unknown".',
  ...closed(
    {
      $schema: { type: 'string' },
      schemaVersion: { const: 1 },
      entity: closed(
        {
          name: text(300, 'For the record'),
          type: enumOf(ENTITY_TYPES),
          annualTurnover: orUnknown({
            type: 'number',
            minimum: 0,
            description: 'AUD, previous financial year',
          }),
          carveIns: { type: 'array', items: enumOf(CARVE_INS), uniqueItems: true },
          jurisdiction: enumOf(JURISDICTIONS),
          myHealthRecordParticipant: { type: 'boolean' },
          criticalInfrastructure: { type: 'boolean' },
          apraRegulated: { type: 'boolean' },
          gdprApplies: { type: 'boolean' },
          timeZone: text(
            64,
            'Optional: the IANA time zone deadlines are shown in (e.g. Australia/Broken_Hill). Absent = the jurisdiction capital’s zone.',
          ),
        },
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
      ),
      breach: closed(
        {
          kind: orUnknown(enumOf(BREACH_KINDS)),
          certainty: enumOf(CERTAINTIES),
          awareOn: date,
          awareAt: dateTime,
          occurredOn: date,
          description: text(20_000, 'What happened, in a sentence or two'),
          cause: orUnknown(enumOf(BREACH_CAUSES)),
          personalInformationAccessed: orUnknown({ type: 'boolean' }),
          myHealthRecord: enumOf(MHR_INVOLVEMENT),
          alsoOutsideMyHealthRecord: described(
            orUnknown({ type: 'boolean' }),
            'When the My Health Record system is or may be involved: whether the practice’s own records were involved too (Part IIIC applies to them). Absent = unknown.',
          ),
          accessLikelyAfterLoss: described(
            orUnknown({ type: 'boolean' }),
            'For a loss: whether unauthorised access or disclosure is likely to follow (s 26WE(2)(b)); false only if the records were destroyed or are still somewhere the practice controls. Absent = true.',
          ),
          ransomware: closed(
            { paymentMade: { type: 'boolean' }, paymentMadeAt: { anyOf: [dateTime, { type: 'null' }] } },
            ['paymentMade', 'paymentMadeAt'],
          ),
          otherEntities: closed(
            {
              involved: { type: 'boolean' },
              anotherEntityAssessing: { type: 'boolean' },
              anotherEntityNotifying: { type: 'boolean' },
              anotherEntityHasNotified: described(
                orUnknown({ type: 'boolean' }),
                'Another entity affected by the same breach has already given the statement and notified the individuals, including ours (s 26WM). Absent = false.',
              ),
            },
            ['involved', 'anotherEntityAssessing', 'anotherEntityNotifying'],
          ),
          lawEnforcementAskedToDelay: { type: 'boolean' },
        },
        [
          'kind',
          'certainty',
          'awareOn',
          'personalInformationAccessed',
          'myHealthRecord',
          'ransomware',
          'otherEntities',
          'lawEnforcementAskedToDelay',
        ],
      ),
      information: closed(
        {
          kinds: {
            type: 'array',
            minItems: 1,
            uniqueItems: true,
            items: { enum: [...INFORMATION_KINDS, 'unknown'] },
          },
          individualsAffected: orUnknown({ type: 'integer', minimum: 0 }),
          vulnerableIndividuals: orUnknown({ type: 'boolean' }),
          aboutPatients: described(
            orUnknown({ type: 'boolean' }),
            'For a health service provider: whether the information is about its patients or clients, whose names, contact details and identifiers are health information (s 6FA(b)). Absent = true.',
          ),
          employeeRecordsIncludeTfnOrPatientRecords: described(
            orUnknown({ type: 'boolean' }),
            'When kinds include employee_record: whether those records include tax file numbers or a staff member’s own patient records (not exempt under s 7B(3)). Absent = unknown.',
          ),
          heldForCarveInPurpose: described(
            orUnknown({ type: 'boolean' }),
            'For a small business covered only as a Commonwealth contracted service provider or AML/CTF reporting entity: whether this information was held for that purpose. Absent = true.',
          ),
        },
        ['kinds', 'individualsAffected', 'vulnerableIndividuals'],
      ),
      protection: orUnknown(enumOf(PROTECTIONS)),
      obtainedInProtectedForm: described(
        orUnknown({ type: 'boolean' }),
        'Whether what was obtained was itself in the protected form `protection` describes (an encrypted device, file or attachment), rather than read through a live system, account or session (s 26WG(e)–(h)). A device lost while unlocked is false. Absent = true for a loss, otherwise unknown.',
      ),
      recipient: orUnknown(enumOf(RECIPIENTS)),
      remediation: closed(
        {
          status: orUnknown(enumOf(REMEDIATION_STATUSES)),
          actions: { type: 'array', maxItems: 50, items: text(500, 'A remedial action, for the record') },
        },
        ['status', 'actions'],
      ),
    },
    ['schemaVersion', 'entity', 'breach', 'information', 'protection', 'recipient', 'remediation'],
  ),
};

type SchemaNode = { properties?: Record<string, SchemaNode>; description?: string; examples?: unknown[] };

/** Every property of `schema` with its description (kept when the schema has one) and example. */
export function documented<S extends object>(schema: S, docs: JsonSchemaDocs, path = ''): S {
  const node = schema as SchemaNode;
  if (!node.properties) return schema;
  const properties = Object.fromEntries(
    Object.entries(node.properties).map(([key, child]) => {
      const at = path ? `${path}/${key}` : key;
      const doc = docs[at];
      const described = documented(child, docs, at);
      return [
        key,
        doc
          ? {
              ...described,
              ...(described.description || !doc.description ? {} : { description: doc.description }),
              examples: [doc.example],
            }
          : described,
      ];
    }),
  );
  return { ...schema, properties };
}

export const incidentSchema = documented(incidentShape, INCIDENT_DOCS);

const citations = { type: 'array', minItems: 1, items: { type: 'string' } };
const ndb = { enum: [...OUTCOMES, 'not_applicable'] };

export const decisionSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${BASE}decision.schema.json`,
  title: 'ndb-kit decision',
  description: 'What the engine returns for an incident: decision support, not legal advice.',
  ...closed(
    {
      outcome: enumOf(OUTCOMES),
      ndbOutcome: ndb,
      channels: { type: 'array', items: closed({ id: enumOf(CHANNELS), outcome: ndb }, ['id', 'outcome']) },
      headline: { type: 'string' },
      steps: {
        type: 'array',
        items: closed(
          {
            id: { type: 'string' },
            finding: { type: 'string' },
            citations,
            alternatives: { type: 'array', items: { type: 'string' } },
          },
          ['id', 'finding', 'citations'],
        ),
      },
      harmFactors: {
        type: 'array',
        items: closed(
          {
            factor: enumOf(HARM_FACTOR_IDS),
            effect: enumOf(HARM_EFFECTS),
            note: { type: 'string' },
            citations,
          },
          ['factor', 'effect', 'note', 'citations'],
        ),
      },
      unknownsThatMatter: {
        type: 'array',
        items: closed(
          {
            fact: { type: 'string' },
            question: { type: 'string' },
            ifThen: {
              type: 'array',
              items: closed(
                {
                  value: {},
                  label: { type: 'string' },
                  outcome: enumOf(OUTCOMES),
                  ndbOutcome: ndb,
                  mhrOutcome: enumOf(['notify', 'not_applicable', 'assess']),
                  meaning: { type: 'string' },
                  alsoDependsOn: { type: 'array', items: { type: 'string' } },
                },
                ['value', 'label', 'outcome', 'ndbOutcome', 'mhrOutcome', 'meaning', 'alsoDependsOn'],
              ),
            },
          },
          ['fact', 'question', 'ifThen'],
        ),
      },
      setAsideKinds: { type: 'array', items: enumOf(INFORMATION_KINDS) },
      obligations: {
        type: 'array',
        items: closed(
          {
            id: enumOf(OBLIGATION_IDS),
            title: { type: 'string' },
            to: { type: 'string' },
            what: { type: 'string' },
            when: { type: 'string' },
            dueDate: date,
            dueAt: dateTime,
            deadlines: {
              type: 'array',
              items: closed({ label: { type: 'string' }, dueAt: dateTime, dueDate: date }, [
                'label',
                'dueAt',
                'dueDate',
              ]),
            },
            overdue: { type: 'boolean' },
            option: enumOf(['a', 'b', 'c']),
            conditional: { type: 'boolean' },
            citations,
          },
          ['id', 'to', 'what', 'when', 'citations'],
        ),
      },
      nextSteps: { type: 'array', items: { type: 'string' } },
      notAdvice: { type: 'string', minLength: 20 },
      rulesVersion: { type: 'string' },
      lawAsAt: date,
    },
    [
      'outcome',
      'ndbOutcome',
      'channels',
      'headline',
      'steps',
      'harmFactors',
      'unknownsThatMatter',
      'setAsideKinds',
      'obligations',
      'nextSteps',
      'notAdvice',
      'rulesVersion',
      'lawAsAt',
    ],
  ),
};

export function schemaText(schema: object): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
