// The drill calendar: policy drills → upcoming dates for the plan and VEVENTs for drills.ics.
// Both come from the same recurrence arithmetic, so the plan's "next dates" are the dates a
// calendar application shows after importing the .ics.
import { buildCalendar, type CalendarEvent } from '@ndb-kit/calendar';
import {
  type Drill,
  type DrillFrequency,
  type DrillKind,
  drillOccurrences,
  drillScheduleLabel,
  drillStatus,
  type PracticePolicy,
  ROLE_NAMES,
  type RoleName,
  STEP_MONTHS,
  WEEK_ORDINALS,
  weekdayNumber,
} from '@ndb-kit/policy';

/** How many upcoming dates the plan and the site list per drill. */
export const NEXT_DATES = 4;

export const FREQUENCY_LABELS: Record<DrillFrequency, string> = {
  monthly: 'Monthly',
  quarterly: 'Every 3 months',
  six_monthly: 'Every 6 months',
  annually: 'Every year',
};

export const DRILL_KIND_LABELS: Record<DrillKind, string> = {
  tabletop: 'Tabletop exercise: talk through a breach scenario',
  ndb_walkthrough: 'NDB walkthrough: practise the assessment and the OAIC form',
  backup_restore_test: 'Backup restore test',
  phishing_exercise: 'Phishing exercise',
  plan_review: 'Plan review',
  training: 'Staff privacy training',
};

export interface DrillLogEntry {
  date: string;
  attendees: string | null;
  notes: string | null;
  changes: string | null;
}

export interface DrillSchedule {
  id: string;
  title: string;
  kind: string;
  frequency: string;
  /** "second Tuesday of Feb, May, Aug, Nov" */
  schedule: string;
  startTime: string;
  durationMinutes: number;
  location: string;
  attendees: string;
  nextDates: string[];
  lastHeld: string | null;
  /** The next scheduled date not yet met by a drill held (when overdue: the date that was missed). */
  nextDue: string | null;
  overdue: boolean;
  /** The drill log, newest first. */
  log: DrillLogEntry[];
}

/** Occurrences on or after `from` (the policy's recurrence arithmetic, the same as drills.ics). */
export function occurrencesFrom(drill: Drill, from: string, limit: number): string[] {
  return drillOccurrences(drill, from, limit);
}

/** Attendees as people: role names resolve through roles; each person once, in the order given. */
export function drillAttendees(policy: PracticePolicy, drill: Drill) {
  const ids = drill.attendees.map((a) =>
    ROLE_NAMES.includes(a as RoleName) ? policy.roles[a as RoleName] : a,
  );
  const people = new Map(policy.people.map((p) => [p.id, p]));
  return [...new Set(ids)].flatMap((id) => {
    const p = people.get(id);
    return p ? [p] : [];
  });
}

export function drillSchedules(policy: PracticePolicy, from: string): DrillSchedule[] {
  return policy.drills.map((d) => ({
    id: d.id,
    title: d.title,
    kind: DRILL_KIND_LABELS[d.kind],
    frequency: FREQUENCY_LABELS[d.frequency] + (d.occurrences ? `, ${d.occurrences} times` : ''),
    schedule: drillScheduleLabel(d),
    ...drillStatus(d, from),
    log: [...(d.held ?? [])]
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
      .map((h) => ({
        date: h.date,
        attendees: h.attendees?.length ? h.attendees.join(', ') : null,
        notes: h.notes ?? null,
        changes: h.changes ?? null,
      })),
    startTime: d.startTime,
    durationMinutes: d.durationMinutes,
    location: d.location,
    attendees: drillAttendees(policy, d)
      .map((p) => p.name)
      .join(', '),
    nextDates: occurrencesFrom(d, from, NEXT_DATES),
  }));
}

export function drillUid(policy: PracticePolicy, drill: Drill): string {
  return `${drill.id}.${policy.id}@ndb-kit`;
}

const ICAL_DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

function rrule(drill: Drill): NonNullable<CalendarEvent['rrule']> {
  const interval = STEP_MONTHS[drill.frequency];
  const count = drill.occurrences ? { count: drill.occurrences } : {};
  if (drill.repeatOn) {
    // "Second Tuesday" is a monthly rule (YEARLY;BYDAY=2TU would mean the year's second Tuesday).
    const n = drill.repeatOn.week === 'last' ? -1 : WEEK_ORDINALS.indexOf(drill.repeatOn.week) + 1;
    const byDay = [`${n}${ICAL_DAYS[weekdayNumber(drill.repeatOn.day)]}`];
    return { freq: 'MONTHLY', ...(interval > 1 ? { interval } : {}), byDay, ...count };
  }
  const base = drill.frequency === 'annually' ? { freq: 'YEARLY' as const } : { freq: 'MONTHLY' as const };
  return {
    ...base,
    ...(drill.frequency === 'quarterly' || drill.frequency === 'six_monthly' ? { interval } : {}),
    ...count,
  };
}

/** How often a subscribed calendar fetches drills.ics again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
export const DRILLS_REFRESH = 'P1D';

/**
 * The SEQUENCE of every drill event: whole days from 2000-01-01 to the plan's approval date
 * (0 for a plan not yet approved). A client that imported drills.ics replaces an event it holds
 * only when SEQUENCE is higher (RFC 5546 §2.1.5; Google Calendar ignores the re-import otherwise),
 * and a changed drill is a changed plan, which the policy records by approving it again
 * (`plan.approvedOn`, never in the future). So the number is read from the policy, never from a
 * previous build, and the output stays byte-identical for the same policy and date. Between two
 * builds of one approval, DTSTAMP (the build date) is the tie-break RFC 5546 gives.
 * Subscribers (webcal) need neither: a subscribed calendar is replaced whole on every refresh.
 */
export function drillSequence(policy: PracticePolicy): number {
  const approved = policy.plan.approvedOn;
  if (!approved) return 0;
  return Math.round((Date.parse(`${approved}T00:00:00Z`) - Date.parse('2000-01-01T00:00:00Z')) / 86_400_000);
}

/** The drills' ORGANIZER: the privacy officer, when the policy has their email address. */
function drillOrganizer(policy: PracticePolicy): { name: string; email: string } | undefined {
  const officer = policy.people.find((p) => p.id === policy.roles.privacyOfficer);
  return officer?.email ? { name: officer.name, email: officer.email } : undefined;
}

/**
 * drills.ics: one recurring VEVENT per drill, DTSTAMP fixed to the build date. With an organizer
 * it is a valid METHOD:PUBLISH (RFC 5546 §3.2.1: ORGANIZER, no ATTENDEE, so who takes part is in
 * the description); without one it is a plain snapshot with no METHOD (RFC 5545 §3.7.2).
 */
export function buildDrillsIcs(policy: PracticePolicy, buildDate: string): string {
  const org = policy.organisation;
  const organizer = drillOrganizer(policy);
  const sequence = drillSequence(policy);
  const events: CalendarEvent[] = policy.drills.map((d) => {
    const people = drillAttendees(policy, d).map((p) => p.name);
    return {
      uid: drillUid(policy, d),
      summary: d.title,
      description: [
        DRILL_KIND_LABELS[d.kind],
        ...(people.length ? [`Who takes part: ${people.join(', ')}.`] : []),
        `Part of the data breach response plan of ${org.tradingName} (version ${policy.plan.version}).`,
        'Bring the printed plan; record what worked and what to change in the incident register.',
      ].join('\n'),
      location: d.location,
      categories: ['Data breach drill'],
      start: { date: d.firstDate, time: d.startTime },
      durationMinutes: d.durationMinutes,
      rrule: rrule(d),
      alarms: [
        { minutesBefore: 24 * 60, description: `Tomorrow: ${d.title}` },
        { minutesBefore: 60, description: `In one hour: ${d.title}` },
      ],
      ...(organizer ? { organizer } : {}),
      ...(sequence > 0 ? { sequence } : {}),
    };
  });
  return buildCalendar({
    name: `${org.tradingName}: data breach drills`,
    description: `Drill calendar of the data breach response plan of ${org.tradingName}.`,
    timeZone: org.timeZone,
    dtstamp: new Date(`${buildDate}T00:00:00Z`),
    ...(organizer ? { method: 'PUBLISH' as const } : {}),
    refreshInterval: DRILLS_REFRESH,
    events,
  });
}
