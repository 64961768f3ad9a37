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
  /**
   * Revision number (RFC 5545 §3.8.7.4): a client that already holds this UID replaces its copy
   * only with a higher SEQUENCE (or, at an equal one, a later DTSTAMP; RFC 5546 §2.1.5).
   */
  sequence?: number;
}

export interface CalendarInput {
  name: string;
  description?: string;
  /** IANA zone name, e.g. Australia/Sydney. */
  timeZone: string;
  /** Written as every event's DTSTAMP; fixed by the caller so output is byte-identical. */
  dtstamp: Date;
  /**
   * 'PUBLISH' (RFC 5546 §3.2.1): every event must have an organizer and no attendees (both are
   * checked). Omitted: no METHOD, a plain snapshot (RFC 5545 §3.7.2), for events without an organizer.
   */
  method?: 'PUBLISH';
  /**
   * How often a subscribed client should fetch the file again, an RFC 5545 dur-value such as 'P1D':
   * written as REFRESH-INTERVAL (RFC 7986 §5.7) and X-PUBLISHED-TTL (the older name Outlook and
   * Apple read).
   */
  refreshInterval?: string;
  events: CalendarEvent[];
}
