// The published JSON Schema of the incident file (schemas/incident-file.schema.json, written by
// `pnpm --filter @ndb-kit/incident schema`; a test fails when the file is stale). The schema
// checks each entry's shape; chain.ts checks what a schema cannot (order, links, hashes).
import { DECLARATION_KINDS, ENTRY_TYPES, INCIDENT_FILE_FORMAT, INCIDENT_FILE_VERSION } from './types.ts';

export const INCIDENT_FILE_SCHEMA_ID = 'https://ndb-kit.dev/schemas/incident-file.schema.json';
const INCIDENT_SCHEMA_REF = 'incident.schema.json';

// Visible text: no control characters, line/paragraph separators or bidi overrides.
const SINGLE_LINE =
  '^(?=.*\\S)[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]*$';
// As above, but line breaks (\n) are allowed.
const MULTI_LINE =
  '^(?=[\\s\\S]*\\S)[^\\u0000-\\u0009\\u000B-\\u001F\\u007F-\\u009F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]*$';

const ref = (name: string) => ({ $ref: `#/$defs/${name}` });

const typeIs = (...types: string[]) => ({
  type: 'object',
  properties: { type: types.length === 1 ? { const: types[0] } : { enum: types } },
  required: ['type'],
});

/** Fields only some entry types have. */
const TYPE_FIELDS = {
  reference: { $ref: '#/$defs/singleLine', title: 'The practice’s reference for the incident (opened)' },
  title: { $ref: '#/$defs/singleLine', title: 'A short title (opened)' },
  practice: { $ref: '#/$defs/practice', title: 'The practice (opened)' },
  awareAt: { $ref: '#/$defs/dateTime', title: 'When the practice first became aware (opened)' },
  record: { $ref: '#/$defs/decisionRecord', title: 'The decision record (assessment)' },
  what: { $ref: '#/$defs/text', title: 'What was done (contained, remedial-action)' },
  evidence: { $ref: '#/$defs/text', title: 'Evidence kept (contained, remedial-action)' },
  how: { $ref: '#/$defs/singleLine', title: 'How they were notified (individuals-notified)' },
  count: { type: 'integer', minimum: 0, title: 'How many were notified (individuals-notified)' },
  declaration: {
    enum: [...DECLARATION_KINDS],
    title: 'Extension or exemption (commissioner-declaration, s 26WQ)',
  },
  newDue: { $ref: '#/$defs/date', title: 'The new date to notify individuals by (commissioner-declaration)' },
  due: { $ref: '#/$defs/date', title: 'A date the direction sets (commissioner-direction)' },
} as const;
type TypeField = keyof typeof TYPE_FIELDS;

const TYPE_RULES: { types: string[]; fields: TypeField[]; required: TypeField[] }[] = [
  {
    types: ['opened'],
    fields: ['reference', 'title', 'practice', 'awareAt'],
    required: ['reference', 'practice'],
  },
  { types: ['assessment'], fields: ['record'], required: ['record'] },
  { types: ['contained', 'remedial-action'], fields: ['what', 'evidence'], required: ['what'] },
  { types: ['individuals-notified'], fields: ['how', 'count'], required: ['how'] },
  { types: ['commissioner-declaration'], fields: ['declaration', 'newDue'], required: ['declaration'] },
  { types: ['commissioner-direction'], fields: ['due'], required: [] },
  {
    types: [
      'believed',
      'oaic-statement',
      'adha-notified',
      'insurer-notified',
      'police-report',
      'reviewed',
      'note',
      'closed',
    ],
    fields: [],
    required: [],
  },
];

export const incidentFileSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: INCIDENT_FILE_SCHEMA_ID,
  title: 'ndb-kit incident file',
  description:
    'One incident: an append-only timeline of entries, each carrying the SHA-256 of the one before (see docs/incident-model.md). Written by `ndb incident`; do not edit by hand: any change to an entry breaks the chain and `ndb verify` names it.',
  type: 'object',
  properties: {
    $schema: { type: 'string' },
    format: { const: INCIDENT_FILE_FORMAT, title: 'The file kind' },
    formatVersion: { const: INCIDENT_FILE_VERSION, title: 'The incident file format version' },
    entries: { type: 'array', minItems: 1, items: ref('entry'), title: 'The timeline, oldest first' },
  },
  required: ['format', 'formatVersion', 'entries'],
  additionalProperties: false,
  $defs: {
    singleLine: {
      title: 'One line of text',
      type: 'string',
      maxLength: 200,
      pattern: SINGLE_LINE,
      'x-message': 'must be one line of visible text (no line breaks, tabs or other control characters)',
      'x-expected': 'one line of text',
    },
    text: {
      title: 'Text',
      type: 'string',
      maxLength: 4000,
      pattern: MULTI_LINE,
      'x-message': 'must be visible text (line breaks allowed; no tabs or other control characters)',
      'x-expected': 'text',
    },
    dateTime: {
      title: 'An ISO 8601 date and time with offset',
      type: 'string',
      format: 'date-time',
      pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:\\d{2})$',
      'x-message': 'is not a date and time with an offset',
      'x-expected': 'e.g. 2025-06-02T11:00:00+10:00',
    },
    date: { title: 'A date YYYY-MM-DD', type: 'string', format: 'date' },
    sha256: {
      title: 'A SHA-256 in lowercase hex',
      type: 'string',
      pattern: '^[0-9a-f]{64}$',
      'x-message': 'is not a SHA-256 hash',
      'x-expected': '64 lowercase hex digits',
    },
    practice: {
      title: 'The practice',
      type: 'object',
      properties: {
        id: { $ref: '#/$defs/singleLine', title: 'The practice policy id' },
        name: { $ref: '#/$defs/singleLine', title: 'The practice name' },
        planVersion: { $ref: '#/$defs/singleLine', title: 'The response plan version' },
        timeZone: { $ref: '#/$defs/singleLine', title: 'IANA time zone, e.g. Australia/Sydney' },
      },
      required: ['timeZone'],
      additionalProperties: false,
    },
    decisionRecord: {
      title: 'A decision record (ndb assess --record)',
      type: 'object',
      properties: {
        recordVersion: { enum: [1, 2] },
        record: {
          type: 'object',
          properties: {
            incident: { $ref: INCIDENT_SCHEMA_REF },
            // Loose on purpose: a decision made by earlier rules must still be readable; its
            // content is protected by the hashes and checked by re-running the engine.
            decision: {
              type: 'object',
              properties: {
                outcome: { type: 'string' },
                ndbOutcome: { type: 'string' },
                obligations: { type: 'array', items: { type: 'object' } },
                rulesVersion: { type: 'string' },
              },
              required: ['outcome', 'ndbOutcome', 'obligations', 'rulesVersion'],
            },
            now: ref('dateTime'),
            rulesVersion: { type: 'string' },
          },
          required: ['incident', 'decision', 'now', 'rulesVersion'],
          additionalProperties: false,
        },
        hash: {
          type: 'object',
          properties: {
            algorithm: { const: 'SHA-256' },
            canonicalization: { const: 'RFC 8785 (JCS)' },
            value: ref('sha256'),
          },
          required: ['algorithm', 'canonicalization', 'value'],
          additionalProperties: false,
        },
      },
      required: ['recordVersion', 'record', 'hash'],
      additionalProperties: false,
    },
    entry: {
      title: 'An entry of the timeline',
      type: 'object',
      properties: {
        seq: { type: 'integer', minimum: 0, title: 'Position in the file, from 0' },
        type: { enum: [...ENTRY_TYPES], title: 'What happened' },
        at: { $ref: '#/$defs/dateTime', title: 'When it happened' },
        loggedAt: { $ref: '#/$defs/dateTime', title: 'When ndb wrote the entry' },
        by: { $ref: '#/$defs/singleLine', title: 'Who did or decided it' },
        ref: { $ref: '#/$defs/singleLine', title: 'A reference given by the OAIC, ADHA, insurer or police' },
        note: { $ref: '#/$defs/text', title: 'A note' },
        ...TYPE_FIELDS,
        prev: {
          title: 'SHA-256 of the entry before (null for the first)',
          type: ['string', 'null'],
          pattern: '^[0-9a-f]{64}$',
        },
        hash: { $ref: '#/$defs/sha256', title: 'SHA-256 of this entry without hash' },
      },
      required: ['seq', 'type', 'at', 'loggedAt', 'prev', 'hash'],
      additionalProperties: false,
      // Each type requires its own fields and allows no other type's.
      allOf: TYPE_RULES.map(({ types, fields, required }) => ({
        if: typeIs(...types),
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, not a promise
        then: {
          ...(required.length > 0 ? { required } : {}),
          // true: its own fields (their schemas are above); false: any other type's.
          properties: Object.fromEntries(
            Object.keys(TYPE_FIELDS).map((k) => [k, (fields as string[]).includes(k)]),
          ),
        },
      })),
    },
  },
};

export function schemaText(schema: object): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
