// How an incident reads to a person: one line per entry, and the text `ndb incident show` prints.
// Everything from the file goes through safeText (terminal-safe: no control or bidi characters).
import { formatDate } from '@ndb-kit/engine';
import { safeText } from '@ndb-kit/validation';
import { type Duty, type IncidentStatus, outcomeLabel } from './status.ts';
import { compareInstants, formatInstant } from './time.ts';
import type { Entry, IncidentFile } from './types.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line saying what an entry records (no time; the caller prints it). */
export function describeEntry(entry: Entry): string {
  const ref = entry.ref ? ` (ref ${entry.ref})` : '';
  switch (entry.type) {
    case 'opened':
      return `File opened: ${entry.reference}${entry.title ? ` — ${entry.title}` : ''}${entry.awareAt ? '; became aware earlier (see awareness)' : ''}`;
    case 'assessment': {
      const d = entry.record.record.decision;
      const certainty = entry.record.record.incident.breach.certainty;
      return `Assessed (${certainty}): ${outcomeLabel(d.outcome).toUpperCase()} — ${d.headline}`;
    }
    case 'contained':
    case 'remedial-action':
      return `${entry.type === 'contained' ? 'Contained' : 'Remedial action'}: ${entry.what}${entry.evidence ? ` [evidence: ${entry.evidence}]` : ''}`;
    case 'believed':
      return 'Reasonable grounds to believe formed: an eligible data breach';
    case 'oaic-statement':
      return `Statement given to the OAIC${entry.ref ? ` (OAIC reference ${entry.ref})` : ''}`;
    case 'individuals-notified':
      return `${entry.count === undefined ? 'Individuals' : plural(entry.count, 'individual')} notified: ${entry.how}`;
    case 'adha-notified':
      return `My Health Record System Operator (ADHA) notified${ref}`;
    case 'insurer-notified':
      return `Insurer notified${entry.ref ? ` (claim ${entry.ref})` : ''}`;
    case 'police-report':
      return `Reported to police / ReportCyber${ref}`;
    case 'commissioner-declaration':
      return entry.declaration === 'exemption'
        ? `Commissioner’s declaration (s 26WQ(1)(c)): s 26WK and s 26WL do not apply${ref}`
        : `Commissioner’s declaration (s 26WQ(1)(d)): individuals may be notified by ${entry.newDue ? formatDate(entry.newDue) : '?'}${ref}`;
    case 'commissioner-direction':
      return `Commissioner’s direction to notify (s 26WR)${entry.due ? `, by ${formatDate(entry.due)}` : ''}${ref}`;
    case 'reviewed':
      return `Post-incident review${ref}`;
    case 'note':
      return 'Note';
    case 'closed':
      return 'Closed';
  }
}

const STATE_MARKS: Record<Duty['state'], string> = {
  done: '✓',
  open: '•',
  overdue: '✗',
  waiting: '·',
  not_required: '–',
  exempt: '–',
};

const STATE_WORDS: Record<Duty['state'], string> = {
  done: 'done',
  open: 'to do',
  overdue: 'OVERDUE',
  waiting: 'not yet',
  not_required: 'not required',
  exempt: 'exempt',
};

function dutyLine(d: Duty, tz: string): string[] {
  const when = d.dueDate
    ? `due ${formatDate(d.dueDate)}`
    : d.id === 'complete_assessment'
      ? ''
      : 'as soon as practicable';
  const head = `${STATE_MARKS[d.state]} ${d.title} (${d.citation}) — ${STATE_WORDS[d.state]}${when ? `, ${when}` : ''}`;
  const details: string[] = [];
  if (d.doneAt)
    details.push(
      `Done ${formatInstant(d.doneAt, tz)}${d.doneBy === undefined ? '' : ` (entry ${d.doneBy})`}`,
    );
  if (d.days !== undefined && d.from) {
    const since =
      d.id === 'notify_individuals' ? 'the statement' : d.id === 'oaic_statement' ? 'belief' : 'awareness';
    details.push(
      d.id === 'complete_assessment'
        ? `${plural(d.days, 'day')} from first awareness`
        : d.days === 0 && d.doneAt
          ? `the same day as ${since}`
          : `${plural(d.days, 'day')} ${d.doneAt ? 'after' : 'since'} ${since}`,
    );
  }
  if (d.late) details.push('LATE');
  if (d.flagged) details.push('⚑ taking long: as soon as practicable');
  return [head, `    ${d.why}${details.length > 0 ? ` ${details.join('; ')}.` : ''}`];
}

/** The text `ndb incident show` prints. */
export function formatStatusText(file: IncidentFile, s: IncidentStatus): string {
  const tz = s.timeZone;
  const out: string[] = [];
  const rule = '─'.repeat(72);
  out.push(rule);
  out.push(safeText(`Incident ${s.reference}${s.title ? ` — ${s.title}` : ''}`));
  out.push(
    safeText(
      `${s.practice.name ? `${s.practice.name} · ` : ''}${s.state === 'closed' ? 'CLOSED' : s.state === 'overdue' ? 'OPEN — OVERDUE' : 'OPEN'} · times in ${tz}`,
    ),
  );
  out.push(rule);
  out.push('');
  if (s.awareness)
    out.push(
      `First aware:   ${s.awareness.at ? formatInstant(s.awareness.at, tz) : formatDate(s.awareness.date)} (entry ${s.awareness.seq}) — the 30-day clock runs from here`,
    );
  else out.push('First aware:   not recorded yet (assess the incident, or open with --aware-at)');
  for (const c of s.awarenessConflicts)
    out.push(
      `               note: entry ${c.seq} says aware on ${formatDate(c.date)}; the clock still runs from the first awareness`,
    );
  if (s.belief)
    out.push(
      `Belief formed: ${formatInstant(s.belief.at, tz)} (entry ${s.belief.seq}, ${s.belief.source === 'logged' ? 'logged' : 'from an assessment'})`,
    );
  if (s.latest)
    out.push(
      safeText(
        `Latest:        ${outcomeLabel(s.latest.outcome).toUpperCase()} (entry ${s.latest.seq}, ${formatInstant(s.latest.at, tz)}, rules ${s.latest.rulesVersion})`,
      ),
    );
  out.push('');
  out.push('Timeline (when it happened; #N is the entry)');
  const byTime = [...file.entries].sort((a, b) => compareInstants(a.at, b.at) || a.seq - b.seq);
  const width = Math.max(...byTime.map((e) => formatInstant(e.at, tz).length));
  for (const e of byTime) {
    out.push(
      safeText(`  #${String(e.seq).padEnd(3)} ${formatInstant(e.at, tz).padEnd(width)}  ${describeEntry(e)}`),
    );
    const extra = [
      e.by ? `by ${e.by}` : '',
      e.type === 'opened' || !e.ref || describeEntry(e).includes(e.ref) ? '' : `ref ${e.ref}`,
    ]
      .filter(Boolean)
      .join(' · ');
    const indent = ' '.repeat(width + 9);
    if (extra) out.push(safeText(`${indent}${extra}`));
    for (const line of (e.note ?? '').split('\n').filter((l) => l.trim() !== ''))
      out.push(safeText(`${indent}${line}`));
  }
  out.push('');
  out.push(`Duties (as at ${formatInstant(s.now, tz)})`);
  for (const d of s.duties) for (const line of dutyLine(d, tz)) out.push(safeText(`  ${line}`));
  if (s.otherObligations.length > 0) {
    out.push('');
    out.push('Also from the latest assessment (not tracked here: log a note when done)');
    for (const o of s.otherObligations)
      out.push(
        safeText(
          `  • ${o.to}: ${o.what}${o.dueAt ? ` — by ${formatInstant(o.dueAt, tz)}` : o.dueDate ? ` — by ${formatDate(o.dueDate)}` : ''}`,
        ),
      );
  }
  out.push('');
  if (s.state === 'closed') out.push(`Closed ${formatInstant(s.closed?.at ?? s.now, tz)}.`);
  else if (s.overdue.length === 0 && s.flagged.length === 0) out.push('Overdue now: nothing.');
  else {
    out.push('Overdue now:');
    for (const d of s.overdue) out.push(`  ✗ ${d.title} — was due ${formatDate(d.dueDate ?? '')}`);
    for (const d of s.flagged)
      out.push(`  ⚑ ${d.title} — ${plural(d.days ?? 0, 'day')} and not yet done (as soon as practicable)`);
  }
  out.push(`Fingerprint (SHA-256 of the last entry): ${s.fingerprint}`);
  return out.join('\n');
}
