// The drill calendar: policy drills → upcoming dates for the plan and VEVENTs for drills.ics.
// Both come from the same recurrence arithmetic, so the plan's "next dates" are the dates a
// calendar application shows after importing the .ics.
import { buildCalendar, type CalendarEvent } from '@ndb-kit/calendar';
import {
  type Drill,
  type DrillFrequency,
  type DrillKind,
  type PracticePolicy,
  ROLE_NAMES,
  type RoleName,
} from '@ndb-kit/policy';

/** How many upcoming dates the plan and the site list per drill. */
export const NEXT_DATES = 4;

const STEP_MONTHS: Record<DrillFrequency, number> = {
  monthly: 1,
  quarterly: 3,
  six_monthly: 6,
  annually: 12,
};

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

export interface DrillSchedule {
  id: string;
  title: string;
  kind: string;
  frequency: string;
  startTime: string;
  durationMinutes: number;
  location: string;
  attendees: string;
  nextDates: string[];
}

function ymd(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m, d));
  if (t.getUTCMonth() !== ((m % 12) + 12) % 12) return null; // e.g. 31 April: RFC 5545 skips it
  return t.toISOString().slice(0, 10);
}

/**
 * Occurrences on or after `from`, as RFC 5545 computes them for FREQ=MONTHLY/YEARLY with the start's
 * day of month: months without that day are skipped and not counted towards COUNT.
 */
export function occurrencesFrom(drill: Drill, from: string, limit: number): string[] {
  const [y, m, d] = drill.firstDate.split('-').map(Number) as [number, number, number];
  const step = STEP_MONTHS[drill.frequency];
  const out: string[] = [];
  let counted = 0;
  // 600 steps = 50 years of monthly drills: far beyond any plan's review cycle.
  for (let k = 0; k < 600 && out.length < limit; k++) {
    const date = ymd(y, m - 1 + k * step, d);
    if (date === null) continue;
    counted++;
    if (drill.occurrences !== undefined && counted > drill.occurrences) break;
    if (date >= from) out.push(date);
  }
  return out;
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

function rrule(drill: Drill): NonNullable<CalendarEvent['rrule']> {
  const base = drill.frequency === 'annually' ? { freq: 'YEARLY' as const } : { freq: 'MONTHLY' as const };
  const interval = STEP_MONTHS[drill.frequency];
  return {
    ...base,
    ...(drill.frequency === 'quarterly' || drill.frequency === 'six_monthly' ? { interval } : {}),
    ...(drill.occurrences ? { count: drill.occurrences } : {}),
  };
}

/** drills.ics: one recurring VEVENT per drill, DTSTAMP fixed to the build date. */
export function buildDrillsIcs(policy: PracticePolicy, buildDate: string): string {
  const org = policy.organisation;
  const events: CalendarEvent[] = policy.drills.map((d) => ({
    uid: drillUid(policy, d),
    summary: d.title,
    description: [
      DRILL_KIND_LABELS[d.kind],
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
    attendees: drillAttendees(policy, d).map((p) => ({
      name: p.name,
      ...(p.email ? { email: p.email } : {}),
      role: 'REQ-PARTICIPANT',
    })),
  }));
  return buildCalendar({
    name: `${org.tradingName}: data breach drills`,
    description: `Drill calendar of the data breach response plan of ${org.tradingName}.`,
    timeZone: org.timeZone,
    dtstamp: new Date(`${buildDate}T00:00:00Z`),
    events,
  });
}
