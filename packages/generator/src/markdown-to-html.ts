// plan.html: the rendered Markdown in a standalone page with inline CSS (screen and print), a
// contents list and no external assets, so it opens and prints the same offline.
import { markdown, renderHtmlFragment } from './markdown.ts';

const escapeHtml = (s: string) => markdown.utils.escapeHtml(s);

export interface HtmlPageInput {
  title: string;
  /** Language of the page, e.g. en-AU. */
  lang: string;
  /** Short line in the print footer and the page header. */
  meta: string;
  /** Contents entries: heading id and text. */
  contents: { id: string; title: string }[];
  bodyHtml: string;
}

const CSS = `
:root { --ink:#1b2430; --muted:#5b6675; --line:#d5dbe3; --accent:#0b5394; --warn-bg:#fff4e5; --warn:#b45309; --info-bg:#eef5fc; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin:0; color:var(--ink); background:#f4f6f9; font: 16px/1.55 -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif; }
.page { max-width: 60rem; margin: 0 auto; background:#fff; padding: 2.5rem 3rem 4rem; min-height:100vh; }
.meta { color:var(--muted); font-size:.85rem; border-bottom:1px solid var(--line); padding-bottom:.6rem; margin-bottom:1.5rem; }
h1 { font-size:2rem; line-height:1.2; margin:.2rem 0 1rem; color:#0d2a4a; }
h2 { font-size:1.45rem; margin:2.6rem 0 .8rem; padding-top:.6rem; border-top:3px solid var(--accent); color:#0d2a4a; }
h3 { font-size:1.12rem; margin:1.8rem 0 .5rem; color:#0d2a4a; }
h4 { font-size:1rem; margin:1.2rem 0 .4rem; }
p, li { overflow-wrap:anywhere; }
ol, ul { padding-left:1.6rem; }
li { margin:.3rem 0; }
a { color:var(--accent); overflow-wrap:anywhere; }
table { border-collapse:collapse; width:100%; margin:1rem 0 1.4rem; font-size:.9rem; }
.table-scroll { overflow-x:auto; max-width:100%; }
a[href^="tel:"] { white-space:nowrap; }
th, td { border:1px solid var(--line); padding:.45rem .6rem; text-align:left; vertical-align:top; overflow-wrap:anywhere; }
th { background:#eef1f5; }
blockquote { margin:1.2rem 0; padding:.8rem 1.1rem; border-left:5px solid var(--accent); background:var(--info-bg); border-radius:4px; }
blockquote p { margin:.3rem 0; }
.callout-warning { border-left-color:var(--warn); background:var(--warn-bg); }
mark.blank { background:#ffe94d; color:#1b2430; font-weight:700; padding:0 .15em; }
pre.notice-text { white-space:pre-wrap; overflow-wrap:anywhere; font:inherit; }
code { background:#eef1f5; padding:.05rem .3rem; border-radius:3px; font-size:.9em; }
nav.toc { background:#f7f9fb; border:1px solid var(--line); border-radius:6px; padding:.8rem 1.2rem; margin:1.5rem 0; }
nav.toc h2 { border:0; margin:0 0 .4rem; padding:0; font-size:1rem; text-transform:uppercase; letter-spacing:.04em; color:var(--muted); }
nav.toc ol { margin:0; padding-left:0; list-style:none; columns:2; column-gap:2rem; }
nav.toc li { margin:.15rem 0; break-inside:avoid; }
@media (max-width: 40rem) { .page { padding:1.2rem; } nav.toc ol { columns:1; } table { font-size:.8rem; } }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  body { background:#fff; font-size:10.5pt; }
  mark.blank { background:#ffe94d !important; -webkit-print-color-adjust:exact; print-color-adjust:exact; }
  .page { max-width:none; padding:0; min-height:0; }
  a { color:inherit; text-decoration:none; }
  h2 { break-before: page; border-top-width:2px; }
  h2:first-of-type, nav.toc h2 { break-before: auto; }
  h2, h3, h4 { break-after: avoid; }
  tr, li, blockquote { break-inside: avoid; }
  thead { display: table-header-group; }
  nav.toc { break-after: page; }
}
`;

export function htmlPage(input: HtmlPageInput): string {
  const toc = input.contents.length
    ? `<nav class="toc" aria-label="Contents"><h2>Contents</h2><ol>${input.contents
        .map((c) => `<li><a href="#${escapeHtml(c.id)}">${escapeHtml(c.title)}</a></li>`)
        .join('')}</ol></nav>`
    : '';
  return `<!doctype html>
<html lang="${escapeHtml(input.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(input.title)}</title>
<style>${CSS}</style>
</head>
<body>
<main class="page">
<div class="meta">${escapeHtml(input.meta)}</div>
${injectToc(input.bodyHtml, toc)}
</main>
</body>
</html>
`;
}

/** A print-ready page for one notice: no contents list, the blanks highlighted. */
export function noticePage(input: { title: string; meta: string; bodyHtml: string }): string {
  return htmlPage({ ...input, lang: 'en-AU', contents: [] });
}

/** Plain text (the email and SMS notices) as HTML: escaped, line breaks kept, blanks marked. */
export function textToHtml(text: string): string {
  const body = escapeHtml(text).replace(/\[\[[^\]\n]*\]\]/g, (b) => `<mark class="blank">${b}</mark>`);
  return `<pre class="notice-text">${body}</pre>\n`;
}

/** The contents list goes after the cover (before the first section heading). */
function injectToc(body: string, toc: string): string {
  const at = body.indexOf('<h2');
  return at < 0 ? body + toc : body.slice(0, at) + toc + body.slice(at);
}

export { renderHtmlFragment };
