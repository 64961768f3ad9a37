import { CHUNK_URL_VARIABLE } from '../../scripts/inline-first-chunk.ts';
import { Page, type PageAssets } from '../layouts/Page.tsx';
import type { SiteData } from '../lib/site-data.ts';
import { EARLY_INPUT_SCRIPT } from '../wizard/early-input.ts';
import { Wizard } from '../wizard/Wizard.tsx';

/** The notification questions: the first question rendered here so it shows before any script
 * runs; the inline early-input script holds its presses until the wizard's first chunk
 * (src/wizard/main.ts and what it imports, prebuilt) hydrates it. That chunk is inline too
 * (`code`, an `async` module: it runs as soon as it is parsed), so Next works after one round
 * trip; its file (`chunk`) is the shim the lazy chunks import it through, preloaded last
 * (scripts/inline-first-chunk.ts). */
export function WizardPage({
  site,
  assets,
  chunk,
  code,
}: {
  site: SiteData;
  assets: PageAssets;
  chunk: string;
  code: string;
}) {
  const json = JSON.stringify(site.wizard).replace(/</g, '\\u003c');
  const url = `${assets.base}${chunk}`;
  const inline = `const ${CHUNK_URL_VARIABLE}=new URL(${JSON.stringify(url)},document.baseURI).href;${code}`;
  return (
    <Page site={site} assets={assets} title="Do we have to notify?" current="wizard" wasm>
      <noscript>
        <p class="notadvice">
          These questions need JavaScript. Without it, use the <a href="./plan.html">plan</a> and call the
          people on the <a href="./index.html">start page</a>.
        </p>
      </noscript>
      <div id="wizard-root" class="wizard">
        <Wizard practice={site.wizard} />
      </div>
      <script dangerouslySetInnerHTML={{ __html: EARLY_INPUT_SCRIPT }} />
      <script type="application/json" id="ndb-practice" dangerouslySetInnerHTML={{ __html: json }} />
      <script type="module" async dangerouslySetInnerHTML={{ __html: inline }} />
      <link rel="modulepreload" href={url} />
    </Page>
  );
}
