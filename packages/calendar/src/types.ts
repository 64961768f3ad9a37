/** One calendar entry. Times are local wall-clock times in the calendar's `timeZone`. */
export interface CalendarEvent {
  /** Stable across builds so a re-import updates the entry instead of duplicating it. */
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  /** Absolute URL; normalised by the WHATWG URL parser. */
  url?: string;
  categories?: string[];
  /** `time` is HH:MM local; omit it for an all-day event. */
  start: { date: string; time?: string };
  /** Timed events only; defaults to 60. */
  durationMinutes?: number;
  rrule?: {
    freq: 'WEEKLY' | 'MONTHLY' | 'YEARLY';
    interval?: number;
    count?: number;
    /** Inclusive last local date (YYYY-MM-DD). */
    until?: string;
    /** e.g. ['2TU'] (second Tuesday); ordinals are not allowed with WEEKLY. */
    byDay?: string[];
  };
  /** VALARM ACTION:DISPLAY, triggered relative to the start. */
  alarms?: { minutesBefore: number; description: string }[];
  /**
   * `role` is emitted as ROLE= when it is an RFC 5545 role (CHAIR, REQ-PARTICIPANT, OPT-PARTICIPANT,
   * NON-PARTICIPANT); any other text (a job title) is appended to the display name instead.
   */
  attendees?: { name: string; email?: string; role?: string }[];
  organizer?: { name: string; email: string };
  sequence?: number;
}

export interface CalendarInput {
  name: string;
  description?: string;
  /** IANA zone name, e.g. Australia/Sydney. */
  timeZone: string;
  /** Written as every event's DTSTAMP; fixed by the caller so output is byte-identical. */
  dtstamp: Date;
  events: CalendarEvent[];
}
