// Every page: skip link, practice header with navigation, the not-legal-advice footer, and the
// service-worker registration (http(s) only; file:// copies work without it). The meta CSP lets
// no inline script run but the page's own: site/scripts/csp.ts adds their SHA-256 hashes once the
// page's HTML is final (the served header repeats the policy and adds frame-ancestors 'none').
import type { ComponentChildren } from 'preact';
import type { SiteData } from '../lib/site-data.ts';

/** The practice-independent pieces a page links to (site/scripts/site-assets.ts). */
export interface PageAssets {
  /** The URL prefix of the client assets: "./_astro/" alone, "../_shared/_astro/" under --all. */
  base: string;
  /** Minified CSS, inlined in a <style> so a page is one request. */
  css: string;
  /** Module entry scripts (file names in _astro/) placed where the page puts <PageScript>. */
  preload?: string[];
}

interface Props {
  site: SiteData;
  title: string;
  current: string;
  assets: PageAssets;
  /** The page compiles WebAssembly (the wizard's PDF shaper, harfbuzzjs): CSP 'wasm-unsafe-eval'. */
  wasm?: boolean;
  /** An inline script run first thing in <head>, before any of the body is parsed or shown. */
  headScript?: string;
  children: ComponentChildren;
}

const NAV = [
  ['index', 'Start here'],
  ['wizard', 'Do we notify?'],
  ['plan', 'Plan'],
  ['contacts', 'Contacts'],
  ['notices', 'Notices'],
  ['drills', 'Drills'],
  ['about', 'About'],
] as const;

// Offline copy (site/scripts/service-worker.ts). When a new build's worker takes over a page that
// an older one controlled, say so: what is on screen may be the older plan. The drills page's
// calendar subscription (webcal://) is the site's own http(s) address of the feed.
const LAYOUT_SCRIPT = `
      if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
        var ndbHadWorker = !!navigator.serviceWorker.controller;
        navigator.serviceWorker.addEventListener('controllerchange', function () {
          var box = document.getElementById('sw-update');
          if (!ndbHadWorker || !box || box.firstChild) return;
          var button = document.createElement('button');
          button.type = 'button';
          button.className = 'btn';
          button.textContent = 'Reload';
          button.addEventListener('click', function () { location.reload(); });
          box.append('A newer version of this plan was installed for offline use. ', button);
        });
        addEventListener('load', function () { navigator.serviceWorker.register('./sw.js').catch(function () {}); });
      }
      if (/^https?:$/.test(location.protocol)) {
        document.querySelectorAll('a[data-webcal]').forEach(function (link) {
          link.href = new URL(link.getAttribute('data-webcal'), location.href).href.replace(/^https?:/, 'webcal:');
          var note = link.closest('[data-webcal-note]');
          if (note) note.hidden = false;
        });
      }
    `;

export function Page({ site, title, current, assets, wasm = false, headScript, children }: Props) {
  // 'wasm-unsafe-eval' lets the page compile WebAssembly and nothing else (no eval, no inline
  // script). Only the wizard needs it: its record PDF shapes Arabic, Hebrew, Thai, Indic … text
  // with HarfBuzz, a wasm module; every other page keeps the plain script-src 'self'.
  const scriptSrc = wasm ? "script-src 'self' 'wasm-unsafe-eval'" : "script-src 'self'";
  return (
    <html lang="en-AU">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <meta
          http-equiv="Content-Security-Policy"
          content={`default-src 'self'; ${scriptSrc}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'none'; base-uri 'none'`}
        />
        {headScript && <script dangerouslySetInnerHTML={{ __html: headScript }} />}
        <meta name="color-scheme" content="light dark" />
        <meta name="robots" content="noindex" />
        <title>{`${title} · ${site.model.practice.tradingName}`}</title>
        <link rel="icon" href="data:," />
        <style dangerouslySetInnerHTML={{ __html: assets.css }} />
        {(assets.preload ?? []).map((file) => (
          <link rel="modulepreload" href={`${assets.base}${file}`} />
        ))}
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="top">
          <div class="top-inner">
            <a class="practice" href="./index.html">{`${site.model.practice.tradingName} · breach plan`}</a>
            <nav aria-label="Plan">
              <ul>
                {NAV.map(([slug, label]) => (
                  <li>
                    <a href={`./${slug}.html`} aria-current={current === slug ? 'page' : undefined}>
                      {label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" tabindex={-1}>
          <div id="sw-update" class="callout callout-info sw-update" role="status"></div>
          {children}
        </main>
        <footer class="foot">
          <div class="foot-inner">
            <p class="notadvice">
              <strong>Not legal advice.</strong> {site.model.build.notAdvice}
            </p>
            <p>
              Plan version {site.model.plan.version} · built {site.model.build.date} · rules{' '}
              {site.model.build.rulesVersion} · <a href="./about.html">about this plan</a>
            </p>
          </div>
        </footer>
        <script dangerouslySetInnerHTML={{ __html: LAYOUT_SCRIPT }} />
      </body>
    </html>
  );
}

/** A module script from the prebuilt client assets; `async`: run as soon as it has arrived, not
 * after the whole page has been parsed (the wizard's main.ts waits for what it needs itself). */
export function ModuleScript({ assets, file, async }: { assets: PageAssets; file: string; async?: boolean }) {
  return <script type="module" async={async} src={`${assets.base}${file}`}></script>;
}
