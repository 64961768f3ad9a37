// The result: an outcome banner (words and colour), what to do now in the practice's terms,
// duties with dates, how the decision was reached, and the exports.
import {
  type DecisionRecord,
  daysBetween,
  describeDue,
  formatDate,
  formatDateTime,
  type Obligation,
} from '@ndb-kit/engine';
import { telUri } from '@ndb-kit/policy/phone-number';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { WizardPractice } from '../lib/site-data.ts';
import {
  downloadCalendar,
  downloadPdf,
  downloadRecord,
  mailtoHref,
  pdfAvailable,
  preparePdf,
} from './exports.ts';
import { IncidentFilePanel } from './IncidentFilePanel.tsx';
import { NoticeDrafts } from './NoticeDrafts.tsx';
import { OUTCOME_WORDS, practiceSteps } from './practice-steps.ts';
import { EFFECT, factorLabel, plainFacts, plainStep } from './result-words.ts';
import type { AnswerLine } from './answer-list.ts';
import type { Assumption } from './state.ts';

interface Props {
  record: DecisionRecord;
  practice: WizardPractice;
  /** Cautious answers that "I don't know" stood for (state.ts `cautiousAssumptions`). */
  assumptions?: Assumption[];
  /** The answers given, in plain words, each with the screen that asked it. */
  answers?: AnswerLine[];
  /** Opens one answer's screen; Next there comes back to the result. */
  onChangeAnswer?: (screen: number) => void;
  onBack: () => void;
  onClear: () => void;
}

const tel = telUri;
/** Duties that are the record-keeping or coordination around the answer, not a notice with a clock. */
const BACKGROUND = new Set<Obligation['id']>(['keep_record', 'coordinate_with_other_entities']);
const short = (c: string) => c.replace('Privacy Act 1988 (Cth) ', '');

export function ResultScreen({
  record,
  practice,
  assumptions = [],
  answers = [],
  onChangeAnswer,
  onBack,
  onClear,
}: Props) {
  const d = record.record.decision;
  const i = record.record.incident;
  const heading = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) keep.current?.focus();
  }, [confirming]);
  useEffect(() => heading.current?.focus(), []);
  // The record PDF's code and Latin fonts (~75 KB) load once the screen is idle, so the button
  // answers in about a second on a slow connection; the service worker precaches them anyway.
  useEffect(() => {
    if (!pdfAvailable()) return;
    const idle = globalThis.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
    idle(() => preparePdf(record, practice, answers));
  }, [record]);
  // Printing expands every collapsed section, so paper carries the whole record.
  useEffect(() => {
    const opened: HTMLDetailsElement[] = [];
    const before = () => {
      for (const el of document.querySelectorAll<HTMLDetailsElement>('details:not([open])')) {
        el.open = true;
        opened.push(el);
      }
    };
    const after = () => {
      for (const el of opened.splice(0)) el.open = false;
    };
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
    };
  }, []);
  const today = record.record.now.slice(0, 10);
  const duties = d.obligations.filter((o) => !BACKGROUND.has(o.id));
  const aware = i.breach.awareAt
    ? `${formatDate(i.breach.awareOn)}, ${formatDateTime(i.breach.awareAt).split(', ')[1]}`
    : formatDate(i.breach.awareOn);
  const words = OUTCOME_WORDS[d.outcome];
  const run = (label: string, job: () => Promise<void> | void) => async () => {
    setStatus(`Preparing ${label}…`);
    try {
      await job();
      setStatus(`${label} ready: check your downloads.`);
    } catch (e) {
      setStatus(`Could not make the ${label}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div class="result" data-outcome={d.outcome}>
      <section class={`banner banner-${d.outcome}`} aria-labelledby="r-heading">
        <p class="banner-kicker">Result</p>
        <h1 id="r-heading" tabIndex={-1} ref={heading}>
          {words.title}
        </h1>
        <p class="banner-lead">{d.headline}</p>
        {duties.length > 0 && (
          <ul class="banner-duties" aria-label="Your duties, strongest first">
            {duties.map((o) => (
              <li key={o.id} class={o.overdue ? 'overdue' : undefined} data-duty={o.id}>
                <strong>{o.title}</strong>: {describeDue(o)}
                {o.overdue && o.dueDate && (
                  <span class="overdue-note">
                    {' '}
                    — overdue by {daysBetween(o.dueDate, today)} day
                    {daysBetween(o.dueDate, today) === 1 ? '' : 's'}
                  </span>
                )}
                {o.conditional && <em> (if the open facts go that way)</em>}
              </li>
            ))}
          </ul>
        )}
        {assumptions.length > 0 && (
          <div class="banner-assumed">
            <p>Because you answered “I don’t know”, this answer assumes the cautious case:</p>
            <ul>
              {assumptions.map((a) => (
                <li key={a.question}>
                  {a.question} <strong>{a.assumed}</strong>
                </li>
              ))}
            </ul>
          </div>
        )}
        <p class="banner-aware">
          Counted from when you became aware: {aware}. Assessed {formatDateTime(record.record.now)}.
        </p>
      </section>
      <p class="notadvice">
        <strong>Not legal advice.</strong> {d.notAdvice}
      </p>

      <h2>Do this now</h2>
      <ol class="steps">
        {practiceSteps(d, practice).map((s) => (
          <li key={s.text}>
            {s.text}{' '}
            {(s.phone || s.afterHoursPhone) && (
              <span class="calls">
                {s.phone && (
                  <a class="btn tel small" href={tel(s.phone)}>
                    Call {s.phone}
                  </a>
                )}
                {s.afterHoursPhone && (
                  <a class="btn tel small after-hours" href={tel(s.afterHoursPhone)}>
                    After hours <span class="phone">{s.afterHoursPhone}</span>
                  </a>
                )}
              </span>
            )}
          </li>
        ))}
        {d.nextSteps.map((s) => (
          <li key={s}>{plainStep(s)}</li>
        ))}
      </ol>

      {d.obligations.length > 0 && (
        // The banner lists every duty with its time; this is the detail: what, to whom, the law.
        <details class="card">
          <summary>
            <h2>Duties in full: what to send, to whom, the law</h2>
          </summary>
          <ul class="duties">
            {d.obligations.map((o) => (
              <li key={o.id + (o.option ?? '')} class="card">
                <strong class={o.overdue ? 'due overdue' : 'due'}>
                  {describeDue(o).replace(/^by /, 'By ')}
                  {o.overdue && ' — overdue'}
                </strong>
                {o.deadlines && (
                  <ul class="deadlines">
                    {o.deadlines.map((x) => (
                      <li key={x.label}>
                        {x.label}: {describeDue(x)}
                      </li>
                    ))}
                  </ul>
                )}
                <span>
                  {o.what}
                  {o.conditional && <em> (only if the unknown facts go that way)</em>}
                </span>
                <small>
                  To: {o.to} · {o.citations.map(short).join('; ')}
                </small>
              </li>
            ))}
          </ul>
        </details>
      )}

      {d.unknownsThatMatter.length > 0 && (
        <>
          <h2>Find out these facts: they change the answer</h2>
          <ul>
            {d.unknownsThatMatter.map((u) => (
              <li key={u.fact}>
                <strong>{u.question}</strong>
                <ul>
                  {u.ifThen.map((t) => (
                    <li key={t.label}>
                      <strong>If {t.label.charAt(0).toLowerCase() + t.label.slice(1)}:</strong> {t.meaning}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}

      {answers.length > 0 && (
        <details class="card answers">
          <summary>
            <h2>Your answers ({answers.length}): check or change them</h2>
          </summary>
          <dl class="answer-list">
            {answers.map((a) => (
              <div key={`${a.questionId}:${a.question}`} class="answer-row">
                <dt>{a.question}</dt>
                <dd>
                  {a.answer}
                  {a.fromPlan && <em> (from your plan)</em>}{' '}
                  {onChangeAnswer && (
                    <button
                      type="button"
                      class="linklike no-print"
                      onClick={() => onChangeAnswer(a.screen)}
                      aria-label={`Change: ${a.question}`}
                    >
                      Change
                    </button>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </details>
      )}

      <details class="card">
        <summary>
          <h2>How this was decided</h2>
        </summary>
        <ol>
          {d.steps.map((s) => (
            <li key={s.id}>
              {plainFacts(s.finding)} <small>({s.citations.map(short).join('; ')})</small>
              {s.alternatives && (
                <ul>
                  {s.alternatives.map((a) => (
                    <li key={a}>Or, depending on the unknowns: {a}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </details>

      {d.harmFactors.length > 0 && (
        <details class="card">
          <summary>
            <h2>Serious harm: the factors (s 26WG)</h2>
          </summary>
          <table>
            <thead>
              <tr>
                <th scope="col">Factor</th>
                <th scope="col">Effect</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {d.harmFactors.map((h) => (
                <tr key={h.factor}>
                  <td>{factorLabel(h.factor)}</td>
                  <td>{EFFECT[h.effect]}</td>
                  <td>
                    {plainFacts(h.note)} <small>({h.citations.map(short).join('; ')})</small>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}

      <h2>Keep a record and act on it</h2>
      <div class="row no-print exports">
        <button
          type="button"
          class="btn primary"
          onClick={run('decision record', () => downloadRecord(record))}
        >
          Download the decision record (JSON)
        </button>
        {pdfAvailable() && (
          <button
            type="button"
            class="btn"
            onClick={run('PDF', () => downloadPdf(record, practice, answers))}
          >
            Download as PDF
          </button>
        )}
        <button type="button" class="btn" onClick={() => print()}>
          Print
        </button>
        <button
          type="button"
          class="btn"
          onClick={run('calendar file', () => downloadCalendar(record, practice))}
        >
          Add deadlines to calendar (.ics)
        </button>
        <a class="btn" href={mailtoHref(record, practice)}>
          Email the summary to {practice.people.privacyOfficer?.name ?? 'the privacy officer'}
        </a>
      </div>
      <p role="status" class="status">
        {status}
      </p>
      <p class="muted">
        Record SHA-256: <code class="hash">{record.hash.value}</code>
      </p>

      <IncidentFilePanel record={record} practice={practice} />

      <NoticeDrafts incident={i} decision={d} practice={practice} />

      <div class="wizard-nav no-print">
        <button type="button" class="btn" onClick={onBack}>
          Change answers
        </button>
        <button type="button" class="btn" onClick={() => setConfirming(true)} aria-expanded={confirming}>
          Start again
        </button>
      </div>
      {confirming && (
        <div class="confirm no-print">
          <p role="alert">
            <strong>Clear every answer and start again?</strong> Download the record first if you need it:
            this cannot be undone.
          </p>
          <div class="row">
            <button type="button" class="btn" ref={keep} onClick={() => setConfirming(false)}>
              No, keep this result
            </button>
            <button type="button" class="btn danger" onClick={onClear}>
              Yes, clear and start again
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
