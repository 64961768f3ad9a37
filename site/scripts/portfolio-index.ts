// `ndb site --all` writes OUT/index.html: one row per practice with the same status `ndb status`
// prints (plan version, approval, review, drills overdue, placeholders, warnings) and a link to
// its site. A single self-contained page (inline CSS, no script); every value is HTML-escaped.
import { type PracticeStatus, shortDate } from '@ndb-kit/policy';

export interface PortfolioEntry {
  status: PracticeStatus;
  /** The reader-facing banners of the practice's plan. */
  banners: string[];
  /** Formatted warning lines (file:line:column /pointer: warning: …). */
  warnings: string[];
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

function review(s: PracticeStatus): string {
  return s.review.overdue
    ? `<strong class="bad">Overdue since ${shortDate(s.review.due)}</strong>`
    : `Due ${shortDate(s.review.due)}`;
}

function approval(s: PracticeStatus): string {
  if (s.approval.draft) return '<strong class="bad">Draft</strong>';
  if (!s.approval.approved || !s.approval.on) return '<strong class="bad">Not approved</strong>';
  return `Approved ${shortDate(s.approval.on)}${s.approval.by ? ` by ${escapeHtml(s.approval.by)}` : ''}`;
}

function row({ status: s, warnings }: PortfolioEntry): string {
  const id = encodeURIComponent(s.id);
  const cell = (n: number, text: string) => (n > 0 ? `<strong class="bad">${text}</strong>` : text);
  return `<tr>
<th scope="row"><a href="./${id}/index.html">${escapeHtml(s.name)}</a><br><span class="muted">${escapeHtml(s.id)}</span></th>
<td>${escapeHtml(s.planVersion)}</td>
<td>${approval(s)}</td>
<td>${review(s)}</td>
<td>${cell(s.drillsOverdue, `${s.drillsOverdue} of ${s.drills.length}`)}</td>
<td>${cell(s.placeholders, String(s.placeholders))}</td>
<td>${warnings.length === 0 ? '0' : `<details><summary>${warnings.length}</summary><ul>${warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul></details>`}</td>
</tr>`;
}

export function portfolioIndexHtml(entries: PortfolioEntry[]): string {
  const dates = [...new Set(entries.map((e) => e.status.date))].sort();
  const asOf = dates.length === 1 ? shortDate(dates[0] as string) : dates.map(shortDate).join(', ');
  const needing = entries.filter((e) => e.warnings.length > 0).length;
  return `<!doctype html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="robots" content="noindex">
<title>Data breach response plans: status of ${entries.length} practice(s)</title>
<style>
body{font:16px/1.45 system-ui,sans-serif;margin:0;padding:1rem;color:#14202b;background:#f7f8fa}
main{max-width:70rem;margin:auto}
.wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border:1px solid #c9d1da;padding:.45rem .55rem;text-align:left;vertical-align:top}
thead th{background:#e8eef5}
.bad{color:#7a1a14}
.muted{color:#4a5866;font-size:.9em}
a{color:#0b5394}
details li{font-size:.85em;overflow-wrap:anywhere}
</style>
</head>
<body>
<main>
<h1>Data breach response plans</h1>
<p>${entries.length} practice(s) as of ${asOf}; ${needing} need attention. The same status as <code>ndb status</code>.</p>
<div class="wrap">
<table>
<thead><tr><th scope="col">Practice</th><th scope="col">Plan</th><th scope="col">Approval</th><th scope="col">Review</th><th scope="col">Drills overdue</th><th scope="col">TODO left</th><th scope="col">Warnings</th></tr></thead>
<tbody>
${entries.map(row).join('\n')}
</tbody>
</table>
</div>
<p class="muted">Decision support, not legal advice.</p>
</main>
</body>
</html>
`;
}
