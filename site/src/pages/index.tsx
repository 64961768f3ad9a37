import { Banners } from '../components/Banners.tsx';
import { CallCard } from '../components/CallCard.tsx';
import { Page, type PageAssets } from '../layouts/Page.tsx';
import type { SiteData } from '../lib/site-data.ts';

export function IndexPage({ site, assets }: { site: SiteData; assets: PageAssets }) {
  const [first, ...rest] = site.callTree;
  return (
    <Page site={site} assets={assets} title="Breach now? Start here" current="index">
      <h1>Breach now? Start here</h1>
      <Banners banners={site.model.banners} />
      <p>
        Stay calm. Work through these steps in order. Do not delete anything: emails, logs and devices are
        evidence.
      </p>
      <ol class="steps">
        <li>
          <strong>Contain it</strong> if you safely can: recall the email, disconnect the device from the
          network (leave it on), change the exposed password.
        </li>
        <li>
          <strong>Call {first ? first.name : 'the response lead'}</strong> now. If there is no answer within
          30 minutes, call the next person.
        </li>
        <li>
          <strong>Write down</strong> what happened, when you found out (date and time) and what you have
          done.
        </li>
        <li>
          <strong>Work out whether you must notify</strong> with the questions below. The clock may already be
          running.
        </li>
      </ol>
      <p>
        <a class="btn primary big" href="./wizard.html">
          Do we have to notify? Answer the questions
        </a>
      </p>
      <h2 id="call-tree">Who to call, in this order</h2>
      {first && (
        <div class="urgent-wrap">
          <CallCard person={first} />
        </div>
      )}
      {rest.map((p) => (
        <CallCard person={p} />
      ))}
      <p>
        <a href="./contacts.html">All contacts: insurer, lawyer, IT provider, vendors, OAIC</a>
      </p>
      <h2>The plan</h2>
      <ul>
        {site.sections.map((s) => (
          <li>
            <a href={`./plan-${s.id}.html`}>{s.title}</a>
          </li>
        ))}
      </ul>
    </Page>
  );
}
