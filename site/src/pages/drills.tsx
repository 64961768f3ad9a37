import { Page, type PageAssets } from '../layouts/Page.tsx';
import type { SiteData } from '../lib/site-data.ts';

// One formatter, made on first use, and each date formatted once: `toLocaleDateString` with
// options makes a new Intl.DateTimeFormat per call (~0.3 ms: 2 % of a 100-practice `ndb site --all`).
let formatter: Intl.DateTimeFormat | undefined;
const formatted = new Map<string, string>();
const long = (d: string) => {
  let text = formatted.get(d);
  if (text === undefined) {
    formatter ??= new Intl.DateTimeFormat('en-AU', {
      weekday: 'short',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    text = formatter.format(new Date(`${d}T12:00:00Z`));
    formatted.set(d, text);
  }
  return text;
};

const Time = ({ date }: { date: string }) => <time datetime={date}>{long(date)}</time>;

export function DrillsPage({ site, assets }: { site: SiteData; assets: PageAssets }) {
  const ics = site.downloads.find((d) => d.path.endsWith('.ics'));
  const overdue = site.drills.filter((d) => d.overdue).length;
  // The subscription link (webcal://) needs the site's address, so the layout's script makes it,
  // over http(s) only: a file copy has no address a calendar could fetch. docs/hosting.md says
  // which calendar clients cope with a password-protected feed.
  return (
    <Page site={site} assets={assets} title="Drills" current="drills">
      <h1>Drills and reviews</h1>
      <p>
        Practising the plan is how it works on the day.{' '}
        {ics && (
          <>
            Add every drill to your calendar:{' '}
            <a class="btn primary" href={`./${ics.path}`} download>
              Download the drill calendar (.ics)
            </a>
          </>
        )}
      </p>
      {ics && (
        <p data-webcal-note="" hidden>
          Or subscribe, and your calendar follows every rebuild of the plan (it checks once a day):{' '}
          {/* biome-ignore lint/a11y/useValidAnchor: the layout script gives it its webcal:// href, over http(s) only */}
          <a class="btn" data-webcal={`./${ics.path}`}>
            Subscribe to the drill calendar
          </a>
        </p>
      )}
      <p>
        After each drill, add it to the drill log in the practice policy (date, who took part, notes, what
        changed) and rebuild the plan.
        {overdue > 0 && (
          <>
            {' '}
            <strong>{overdue === 1 ? '1 drill is overdue.' : `${overdue} drills are overdue.`}</strong>
          </>
        )}
      </p>
      {site.drills.map((d) => (
        <section class={d.overdue ? 'card urgent' : 'card'} aria-labelledby={`d-${d.id}`}>
          <h2 id={`d-${d.id}`}>{d.title}</h2>
          <p class="muted">{d.schedule}</p>
          <p data-drill-status={d.overdue ? 'overdue' : 'ok'}>
            {d.overdue && d.nextDue ? (
              <>
                <strong>Overdue:</strong> due <Time date={d.nextDue} />, not recorded as held.
              </>
            ) : d.nextDue ? (
              <>
                Next due <Time date={d.nextDue} />.
              </>
            ) : (
              <>No further dates.</>
            )}{' '}
            {d.lastHeld ? (
              <>
                Last held <Time date={d.lastHeld} />.
              </>
            ) : (
              <>Not yet held.</>
            )}
          </p>
          {d.nextDates.length ? (
            <>
              <p>Next dates:</p>
              <ul>
                {d.nextDates.map((date) => (
                  <li>
                    <Time date={date} />
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>No dates scheduled.</p>
          )}
          {d.log.length > 0 && (
            <details>
              <summary>Drill log ({d.log.length})</summary>
              <ul class="drill-log">
                {d.log.map((h) => (
                  <li>
                    <Time date={h.date} />
                    {h.attendees && <> · {h.attendees}</>}
                    {h.notes && <p class="prewrap">{h.notes}</p>}
                    {h.changes && (
                      <p class="prewrap">
                        <strong>What changed:</strong> {h.changes}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </section>
      ))}
    </Page>
  );
}
