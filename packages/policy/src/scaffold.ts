// A starting policy from a few answers (`ndb init`). Pure: `today` is an answer. Everything it
// cannot know is either left out (optional facts such as the ABN) or, in free-text fields only,
// an obvious "TODO: …" placeholder, so the result validates and `ndb validate` lists what to fill in.
import { JURISDICTION_ZONES } from '@ndb-kit/engine';
import { isRealDate } from '@ndb-kit/validation';
import { addDays } from './calendar-dates.ts';
import type { Drill, EntityType, PracticePolicy, PracticeType, RoleName, State } from './types.ts';
import { MSP, ROLE_NAMES } from './contract/vocabulary.ts';
import { WEEK_ORDINALS, weekOfMonth } from './drills.ts';

export interface ScaffoldAnswers {
  /** Trading name, e.g. "Harbourside Family Medical". */
  name: string;
  practiceType: PracticeType;
  state: State;
  annualTurnover: number | 'unknown';
  myHealthRecordParticipant: boolean;
  privacyOfficer: { name: string; email: string; phone: string };
  /** YYYY-MM-DD: drills start after it; the first review is a year on. */
  today: string;
  /** Defaults to the state's capital-city zone. */
  timeZone?: string;
  /** Defaults to health_service_provider (covered at any turnover). */
  entityType?: EntityType;
  /** Defaults to a slug of the name. */
  id?: string;
  legalName?: string;
  abn?: string;
  /** Practice phone and email; default to the privacy officer's. */
  phone?: string;
  email?: string;
  address?: { street?: string; suburb?: string; postcode?: string };
  /** Value for "$schema"; defaults to the path used inside this repository's policies/ folder. */
  schemaRef?: string;
}

/** The engine's table: the zone of each jurisdiction's capital (one source for deadlines and plans). */
export const DEFAULT_TIME_ZONES: Record<State, string> = JURISDICTION_ZONES;

/**
 * A policy or person id from a name (lower-case Latin letters, digits, hyphens; at most 64):
 * "Ngaio Tāwhiri" → "ngaio-tawhiri"; "" when nothing Latin is left (e.g. "王小明"). Not a heading
 * anchor (that is the generator's `headingId`).
 */
export function idFromName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

/** Same day next year; 29 February becomes 28 February. */
function nextYear(date: string): string {
  const [y, m, d] = date.split('-');
  const candidate = `${Number(y) + 1}-${m}-${d}`;
  return isRealDate(candidate) ? candidate : `${Number(y) + 1}-${m}-28`;
}

/** The first Tuesday on or after `date`: mid-week, away from Monday backlogs. */
function tuesdayFrom(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, (2 - weekday + 7) % 7);
}

const LOCATION = 'TODO: room or video link';

/** Anchor a Tuesday start to its weekday ("third Tuesday"), so no later date lands on a weekend. */
function onTuesdays(firstDate: string): Pick<Drill, 'firstDate' | 'repeatOn'> {
  const { nth } = weekOfMonth(firstDate);
  return {
    firstDate,
    repeatOn: { week: nth > 4 ? 'last' : (WEEK_ORDINALS[nth - 1] ?? 'first'), day: 'tuesday' },
  };
}

function starterDrills(today: string, nextReview: string): Drill[] {
  const leaders: RoleName[] = ['responseLead', 'privacyOfficer', 'decisionMaker'];
  return [
    {
      id: 'ndb-walkthrough',
      kind: 'ndb_walkthrough',
      title: 'Walk through a notifiable data breach assessment',
      frequency: 'six_monthly',
      ...onTuesdays(tuesdayFrom(addDays(today, 14))),
      startTime: '12:30',
      durationMinutes: 45,
      attendees: leaders,
      location: LOCATION,
    },
    {
      id: 'backup-restore-test',
      kind: 'backup_restore_test',
      title: 'Test restoring a backup',
      frequency: 'quarterly',
      ...onTuesdays(tuesdayFrom(addDays(today, 28))),
      startTime: '17:30',
      durationMinutes: 60,
      attendees: ['itContact'],
      location: LOCATION,
    },
    {
      id: 'breach-tabletop',
      kind: 'tabletop',
      title: 'Data breach tabletop exercise',
      frequency: 'annually',
      ...onTuesdays(tuesdayFrom(addDays(today, 42))),
      startTime: '12:30',
      durationMinutes: 60,
      attendees: [...ROLE_NAMES],
      location: LOCATION,
    },
    {
      id: 'plan-review',
      kind: 'plan_review',
      title: 'Review the data breach response plan',
      frequency: 'annually',
      ...onTuesdays(tuesdayFrom(addDays(nextReview, -21))),
      startTime: '12:30',
      durationMinutes: 60,
      attendees: leaders,
      location: LOCATION,
    },
  ];
}

export function scaffoldPolicy(answers: ScaffoldAnswers): PracticePolicy {
  const reserved = new Set<string>([...ROLE_NAMES, MSP]);
  const personSlug = idFromName(answers.privacyOfficer.name);
  const personId = personSlug && !reserved.has(personSlug) ? personSlug : 'privacy-officer';
  const roles = Object.fromEntries(ROLE_NAMES.map((role) => [role, personId])) as Record<RoleName, string>;
  const nextReview = nextYear(answers.today);
  const address = answers.address ?? {};
  return {
    $schema: answers.schemaRef ?? '../schemas/practice-policy.schema.json',
    schemaVersion: 1,
    id: answers.id ?? (idFromName(answers.name) || 'practice'),
    organisation: {
      legalName: answers.legalName ?? 'TODO: legal name of the entity (company, partnership or sole trader)',
      tradingName: answers.name,
      ...(answers.abn ? { abn: answers.abn } : {}),
      practiceType: answers.practiceType,
      address: {
        street: address.street ?? 'TODO: street address',
        suburb: address.suburb ?? 'TODO: suburb',
        state: answers.state,
        ...(address.postcode ? { postcode: address.postcode } : {}),
      },
      phone: answers.phone ?? answers.privacyOfficer.phone,
      email: answers.email ?? answers.privacyOfficer.email,
      timeZone: answers.timeZone ?? DEFAULT_TIME_ZONES[answers.state],
      entity: {
        type: answers.entityType ?? 'health_service_provider',
        annualTurnover: answers.annualTurnover,
        carveIns: [],
        jurisdiction: answers.state,
        myHealthRecordParticipant: answers.myHealthRecordParticipant,
        criticalInfrastructure: false,
        apraRegulated: false,
        gdprApplies: false,
      },
    },
    people: [
      {
        id: personId,
        name: answers.privacyOfficer.name,
        position: 'Privacy officer',
        phone: answers.privacyOfficer.phone,
        email: answers.privacyOfficer.email,
      },
    ],
    roles,
    contacts: { vendors: [] },
    systems: [],
    drills: starterDrills(answers.today, nextReview),
    plan: { version: '0.1', nextReview },
  };
}
