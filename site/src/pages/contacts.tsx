import { CallCard, tel } from '../components/CallCard.tsx';
import { TableScroll } from '../components/TableScroll.tsx';
import { Page, type PageAssets } from '../layouts/Page.tsx';
import type { SiteData } from '../lib/site-data.ts';

export function ContactsPage({ site, assets }: { site: SiteData; assets: PageAssets }) {
  return (
    <Page site={site} assets={assets} title="Contacts" current="contacts">
      <h1>Contacts</h1>
      <h2>Response team</h2>
      {site.callTree.map((p) => (
        <CallCard person={p} />
      ))}
      {site.contactGroups.map((g) => (
        <section aria-label={g.title}>
          <h2>{g.title}</h2>
          <TableScroll>
            <table>
              <thead>
                <tr>
                  <th scope="col">Who</th>
                  <th scope="col">How to reach them</th>
                </tr>
              </thead>
              <tbody>
                {g.entries.map((e) => (
                  <tr>
                    <td>
                      <strong>{e.name}</strong>
                      {e.detail && (
                        <>
                          <br />
                          <span class="muted">{e.detail}</span>
                        </>
                      )}
                    </td>
                    <td>
                      {e.phone && (
                        <div>
                          <a class="tel" href={tel(e.phone)}>
                            {e.phone}
                          </a>
                        </div>
                      )}
                      {e.afterHoursPhone && e.afterHoursPhone !== e.phone && (
                        <div>
                          After hours:{' '}
                          <a class="tel" href={tel(e.afterHoursPhone)}>
                            {e.afterHoursPhone}
                          </a>
                        </div>
                      )}
                      {e.email && (
                        <div>
                          <a href={`mailto:${e.email}`}>{e.email}</a>
                        </div>
                      )}
                      {e.web && (
                        <div>
                          <a href={e.web} rel="noreferrer">
                            {new URL(e.web).host}
                          </a>
                        </div>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      ))}
    </Page>
  );
}
