// The incident register: one row per incident file, with the columns the response plan's
// register section lists (templates/plan/07-register.md.hbs), in text, JSON, CSV (Excel-safe),
// HTML (escaped) and as a document for @ndb-kit/pdf. Pure and browser-safe.
import { NOT_ADVICE, RULES_VERSION } from '@ndb-kit/engine';
import type { Block, Inline, PdfInput } from '@ndb-kit/pdf';
import { safeText } from '@ndb-kit/validation';
import { type IncidentStatus, outcomeLabel } from './status.ts';
import { compareInstants, daysBetween, formatInstant, formatInstantShort, localDate } from './time.ts';

export interface RegisterRow {
  /** The incident file, as the caller names it (e.g. its file name). */
  file: string;
  reference: string;
  title: string | null;
  practice: string | null;
  timeZone: string;
  /** When the file was opened. */
  opened: string;
  /** First awareness: an ISO instant, or a date when only the date is known. */
  aware: string | null;
  /** Reasonable grounds to believe formed (ISO instant). */
  believed: string | null;
  /** When the assessment concluded (belief, or a conclusive decision). */
  assessed: string | null;
  /** Statement given to the OAIC. */
  statement: string | null;
  /** Individuals first notified. */
  notified: string | null;
  /** The latest decision's outcome (notify, assess, not_notifiable, not_covered). */
  outcome: string | null;
  /** Individuals notified (sum of the counts logged), else the latest assessment's number affected. */
  individuals: number | 'unknown' | null;
  oaicReference: string | null;
  /** s 26WQ declaration or s 26WR direction, in words. */
  commissioner: string | null;
  /** A fixed date for notifying individuals (s 26WQ extension or s 26WR direction). */
  individualsDue: string | null;
  status: 'open' | 'overdue' | 'closed';
  closed: string | null;
  /** Titles of duties past a fixed date. */
  overdue: string[];
  /** Titles of "as soon as practicable" duties whose days have grown. */
  flagged: string[];
  /** Calendar days from first awareness to the decision (so far, while undecided). */
  daysAwareToDecision: number | null;
  decided: boolean;
  /** Calendar days from belief to the statement (so far, while not given). */
  daysBeliefToStatement: number | null;
  statementGiven: boolean;
  /** Belief to statement took (or is taking) longer than the flag threshold. */
  statementFlagged: boolean;
  /** SHA-256 of the file's last entry. */
  fingerprint: string;
}

export function registerRow(file: string, s: IncidentStatus): RegisterRow {
  const assessment = s.duties.find((d) => d.id === 'complete_assessment');
  const statementDuty = s.duties.find((d) => d.id === 'oaic_statement');
  const individualsDuty = s.duties.find((d) => d.id === 'notify_individuals');
  const affected = s.latest?.incident.information.individualsAffected;
  const commissioner = s.declaration
    ? s.declaration.declaration === 'exemption'
      ? 's 26WQ declaration: exempt from s 26WK and s 26WL'
      : `s 26WQ declaration: individuals by ${s.declaration.newDue}`
    : s.direction
      ? `s 26WR direction to notify${s.direction.due ? ` by ${s.direction.due}` : ''}`
      : null;
  const today = localDate(s.now, s.timeZone);
  return {
    file,
    reference: s.reference,
    title: s.title ?? null,
    practice: s.practice.name ?? null,
    timeZone: s.timeZone,
    opened: s.openedAt,
    aware: s.awareness ? (s.awareness.at ?? s.awareness.date) : null,
    believed: s.belief?.at ?? null,
    assessed: assessment?.doneAt ?? null,
    statement: s.statement?.at ?? null,
    notified: s.individuals?.at ?? null,
    outcome: s.latest?.outcome ?? null,
    individuals: s.individuals?.count ?? affected ?? null,
    oaicReference: s.references.oaic ?? null,
    commissioner:
      commissioner && s.references.commissioner
        ? `${commissioner} (${s.references.commissioner})`
        : commissioner,
    individualsDue: individualsDuty?.dueDate ?? null,
    status: s.state,
    closed: s.closed?.at ?? null,
    overdue: s.overdue.map((d) => d.title),
    flagged: s.flagged.map((d) => d.title),
    daysAwareToDecision: s.awareness
      ? daysBetween(s.awareness.date, assessment?.doneAt ? localDate(assessment.doneAt, s.timeZone) : today)
      : null,
    decided: assessment?.state === 'done',
    daysBeliefToStatement: statementDuty?.days ?? null,
    statementGiven: s.statement !== undefined,
    statementFlagged: statementDuty?.flagged === true,
    fingerprint: s.fingerprint,
  };
}

/**
 * Oldest first, by first awareness (or, before any, when the file was opened); then reference and
 * file, so the order never depends on the folder listing.
 */
export function sortRows(rows: RegisterRow[]): RegisterRow[] {
  const start = (r: RegisterRow) => r.aware ?? r.opened;
  return [...rows].sort((a, b) => {
    const [x, y] = [start(a), start(b)];
    return (
      x.slice(0, 10).localeCompare(y.slice(0, 10)) ||
      (x.length > 10 && y.length > 10 ? compareInstants(x, y) : 0) ||
      a.reference.localeCompare(b.reference) ||
      a.file.localeCompare(b.file)
    );
  });
}

export const REGISTER_COLUMNS = [
  'Reference',
  'Title',
  'Aware',
  'Believed',
  'Assessed',
  'Statement to OAIC',
  'Individuals notified',
  'Outcome',
  'Individuals',
  'OAIC reference',
  'Commissioner',
  'Status',
  'Days aware to decision',
  'Days belief to statement',
  'File',
] as const;

const when = (iso: string | null, tz: string) =>
  iso === null ? '' : iso.length === 10 ? iso : formatInstantShort(iso, tz);

function statusText(r: RegisterRow): string {
  if (r.status === 'closed')
    return `Closed ${r.closed ? formatInstantShort(r.closed, r.timeZone).slice(0, 10) : ''}`.trim();
  const parts = [r.status === 'overdue' ? 'Overdue' : 'Open'];
  if (r.overdue.length > 0) parts.push(`overdue: ${r.overdue.join('; ')}`);
  if (r.flagged.length > 0) parts.push(`taking long: ${r.flagged.join('; ')}`);
  return parts.join(' — ');
}

/** The row as the cells people read (CSV, HTML, text, PDF), in REGISTER_COLUMNS order. */
export function displayCells(r: RegisterRow): string[] {
  const tz = r.timeZone;
  return [
    r.reference,
    r.title ?? '',
    when(r.aware, tz),
    when(r.believed, tz),
    when(r.assessed, tz),
    when(r.statement, tz),
    when(r.notified, tz) + (r.individualsDue && !r.notified ? `due ${r.individualsDue}` : ''),
    r.outcome ? outcomeLabel(r.outcome) : '',
    r.individuals === null ? '' : String(r.individuals),
    r.oaicReference ?? '',
    r.commissioner ?? '',
    statusText(r),
    r.daysAwareToDecision === null
      ? ''
      : r.decided
        ? String(r.daysAwareToDecision)
        : `${r.daysAwareToDecision} so far`,
    r.daysBeliefToStatement === null
      ? ''
      : `${r.daysBeliefToStatement}${r.statementGiven ? '' : ' so far'}${r.statementFlagged ? ' (slow)' : ''}`,
    r.file,
  ];
}

/**
 * One CSV cell. Excel runs a cell starting with = + - @ (or a tab or carriage return before one)
 * as a formula: such cells get a leading apostrophe (OWASP "CSV injection"). Cells with a comma,
 * quote or line break are quoted (RFC 4180).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** UTF-8 with a byte-order mark (so Excel reads it as UTF-8), CRLF line ends, a header row. */
export function registerCsv(rows: RegisterRow[]): string {
  const lines = [[...REGISTER_COLUMNS], ...rows.map(displayCells)].map((cells) =>
    cells.map(csvCell).join(','),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export interface RegisterMeta {
  /** ISO instant the register is made at. */
  now: string;
  /** Zone the "generated" time is shown in. */
  timeZone: string;
  /** What the register covers, e.g. the folder name. */
  source: string;
}

export function registerJson(rows: RegisterRow[], meta: RegisterMeta): string {
  return `${JSON.stringify(
    { format: 'ndb-kit incident register', generatedAt: meta.now, source: meta.source, rows },
    null,
    2,
  )}\n`;
}

/** Plain text: one block per incident (a register has too many columns for one terminal line). */
export function registerText(rows: RegisterRow[], meta: RegisterMeta): string {
  const out = [
    `Incident register — ${meta.source} — ${rows.length} incident${rows.length === 1 ? '' : 's'} (as at ${formatInstant(meta.now, meta.timeZone)})`,
  ];
  if (rows.length === 0) out.push('', 'No incident files here.');
  for (const r of rows) {
    const c = displayCells(r);
    const field = (i: number) => (c[i] ? `${REGISTER_COLUMNS[i]}: ${c[i]}` : '');
    const line = (...parts: string[]) => {
      const text = parts.filter(Boolean).join(' · ');
      if (text) out.push(`  ${text}`);
    };
    out.push('');
    out.push(`${r.reference}${r.title ? ` — ${r.title}` : ''}  [${statusText(r)}]`);
    line(field(2), field(3), field(4));
    line(field(5), field(9), field(6), field(8));
    line(field(7), field(10));
    line(field(12), field(13));
    line(`File: ${r.file}`);
  }
  out.push('', `Times are each practice's local time. ${NOT_ADVICE}`);
  return `${out.map(safeText).join('\n')}\n`;
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

/** A self-contained HTML page; every value from the files is escaped. */
export function registerHtml(rows: RegisterRow[], meta: RegisterMeta): string {
  const head = REGISTER_COLUMNS.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const body = rows
    .map(
      (r) =>
        `<tr class="${r.status}">${displayCells(r)
          .map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`))
          .join('')}</tr>`,
    )
    .join('\n');
  const title = `Incident register — ${meta.source}`;
  return `<!doctype html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5rem; color: #111; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #bbb; padding: .3rem .45rem; text-align: left; vertical-align: top; }
thead th { background: #eee; }
tr.overdue td, tr.overdue th { background: #fde8e8; }
tr.closed td, tr.closed th { color: #444; }
p.meta { color: #444; }
@media print { body { margin: 0; font-size: 10px; } }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${rows.length} incident${rows.length === 1 ? '' : 's'} · as at ${escapeHtml(formatInstant(meta.now, meta.timeZone))} · times are each practice’s local time · rules ${escapeHtml(RULES_VERSION)}</p>
<table>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
<p class="meta">${escapeHtml(NOT_ADVICE)}</p>
</body>
</html>
`;
}

/** The register as a document for @ndb-kit/pdf: a summary table, then one section per incident. */
export function registerPdfInput(rows: RegisterRow[], meta: RegisterMeta): PdfInput {
  const text = (t: string): Inline[] => [{ text: t }];
  const summary: Block = {
    type: 'table',
    header: ['Reference', 'Aware', 'Outcome', 'Status'].map(text),
    rows: rows.map((r) => {
      const c = displayCells(r);
      return [c[0], c[2], c[7], c[11]].map((v) => text(v ?? ''));
    }),
  };
  const sections = rows.flatMap((r): Block[] => {
    const c = displayCells(r);
    return [
      { type: 'heading', level: 2, text: `${r.reference}${r.title ? ` — ${r.title}` : ''}` },
      {
        type: 'table',
        header: [text('Register column'), text('Entry')],
        rows: REGISTER_COLUMNS.map((name, i) => [text(name), text(c[i] || '—')]),
      },
    ];
  });
  const generated = formatInstant(meta.now, meta.timeZone);
  return {
    title: `Incident register — ${meta.source}`,
    subject: 'Notifiable Data Breaches incident register. Decision support, not legal advice.',
    keywords: ['incident register', 'Notifiable Data Breaches', 'Privacy Act 1988 Part IIIC'],
    language: 'en-AU',
    header: `Incident register — ${meta.source}`,
    footer: `As at ${generated} · Rules ${RULES_VERSION} · Decision support, not legal advice`,
    date: new Date(Date.parse(meta.now)),
    blocks: [
      { type: 'heading', level: 1, text: 'Incident register' },
      {
        type: 'paragraph',
        inlines: text(
          `${rows.length} incident${rows.length === 1 ? '' : 's'} as at ${generated}. Times are each practice's local time (YYYY-MM-DD HH:MM).`,
        ),
      },
      ...(rows.length > 0
        ? [summary]
        : [{ type: 'paragraph', inlines: text('No incident files.') } as Block]),
      ...sections,
      { type: 'rule' },
      { type: 'paragraph', inlines: text(NOT_ADVICE) },
    ],
  };
}
