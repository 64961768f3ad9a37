// Everything the result screen can export. All of it is made in the browser and handed to the
// user as a download, a print or a mailto: link; nothing is sent anywhere. The calendar and PDF
// code is loaded only when asked for (the PDF fonts too), keeping the wizard page light.
import type { Block, Inline } from '@ndb-kit/pdf';
import {
  citationFor,
  type DecisionRecord,
  describeDue,
  formatDate,
  formatDateTime,
  KIND_LABELS,
} from '@ndb-kit/engine';
import type { WizardPractice } from '../lib/site-data.ts';
import type { AnswerLine } from './answer-list.ts';
import { OUTCOME_WORDS, practiceSteps } from './practice-steps.ts';
import { browserFonts, latinFonts } from './pdf-fonts.ts';
import { EFFECT, factorLabel, plainFacts, plainStep } from './result-words.ts';

declare const __SINGLE_FILE__: boolean;

export function download(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const stem = (r: DecisionRecord) =>
  `breach-decision-${r.record.incident.breach.awareOn || 'undated'}-${r.hash.value.slice(0, 8)}`;

export function downloadRecord(r: DecisionRecord): void {
  download(`${stem(r)}.json`, `${JSON.stringify(r, null, 2)}\n`, 'application/json');
}

export { mailtoHref } from './summary.ts';

/**
 * Every dated duty as a calendar entry: a timed event at the due instant (72-hour duties, written
 * in the practice's zone) with reminders 24 h and 2 h before; an all-day event only for a
 * date-only duty, with reminders a week and two days before. Reminders already in the past when
 * the file is made are left out.
 */
export async function downloadCalendar(r: DecisionRecord, p: WizardPractice): Promise<void> {
  const { buildCalendar } = await import('@ndb-kit/calendar');
  download(`${stem(r)}.ics`, calendarText(buildCalendar, r, p), 'text/calendar');
}

export function calendarText(
  buildCalendar: typeof import('@ndb-kit/calendar').buildCalendar,
  r: DecisionRecord,
  p: WizardPractice,
): string {
  const now = Date.parse(r.record.now);
  const dated = r.record.decision.obligations.filter((o) => o.dueDate);
  const events = dated.map((o) => {
    const timed = o.dueAt !== undefined;
    const at = timed ? Date.parse(o.dueAt!) : Date.parse(`${o.dueDate}T00:00:00${r.record.now.slice(19)}`);
    const reminders = timed
      ? [
          { minutesBefore: 24 * 60, description: `24 hours left: ${o.what}` },
          { minutesBefore: 2 * 60, description: `2 hours left: ${o.what}` },
        ]
      : [
          { minutesBefore: 7 * 24 * 60, description: `One week left: ${o.what}` },
          { minutesBefore: 2 * 24 * 60, description: `Two days left: ${o.what}` },
        ];
    return {
      uid: `${r.hash.value.slice(0, 16)}-${o.id}@ndb-kit`,
      summary: `Data breach: ${o.title}`,
      description: `${o.what} (${o.to}) — due ${describeDue(o)}. ${o.citations.join('; ')}. Decision record ${r.hash.value}.`,
      start: timed ? { date: o.dueAt!.slice(0, 10), time: o.dueAt!.slice(11, 16) } : { date: o.dueDate! },
      ...(timed ? { durationMinutes: 30 } : {}),
      alarms: reminders.filter((a) => at - a.minutesBefore * 60_000 > now),
    };
  });
  return buildCalendar({
    name: `${p.name} — breach deadlines`,
    timeZone: p.timeZone,
    dtstamp: new Date(r.record.now),
    events,
  });
}

const text = (t: string): Inline[] => [{ text: t }];

function pdfBlocks(r: DecisionRecord, p: WizardPractice, answers: AnswerLine[]): Block[] {
  const d = r.record.decision;
  const i = r.record.incident;
  const calls = practiceSteps(d, p);
  return [
    {
      type: 'callout',
      tone: d.outcome === 'notify' ? 'warning' : 'info',
      blocks: [
        {
          type: 'paragraph',
          inlines: [{ text: `${OUTCOME_WORDS[d.outcome].title}. `, bold: true }, { text: d.headline }],
        },
      ],
    },
    {
      type: 'paragraph',
      inlines: text(
        `${p.legalName}. Assessed ${formatDateTime(r.record.now)}; became aware ${i.breach.awareAt ? formatDateTime(i.breach.awareAt) : formatDate(i.breach.awareOn)}. Information: ${i.information.kinds.map((k) => (k === 'unknown' ? 'not yet known' : KIND_LABELS[k])).join('; ')}. Rules ${d.rulesVersion}, law as at ${formatDate(d.lawAsAt)}.`,
      ),
    },
    ...(calls.length
      ? [
          { type: 'heading', level: 2, text: 'Who to call' } as Block,
          {
            type: 'list',
            ordered: false,
            items: calls.map((c) => [{ type: 'paragraph', inlines: text(c.text) }]),
          } as Block,
        ]
      : []),
    { type: 'heading', level: 2, text: 'What to do and when' },
    {
      type: 'table',
      header: [text('Duty'), text('To'), text('When')],
      rows: d.obligations.map((o) => [text(o.what), text(o.to), text(describeDue(o))]),
    },
    {
      type: 'list',
      ordered: true,
      items: d.nextSteps.map((s) => [{ type: 'paragraph', inlines: text(plainStep(s)) }]),
    },
    ...(answers.length
      ? [
          { type: 'heading', level: 2, text: 'The answers given' } as Block,
          {
            type: 'table',
            header: [text('Question'), text('Answer')],
            rows: answers.map((a) => [
              text(a.question),
              text(a.fromPlan ? `${a.answer} (from the practice's plan)` : a.answer),
            ]),
          } as Block,
        ]
      : []),
    { type: 'heading', level: 2, text: 'How the decision was reached' },
    ...d.steps.map(
      (s): Block => ({
        type: 'paragraph',
        inlines: [
          { text: plainFacts(s.finding) },
          { text: ` (${s.citations.map((c) => citationFor(c)?.cite ?? c).join('; ')})`, italic: true },
        ],
      }),
    ),
    { type: 'heading', level: 2, text: 'Serious harm factors' },
    {
      type: 'table',
      header: [text('Factor'), text('Effect'), text('Note')],
      rows: d.harmFactors.map((h) => [
        text(factorLabel(h.factor)),
        text(EFFECT[h.effect] ?? h.effect),
        text(plainFacts(h.note)),
      ]),
    },
    ...(d.unknownsThatMatter.length
      ? [
          { type: 'heading', level: 2, text: 'What to find out' } as Block,
          {
            type: 'list',
            ordered: false,
            items: d.unknownsThatMatter.map((u) => [
              {
                type: 'paragraph',
                inlines: text(
                  `${u.question} ${u.ifThen.map((t) => `If ${t.label.charAt(0).toLowerCase()}${t.label.slice(1)}: ${t.meaning}`).join(' ')}`,
                ),
              },
            ]),
          } as Block,
        ]
      : []),
    { type: 'heading', level: 2, text: 'Record' },
    { type: 'paragraph', inlines: text(`SHA-256 (RFC 8785 canonical JSON of the record): ${r.hash.value}`) },
    { type: 'paragraph', inlines: text(d.notAdvice) },
  ];
}

// Left out of the single-file wizard (see scripts/single-file.ts).
const loadPdf = __SINGLE_FILE__ ? null : () => import('@ndb-kit/pdf');
export const pdfAvailable = () => !!loadPdf && location.protocol !== 'file:';

function pdfInput(r: DecisionRecord, p: WizardPractice, answers: AnswerLine[]) {
  return {
    title: 'Data breach decision record',
    subject: p.name,
    author: p.name,
    language: 'en-AU',
    header: `${p.name} — decision record ${r.hash.value.slice(0, 12)}`,
    footer: 'Decision support, not legal advice',
    date: new Date(r.record.now),
    blocks: pdfBlocks(r, p, answers),
  };
}

/** Starts loading the PDF code and the record's Latin fonts, ahead of the button (errors wait for it). */
export function preparePdf(r: DecisionRecord, p: WizardPractice, answers: AnswerLine[] = []): void {
  if (!loadPdf) return;
  latinFonts(JSON.stringify(pdfInput(r, p, answers))).catch(() => {});
  loadPdf().catch(() => {});
}

export async function downloadPdf(
  r: DecisionRecord,
  p: WizardPractice,
  answers: AnswerLine[] = [],
): Promise<void> {
  if (!loadPdf) return;
  const input = pdfInput(r, p, answers);
  // Fonts fetched only for the scripts this record's text has (see pdf-fonts.ts); the Latin pair
  // starts downloading now (if preparePdf has not already), alongside the PDF code.
  const text = JSON.stringify(input);
  latinFonts(text).catch(() => {}); // awaited (and its error reported) in browserFonts
  const pdf = await loadPdf();
  const bytes = await pdf.renderPdf(input, await browserFonts(pdf, text));
  download(`${stem(r)}.pdf`, bytes as BlobPart, 'application/pdf');
}
