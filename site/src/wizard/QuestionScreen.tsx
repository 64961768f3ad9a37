// One question per screen. Radio groups and checkbox groups are fieldsets with legends; every
// field offers its "I don't know" answer; the heading takes focus when the screen appears.
import { type Field, getPath, type Question, setPath } from '@ndb-kit/engine';
import { useEffect, useRef, useState } from 'preact/hooks';
import { citationHeading } from './citation-headings.ts';
import { type Answers, alignAwareAt, answer, fieldsShown, isAnswered } from './state.ts';
import { isoToLocal, localToIso } from './time.ts';

interface Props {
  question: Question;
  answers: Answers;
  timeZone: string;
  position: number;
  total: number;
  onChange: (a: Answers) => void;
  onNext: () => void;
  onBack: (() => void) | undefined;
  isLast: boolean;
  orgSummary: preact.ComponentChildren;
  /** Under the progress bar on the first screen: "Continue an incident from its file". */
  aside?: preact.ComponentChildren;
  /** Clears every answer (after the user confirms) and goes back to the first question. */
  onStartAgain: () => void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const fieldId = (path: string) => `f-${path.replaceAll('.', '-')}`;

export function QuestionScreen(props: Props) {
  const { question, answers } = props;
  const onChange = (a: Answers) => props.onChange(alignAwareAt(a, props.timeZone));
  const heading = useRef<HTMLHeadingElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const [missing, setMissing] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    setMissing([]);
    setConfirming(false);
    heading.current?.focus();
  }, [question.id]);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const fields = fieldsShown(question, answers);
  // The date of awareness is on this screen: its time is asked as a time on that day.
  const dateOnScreen = fields.find((f) => f.input === 'date');
  const submit = (e: Event) => {
    e.preventDefault();
    const gaps = fields.filter((f) => !f.optional && !isAnswered(answers, f.path)).map((f) => f.path);
    setMissing(gaps);
    if (gaps.length) document.getElementById(`${fieldId(gaps[0]!)}-0`)?.focus();
    else props.onNext();
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="q-heading" data-question={question.id}>
      <div class="progress-row">
        <p class="progress-label" id="q-progress">
          Question {props.position} of {props.total}
        </p>
        {answers.answered.length > 0 && !confirming && (
          <button type="button" class="linklike small" onClick={() => setConfirming(true)}>
            Start again
          </button>
        )}
      </div>
      <div
        class="progress"
        role="progressbar"
        aria-labelledby="q-progress"
        aria-valuemin={0}
        aria-valuemax={props.total}
        aria-valuenow={props.position}
      >
        <span style={{ width: `${(100 * props.position) / props.total}%` }} />
      </div>
      {confirming && (
        <div class="confirm">
          <p role="alert">
            <strong>Clear every answer and start again?</strong> This cannot be undone.
          </p>
          <div class="row">
            <button type="button" class="btn" ref={confirmRef} onClick={() => setConfirming(false)}>
              No, keep my answers
            </button>
            <button type="button" class="btn danger" onClick={props.onStartAgain}>
              Yes, clear and start again
            </button>
          </div>
        </div>
      )}
      {props.orgSummary}
      {props.aside}
      <h1 id="q-heading" tabIndex={-1} ref={heading}>
        {question.prompt}
      </h1>
      <p class="help">{question.help}</p>
      <details class="law">
        <summary>The law this question applies</summary>
        <ul>
          {question.citations.map((c) => (
            <li key={c}>
              <strong>{c.replace('Privacy Act 1988 (Cth) ', '')}</strong> — {citationHeading(c)}
            </li>
          ))}
        </ul>
      </details>
      {missing.length > 0 && (
        <p class="error" role="alert">
          Please answer{' '}
          {missing.length === 1
            ? 'the question marked below'
            : `the ${missing.length} questions marked below`}
          , or choose “I don’t know” where it is offered.
        </p>
      )}
      {fields.map((f) => (
        <FieldInput
          key={f.path}
          field={f}
          answers={answers}
          timeZone={props.timeZone}
          invalid={missing.includes(f.path)}
          onChange={onChange}
          dateOfDay={f.input === 'datetime' && dateOnScreen ? dateOnScreen.path : undefined}
        />
      ))}
      <div class="wizard-nav">
        {props.onBack && (
          <button type="button" class="btn" onClick={props.onBack}>
            Back
          </button>
        )}
        <button type="submit" class="btn primary">
          {answers.returnToResult ? 'Back to the result' : props.isLast ? 'See the result' : 'Next'}
        </button>
      </div>
    </form>
  );
}

interface FieldProps {
  field: Field;
  answers: Answers;
  timeZone: string;
  invalid: boolean;
  onChange: (a: Answers) => void;
  /** Set for a date-time whose date is asked on the same screen: only the time is asked. */
  dateOfDay?: string;
}

function FieldInput({ field, answers, timeZone, invalid, onChange, dateOfDay }: FieldProps) {
  const id = fieldId(field.path);
  const value = getPath(answers.incident, field.path);
  const answered = isAnswered(answers, field.path);
  const unknownChosen = answers.answered.includes(`unknown:${field.path}`);
  const set = (v: unknown, unknown = false) => onChange(answer(answers, field.path, v, unknown));
  const errorId = invalid ? `${id}-err` : undefined;
  const error = invalid && (
    <p class="error" id={errorId}>
      {field.unknown
        ? `Answer this, or choose “${field.unknown.label}”.`
        : `Answer this. ${field.help ?? ''}`}
    </p>
  );
  const help = field.help && <p class="help field-help">{field.help}</p>;
  const unknownAnswer = field.unknown;

  if (field.input === 'choice') {
    const options = field.options ?? [];
    return (
      <fieldset class={invalid ? 'field invalid' : 'field'} aria-describedby={errorId}>
        <legend>{field.label}</legend>
        {help}
        {error}
        {options.map((o, i) => (
          <label class="choice" key={String(o.value)}>
            <input
              type="radio"
              id={`${id}-${i}`}
              name={id}
              data-value={JSON.stringify(o.value)}
              checked={answered && !unknownChosen && same(value, o.value)}
              onChange={() => set(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
        {unknownAnswer && (
          <label class="choice unknown">
            <input
              type="radio"
              id={`${id}-${options.length}`}
              name={id}
              data-unknown=""
              checked={unknownChosen}
              onChange={() => set(unknownAnswer.value, true)}
            />
            <span>{unknownAnswer.label}</span>
          </label>
        )}
      </fieldset>
    );
  }

  if (field.input === 'multi') {
    const options = field.options ?? [];
    const chosen = Array.isArray(value) ? (value as unknown[]) : [];
    const unknownValues = Array.isArray(unknownAnswer?.value) ? (unknownAnswer.value as unknown[]) : [];
    // The value is the ticked options plus, when "I don't know" is ticked, its marker values.
    const toggle = (v: unknown, on: boolean) => {
      const known = chosen.filter((c) => !unknownValues.some((u) => same(u, c)) && !same(c, v));
      const next = [...known, ...(on ? [v] : [])];
      if (next.length === 0 && !unknownChosen) {
        onChange({
          ...answers,
          incident: setPath(answers.incident, field.path, []),
          answered: answers.answered.filter((p) => p !== field.path),
        });
      } else set([...next, ...(unknownChosen ? unknownValues : [])], unknownChosen);
    };
    const toggleUnknown = (on: boolean) => {
      const known = chosen.filter((c) => !unknownValues.some((u) => same(u, c)));
      onChange(answer(answers, field.path, [...known, ...(on ? unknownValues : [])], on));
    };
    return (
      <fieldset class={invalid ? 'field invalid' : 'field'} aria-describedby={errorId}>
        <legend>{field.label}</legend>
        {help}
        {error}
        {options.map((o, i) => (
          <label class="choice" key={String(o.value)}>
            <input
              type="checkbox"
              id={`${id}-${i}`}
              data-value={JSON.stringify(o.value)}
              checked={answered && chosen.some((c) => same(c, o.value))}
              onChange={(e) => toggle(o.value, e.currentTarget.checked)}
            />
            <span>{o.label}</span>
          </label>
        ))}
        {unknownAnswer && (
          <label class="choice unknown">
            <input
              type="checkbox"
              id={`${id}-${options.length}`}
              data-unknown=""
              checked={unknownChosen}
              onChange={(e) => toggleUnknown(e.currentTarget.checked)}
            />
            <span>{unknownAnswer.label}</span>
          </label>
        )}
      </fieldset>
    );
  }

  // number, date, datetime: a labelled input plus an "I don't know" checkbox. A date-time whose
  // date is on the same screen asks only the time, on that date.
  const day = dateOfDay ? String(getPath(answers.incident, dateOfDay) ?? '') : undefined;
  const timeOnly = day !== undefined;
  const type = timeOnly ? 'time' : field.input === 'datetime' ? 'datetime-local' : field.input;
  const shown = unknownChosen
    ? ''
    : field.input === 'datetime' && typeof value === 'string' && value
      ? isoToLocal(value, timeZone).slice(timeOnly ? 11 : 0)
      : typeof value === 'number' || typeof value === 'string'
        ? String(value === 'unknown' ? '' : value)
        : '';
  const onInput = (raw: string) => {
    if (raw === '') {
      const cleared = { ...answers, answered: answers.answered.filter((p) => p !== field.path) };
      return onChange(
        timeOnly ? { ...cleared, incident: setPath(answers.incident, field.path, undefined) } : cleared,
      );
    }
    if (field.input === 'number') set(Number(raw));
    else if (timeOnly) set(localToIso(`${day}T${raw}`, timeZone));
    else if (field.input === 'datetime') set(localToIso(raw, timeZone));
    else set(raw);
  };
  const needsDay = timeOnly && !day;
  return (
    <div class={invalid ? 'field invalid' : 'field'}>
      <label for={`${id}-0`} class="field-label">
        {field.label}
      </label>
      {help}
      {needsDay && <p class="help field-help">Enter the date first.</p>}
      {error}
      <input
        id={`${id}-0`}
        type={type}
        inputMode={field.input === 'number' ? 'numeric' : undefined}
        min={field.input === 'number' ? 0 : undefined}
        value={answered ? shown : ''}
        disabled={unknownChosen || needsDay}
        aria-describedby={errorId}
        onChange={(e) => onInput(e.currentTarget.value)}
      />
      {unknownAnswer && (
        <label class="choice unknown">
          <input
            type="checkbox"
            id={`${id}-1`}
            data-unknown=""
            checked={unknownChosen}
            onChange={(e) =>
              e.currentTarget.checked
                ? set(unknownAnswer.value, true)
                : onChange({
                    ...answers,
                    answered: answers.answered.filter((p) => p !== `unknown:${field.path}`),
                  })
            }
          />
          <span>{unknownAnswer.label}</span>
        </label>
      )}
    </div>
  );
}
