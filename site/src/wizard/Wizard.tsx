// The decision wizard: one question per screen over the engine's QUESTIONS, then assess().
// Organisation facts come from the plan; "Change" lets the user review them as questions.
import { assessAndRecord, type DecisionRecord } from '@ndb-kit/engine';
import { useEffect, useState } from 'preact/hooks';
import type { WizardPractice } from '../lib/site-data.ts';
import { QuestionScreen } from './QuestionScreen.tsx';
import { ResultScreen } from './ResultScreen.tsx';
import { type Answers, clearAnswers, freshAnswers, incidentForAssessment, loadAnswers, questionsFor, saveAnswers } from './state.ts';
import { isoInZone, todayInZone } from './time.ts';


export function Wizard({ practice }: { practice: WizardPractice }) {
  const today = todayInZone(new Date(), practice.timeZone);
  const [answers, setAnswers] = useState<Answers>(() => loadAnswers(practice, today));
  const [record, setRecord] = useState<DecisionRecord | null>(null);
  const update = (a: Answers) => {
    setAnswers(a);
    saveAnswers(practice, a);
  };
  const questions = questionsFor(answers);
  const index = Math.min(answers.index, questions.length - 1);

  useEffect(() => {
    if (!answers.done) return setRecord(null);
    const incident = incidentForAssessment(answers, practice, today);
    assessAndRecord(incident, { now: isoInZone(new Date(), practice.timeZone) }).then(setRecord);
  }, [answers.done]);

  if (answers.done) {
    if (!record) return <p role="status">Working out the result…</p>;
    return (
      <ResultScreen
        record={record}
        practice={practice}
        onBack={() => update({ ...answers, done: false, index: questions.length - 1 })}
        onClear={() => {
          clearAnswers();
          setRecord(null);
          update(freshAnswers(practice, today));
        }}
      />
    );
  }
  const question = questions[index]!;
  const e = answers.incident.entity;
  const orgSummary = index === 0 && !answers.withOrganisation && (
    <p class="org-facts">
      Using the facts in your plan: {practice.name}, {e.type === 'health_service_provider' ? 'a health service' : e.type.replaceAll('_', ' ')} in {e.jurisdiction}
      {e.myHealthRecordParticipant ? ', registered for My Health Record' : ''}.{' '}
      <button type="button" class="linklike" onClick={() => update({ ...answers, withOrganisation: true, index: 0 })}>
        Check or change these facts
      </button>
    </p>
  );
  return (
    <QuestionScreen
      question={question}
      answers={answers}
      timeZone={practice.timeZone}
      position={index + 1}
      total={questions.length}
      onChange={update}
      onNext={() => update(index + 1 >= questions.length ? { ...answers, done: true } : { ...answers, index: index + 1 })}
      onBack={index > 0 ? () => update({ ...answers, index: index - 1 }) : undefined}
      isLast={index + 1 >= questions.length}
      orgSummary={orgSummary}
    />
  );
}
