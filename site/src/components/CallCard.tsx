import type { Person } from '../lib/site-data.ts';

import { telUri } from '@ndb-kit/policy/phone-number';

/** The one tel: builder (international form, a bracketed note not dialled). */
export const tel = telUri;

export function CallCard({ person, level = 'h3' }: { person: Person; level?: 'h2' | 'h3' }) {
  const H = level;
  return (
    <div class="card callcard">
      <H>{person.name}</H>
      <p class="role">
        {person.role}
        {person.position ? ` — ${person.position}` : ''}
        {person.duty ? `. ${person.duty}` : ''}
      </p>
      <div class="row">
        {person.phone && (
          <a
            class="btn primary tel"
            href={tel(person.phone)}
            aria-label={`Call ${person.name} on ${person.phone}`}
          >
            Call {person.phone}
          </a>
        )}
        {person.afterHoursPhone && person.afterHoursPhone !== person.phone && (
          <a
            class="btn tel"
            href={tel(person.afterHoursPhone)}
            aria-label={`Call ${person.name} after hours on ${person.afterHoursPhone}`}
          >
            After hours {person.afterHoursPhone}
          </a>
        )}
        {person.email && (
          <a class="btn" href={`mailto:${person.email}`}>
            Email
          </a>
        )}
      </div>
    </div>
  );
}
