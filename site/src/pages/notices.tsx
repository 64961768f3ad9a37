import { ModuleScript, Page, type PageAssets } from '../layouts/Page.tsx';
import type { SiteData } from '../lib/site-data.ts';

// The generator gives each notice as plain text and in several files (Word, print page, text,
// Markdown); the site's data carries the generator's notice objects, so read them from there.
type NoticeFiles = SiteData['notices'][number] & {
  text?: string;
  files?: { format: string; fileName: string }[];
};
const FORMAT_LABELS: Record<string, string> = {
  docx: 'Word (.docx)',
  html: 'Print (.html)',
  txt: 'Plain text (.txt)',
  md: 'Markdown (.md)',
};
const ORDER = ['docx', 'html', 'txt', 'md'];

/** The notices page; `script` is the prebuilt copy-button module (notices-copy.ts). */
export function NoticesPage({
  site,
  assets,
  script,
}: {
  site: SiteData;
  assets: PageAssets;
  script: string;
}) {
  const notices = (site.notices as NoticeFiles[]).map((n) => ({
    ...n,
    plain: n.text ?? n.content,
    downloads: (n.files ?? [{ format: n.format, fileName: n.fileName }])
      .slice()
      .sort((a, b) => ORDER.indexOf(a.format) - ORDER.indexOf(b.format)),
  }));
  return (
    <Page site={site} assets={assets} title="Notice templates" current="notices">
      <h1>Notice templates</h1>
      <p>
        Drafts with your practice details filled in. Replace every [[bracketed]] blank with the facts of the
        breach, and have the decision maker approve the notice before it is sent. The{' '}
        <a href="./wizard.html">notification questions</a> fill in the incident facts for you.
      </p>
      <p>
        Each notice comes as a Word document to edit (the blanks are highlighted), a page to print, and plain
        text to paste into an email; the text below is the plain text.
      </p>
      {notices.map((n) => (
        <section class="card" aria-labelledby={`n-${n.id}`}>
          <h2 id={`n-${n.id}`}>{n.title}</h2>
          <div class="row no-print">
            <button type="button" class="btn" data-copy={`t-${n.id}`}>
              Copy text
            </button>
            {n.downloads.map((f) => (
              <a
                class="btn"
                href={`./files/notices/${f.fileName}`}
                download={f.fileName}
                aria-label={`${n.title}: ${FORMAT_LABELS[f.format] ?? f.fileName}`}
              >
                {FORMAT_LABELS[f.format] ?? f.fileName}
              </a>
            ))}
          </div>
          <p class="visually-hidden" role="status" id={`st-${n.id}`}></p>
          {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: the focusable text block is named for screen readers */}
          <pre class="notice" id={`t-${n.id}`} tabindex={0} aria-label={`${n.title} text`}>
            {n.plain}
          </pre>
        </section>
      ))}
      <ModuleScript assets={assets} file={script} />
    </Page>
  );
}
