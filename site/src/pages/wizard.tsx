import { ModuleScript, Page, type PageAssets } from '../layouts/Page.tsx';
import type { SiteData } from '../lib/site-data.ts';
import { EARLY_INPUT_SCRIPT } from '../wizard/early-input.ts';
import { Wizard } from '../wizard/Wizard.tsx';

/** The notification questions: the first question rendered here so it shows before any script
 * runs; the early-input script, inline in <head>, holds its presses from the moment it shows until
 * `script` (src/wizard/main.ts, prebuilt, `async` so it need not wait for the rest of the page)
 * hydrates it. */
export function WizardPage({ site, assets, script }: { site: SiteData; assets: PageAssets; script: string }) {
  const json = JSON.stringify(site.wizard).replace(/</g, '\\u003c');
  return (
    <Page
      site={site}
      assets={assets}
      title="Do we have to notify?"
      current="wizard"
      wasm
      headScript={EARLY_INPUT_SCRIPT}
    >
      <noscript>
        <p class="notadvice">
          These questions need JavaScript. Without it, use the <a href="./plan.html">plan</a> and call the
          people on the <a href="./index.html">start page</a>.
        </p>
      </noscript>
      <div id="wizard-root" class="wizard">
        <Wizard practice={site.wizard} />
      </div>
      <script type="application/json" id="ndb-practice" dangerouslySetInnerHTML={{ __html: json }} />
      <ModuleScript assets={assets} file={script} async />
    </Page>
  );
}
