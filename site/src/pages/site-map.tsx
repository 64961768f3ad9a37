// The site map: every page of a practice's site and the file it is written to. Rendered with
// preact-render-to-string at `ndb site` time from a prebuilt bundle of this module
// (site/scripts/site-assets.ts), so building a practice needs neither Astro nor Vite.
import { renderToString } from 'preact-render-to-string';
import type { VNode } from 'preact';
import type { PageAssets } from '../layouts/Page.tsx';
import type { ClientAssets, SiteData } from '../lib/site-data.ts';
import { AboutPage } from './about.tsx';
import { ContactsPage } from './contacts.tsx';
import { DrillsPage } from './drills.tsx';
import { IndexPage } from './index.tsx';
import { NoticesPage } from './notices.tsx';
import { PlanPage, PlanSectionPage } from './plan.tsx';
import { WizardPage } from './wizard.tsx';

/** [file name, HTML] of every page, in a fixed order. */
export function renderPractice(site: SiteData, client: ClientAssets): [string, string][] {
  const assets: PageAssets = { base: client.base, css: client.css.site };
  const page = (vnode: VNode) => `<!DOCTYPE html>${renderToString(vnode)}`;
  const [wizardEntry = ''] = client.wizard;
  return [
    ['index.html', page(<IndexPage site={site} assets={assets} />)],
    [
      'wizard.html',
      page(
        <WizardPage
          site={site}
          assets={{ base: client.base, css: client.css.site + client.css.wizard, preload: client.wizard }}
          script={wizardEntry}
        />,
      ),
    ],
    ['plan.html', page(<PlanPage site={site} assets={assets} />)],
    ...site.sections.map((s, i): [string, string] => [
      `plan-${s.id}.html`,
      page(<PlanSectionPage site={site} assets={assets} i={i} />),
    ]),
    ['contacts.html', page(<ContactsPage site={site} assets={assets} />)],
    ['notices.html', page(<NoticesPage site={site} assets={assets} script={client.notices} />)],
    ['drills.html', page(<DrillsPage site={site} assets={assets} />)],
    ['about.html', page(<AboutPage site={site} assets={assets} />)],
  ];
}
