// The one clock of the `ndb` commands. Every default "now" and "today" is read here and written
// in the practice's time zone with the engine's wall clock (engine dates.ts, via the policy
// package's todayIn); the machine's zone is read here too, only where no practice gives one.
// Logic below the commands takes the date or the instant as an argument (--date / --now), so
// tests and reruns are deterministic.
import { instantInZone } from '@ndb-kit/engine';
import { todayIn } from '@ndb-kit/policy/today';

export const clock = {
  /** Epoch milliseconds now; the only place the commands read the system clock. */
  now: (): number => Date.now(),
};

/** Now as ISO 8601 wall-clock time in `zone`, with the offset in force. */
export function nowIn(zone: string): string {
  return instantInZone(clock.now(), zone);
}

/** Today's date (YYYY-MM-DD) in `zone`. */
export function todayInZone(zone: string): string {
  return todayIn(zone, new Date(clock.now()));
}

/**
 * The machine's own IANA time zone: the zone of a "today" asked before any practice is known
 * (`ndb assess --interactive`'s default awareness date). The only place the commands read it.
 */
export function machineZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
