// The incident file: one JSON file per incident, an append-only list of entries, each carrying
// the SHA-256 of the one before. Field names are a public contract (docs/incident-model.md,
// schemas/incident-file.schema.json): add optional fields, never rename or drop these.
import type { DecisionRecord } from '@ndb-kit/engine';

export const INCIDENT_FILE_FORMAT = 'ndb-kit incident file';
export const INCIDENT_FILE_VERSION = 1;

/** Events a person logs with `ndb incident log FILE EVENT`. */
export const LOG_EVENTS = [
  'contained',
  'remedial-action',
  'believed',
  'oaic-statement',
  'individuals-notified',
  'adha-notified',
  'insurer-notified',
  'police-report',
  'commissioner-declaration',
  'commissioner-direction',
  'reviewed',
  'note',
] as const;
export type LogEvent = (typeof LOG_EVENTS)[number];

/** Every entry type, in the order they usually appear. */
export const ENTRY_TYPES = ['opened', 'assessment', ...LOG_EVENTS, 'closed'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

export const DECLARATION_KINDS = ['extension', 'exemption'] as const;
export type DeclarationKind = (typeof DECLARATION_KINDS)[number];

/** Fields every entry has. */
export interface EntryBase {
  /** Position in the file, from 0. */
  seq: number;
  type: EntryType;
  /** When it happened (ISO 8601 with offset). For an assessment, the moment of assessment. */
  at: string;
  /** When ndb wrote the entry (ISO 8601 with offset); never earlier than the entry before. */
  loggedAt: string;
  /** SHA-256 (hex) of the entry before; null for the first. */
  prev: string | null;
  /** SHA-256 (hex) of this entry's RFC 8785 canonical JSON without `hash`. */
  hash: string;
  /** Who did it or decided it. */
  by?: string;
  /** A reference given by someone else: OAIC, ADHA, insurer claim, police or ReportCyber. */
  ref?: string;
  /** Free text. */
  note?: string;
}

export interface Practice {
  /** The practice policy's id, when the file was opened with --policy. */
  id?: string;
  name?: string;
  planVersion?: string;
  /** IANA zone the file's times are shown in. */
  timeZone: string;
}

export interface OpenedEntry extends EntryBase {
  type: 'opened';
  /** The practice's own reference for the incident. */
  reference: string;
  title?: string;
  practice: Practice;
  /** When the practice first became aware, if known when the file was opened. */
  awareAt?: string;
}

export interface AssessmentEntry extends EntryBase {
  type: 'assessment';
  /** The engine's decision record, exactly as `ndb assess --record` writes it. */
  record: DecisionRecord;
}

export interface ActionEntry extends EntryBase {
  type: 'contained' | 'remedial-action';
  /** What was done. */
  what: string;
  /** Evidence kept (a log export, a confirmation email, a screenshot's file name…). */
  evidence?: string;
}

export interface IndividualsEntry extends EntryBase {
  type: 'individuals-notified';
  /** How: letter, email, phone, SMS, published on the website (s 26WL(2)(c))… */
  how: string;
  count?: number;
}

export interface DeclarationEntry extends EntryBase {
  type: 'commissioner-declaration';
  /** s 26WQ(1)(c) exemption from s 26WK and s 26WL, or s 26WQ(1)(d) more time to notify individuals. */
  declaration: DeclarationKind;
  /** With an extension: the date by which individuals must now be notified. */
  newDue?: string;
}

export interface DirectionEntry extends EntryBase {
  type: 'commissioner-direction';
  /** A date the direction sets for the statement and notification, if any. */
  due?: string;
}

export interface PlainEntry extends EntryBase {
  type:
    | 'believed'
    | 'oaic-statement'
    | 'adha-notified'
    | 'insurer-notified'
    | 'police-report'
    | 'reviewed'
    | 'note'
    | 'closed';
}

export type Entry =
  | OpenedEntry
  | AssessmentEntry
  | ActionEntry
  | IndividualsEntry
  | DeclarationEntry
  | DirectionEntry
  | PlainEntry;

export interface IncidentFile {
  format: typeof INCIDENT_FILE_FORMAT;
  formatVersion: typeof INCIDENT_FILE_VERSION;
  entries: Entry[];
}

/** What a caller gives to append an event: the entry without seq, loggedAt, prev and hash. */
export type NewEntry = DistributiveOmit<Exclude<Entry, OpenedEntry>, 'seq' | 'loggedAt' | 'prev' | 'hash'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
