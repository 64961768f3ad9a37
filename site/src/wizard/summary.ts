// The body of the "email the summary" link: plain text, made in the browser. A mailto: link
// cannot attach a file and mail apps cut long links off, so the body is a short summary and
// asks the sender to download the record and attach it.
import { type DecisionRecord, describeDue, formatDate, formatDateTime } from '@ndb-kit/engine';
import type { WizardPractice } from '../lib/site-data.ts';
import { OUTCOME_WORDS } from './practice-steps.ts';

/** The longest mailto: link the result offers, in characters (address, subject and body, encoded). */
export const MAILTO_LIMIT = 1800;

const ATTACH =
  'Download the decision record from the wizard (PDF or JSON) and attach it to this email before sending.';

/** The body, percent-encoded, in at most `room` characters: duties are dropped from the end first. */
export function emailBody(r: DecisionRecord, p: WizardPractice, room: number): string {
  const d = r.record.decision;
  const i = r.record.incident;
  const aware = i.breach.awareAt ? formatDateTime(i.breach.awareAt) : formatDate(i.breach.awareOn);
  const duties = d.obligations
    .filter((o) => o.id !== 'keep_record')
    .map((o) => `- ${o.title}: ${describeDue(o)}${o.conditional ? ' (if the open facts go that way)' : ''}`);
  const firstSentence = (s: string) => /^.*?[.!?](\s|$)/.exec(s)?.[0].trim() ?? s;
  const body = (lines: string[], headline: string, more: number) =>
    [
      `Data breach decision — ${p.name}`,
      `Result: ${OUTCOME_WORDS[d.outcome].title}. ${headline}`,
      `Aware: ${aware}`,
      '',
      ...(lines.length || more ? ['Duties:', ...lines] : []),
      ...(more ? [`- and ${more} more in the record`] : []),
      '',
      ATTACH,
      `Record SHA-256: ${r.hash.value}`,
      'Decision support, not legal advice.',
    ].join('\n');
  // Shorten until it fits: the whole headline first, then its first sentence, then fewer duties.
  for (const headline of [d.headline, firstSentence(d.headline)])
    for (let n = duties.length; n >= 0; n--) {
      const text = encodeURIComponent(body(duties.slice(0, n), headline, duties.length - n));
      if (text.length <= room) return text;
    }
  // A very long practice name or address: the fixed words only, never a cut escape sequence.
  return encodeURIComponent(`${ATTACH}\nRecord SHA-256: ${r.hash.value}`)
    .slice(0, Math.max(0, room))
    .replace(/%[0-9A-F]?$/, '');
}

/**
 * The "email the summary" link. A mailto: link cannot carry a file, and long ones are cut off or
 * refused by mail apps, so the body is a summary that fits MAILTO_LIMIT characters and asks the
 * sender to download the record and attach it.
 */
export function mailtoHref(r: DecisionRecord, p: WizardPractice): string {
  const to = p.people.privacyOfficer?.email ?? p.email;
  const i = r.record.incident;
  const subject = `Data breach at ${p.name}: ${OUTCOME_WORDS[r.record.decision.outcome].title.toLowerCase()} (aware ${formatDate(i.breach.awareOn)})`;
  const head = `mailto:${encodeURIComponent(to)}?subject=${encodeURIComponent(subject)}&body=`;
  return head + emailBody(r, p, MAILTO_LIMIT - head.length);
}
