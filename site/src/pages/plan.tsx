import { Page, type PageAssets } from '../layouts/Page.tsx';
import type { SiteData } from '../lib/site-data.ts';

/** The whole plan on one page: the version staff print (each section starts a new sheet). */
export function PlanPage({ site, assets }: { site: SiteData; assets: PageAssets }) {
  const pdfs = site.downloads.filter((d) => d.path.endsWith('.pdf'));
  return (
    <Page site={site} assets={assets} title="The plan" current="plan">
      <h1>{site.model.practice.tradingName}: data breach response plan</h1>
      <p class="no-print">
        Print this page for the paper copy (every section, contacts included).
        {pdfs.map((d) => (
          <a href={`./${d.path}`} download>
            {d.label}
          </a>
        ))}
        {pdfs.slice(0, 1).map((d) => (
          <a href={`./${d.path.replace(/\.pdf$/, '.docx')}`} download>
            The plan as a Word document (.docx)
          </a>
        ))}
      </p>
      <nav aria-label="Plan sections" class="no-print">
        <ol>
          {site.sections.map((s) => (
            <li>
              <a href={`./plan-${s.id}.html`}>{s.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {site.sections.map((s, i) => (
        <section class={i > 0 ? 'prose page-break' : 'prose'} aria-labelledby={`s-${s.id}`}>
          <h2 id={`s-${s.id}`} class={i === 0 ? 'visually-hidden' : undefined}>
            {s.title}
          </h2>
          {/* The generator's HTML (markdown-it, raw HTML off, safe links only). */}
          <div dangerouslySetInnerHTML={{ __html: s.html }} />
        </section>
      ))}
    </Page>
  );
}

/** One plan section on its own page, with previous/next links. */
export function PlanSectionPage({ site, assets, i }: { site: SiteData; assets: PageAssets; i: number }) {
  const section = site.sections[i]!;
  const prev = site.sections[i - 1];
  const next = site.sections[i + 1];
  return (
    <Page site={site} assets={assets} title={section.title} current="plan">
      <p class="no-print">
        <a href="./plan.html">All plan sections</a>
      </p>
      <h1>{section.title}</h1>
      <div class="prose" dangerouslySetInnerHTML={{ __html: section.html }} />
      <nav aria-label="Previous and next section" class="row no-print">
        {prev && (
          <a class="btn" href={`./plan-${prev.id}.html`}>
            ← {prev.title}
          </a>
        )}
        {next && (
          <a class="btn" href={`./plan-${next.id}.html`}>
            {next.title} →
          </a>
        )}
      </nav>
    </Page>
  );
}
