// The decision wizard: one screen per question group of the engine's QUESTIONS, then assess().
// Organisation facts come from the plan; "Change" lets the user review them as questions. From
// the result, "Change" on one answer opens its screen and comes straight back to the result.
import type { DecisionRecord } from '@ndb-kit/engine';
import { useEffect, useState } from 'preact/hooks';
import type { WizardPractice } from '../lib/site-data.ts';
import { ContinueIncident } from './ContinueIncident.tsx';
import { QuestionScreen } from './QuestionScreen.tsx';
import {
  type Answers,
  cautiousAssumptions,
  clearAnswers,
  freshAnswers,
  incidentForAssessment,
  loadAnswers,
  nextUnanswered,
  questionsFor,
  saveAnswers,
} from './state.ts';
import { isoInZone } from './time.ts';

// The result screen, the engine's rules and the exports load after the first question is on
// screen (and are precached by the service worker), so the first question appears sooner.
type ResultModule = typeof import('./result-module.ts');
let resultModule: Promise<ResultModule> | undefined;
export const loadResult = () => (resultModule ??= import('./result-module.ts'));

export function Wizard({ practice }: { practice: WizardPractice }) {
  const [answers, setAnswers] = useState<Answers>(() => loadAnswers(practice));
  const [record, setRecord] = useState<DecisionRecord | null>(null);
  const [result, setResult] = useState<ResultModule | null>(null);
  useEffect(() => {
    const idle = globalThis.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
    idle(() => void loadResult());
  }, []);
  const update = (a: Answers) => {
    setAnswers(a);
    saveAnswers(practice, a);
  };
  const questions = questionsFor(answers);
  const index = Math.min(answers.index, questions.length - 1);
  const startAgain = () => {
    clearAnswers();
    setRecord(null);
    update(freshAnswers(practice));
  };
  const next = () => {
    if (answers.returnToResult) {
      // Back to the result, unless the change opened a question still to answer (a follow-up).
      const gap = nextUnanswered(answers, 0);
      return update(gap < 0 ? { ...answers, done: true, returnToResult: false } : { ...answers, index: gap });
    }
    update(index + 1 >= questions.length ? { ...answers, done: true } : { ...answers, index: index + 1 });
  };

  useEffect(() => {
    if (!answers.done) return setRecord(null);
    const incident = incidentForAssessment(answers, practice);
    if (!incident) {
      const at = questions.findIndex((q) => q.fields.some((f) => f.path === 'breach.awareOn'));
      update({ ...answers, done: false, index: Math.max(0, at) });
      return;
    }
    loadResult().then(async (m) => {
      setResult(m);
      setRecord(await m.assessAndRecord(incident, { now: isoInZone(new Date(), practice.timeZone) }));
    });
  }, [answers.done]);

  if (answers.done) {
    if (!record || !result) return <p role="status">Working out the result…</p>;
    const { ResultScreen } = result;
    return (
      <ResultScreen
        record={record}
        practice={practice}
        assumptions={cautiousAssumptions(answers)}
        answers={result.answerList(answers)}
        onChangeAnswer={(screen) =>
          update(
            screen < 0
              ? { ...answers, done: false, withOrganisation: true, index: 0, returnToResult: true }
              : { ...answers, done: false, index: screen, returnToResult: true },
          )
        }
        onBack={() => update({ ...answers, done: false, index: 0, returnToResult: false })}
        onClear={startAgain}
      />
    );
  }
  const question = questions[index]!;
  const e = answers.incident.entity;
  const orgSummary = index === 0 && !answers.withOrganisation && (
    <p class="org-facts">
      Filled in from your plan, not asked again: {practice.name},{' '}
      {e.type === 'health_service_provider' ? 'a health service' : e.type.replaceAll('_', ' ')} in{' '}
      {e.jurisdiction}
      {e.myHealthRecordParticipant ? ', registered for My Health Record' : ''}.{' '}
      <button
        type="button"
        class="linklike"
        onClick={() => update({ ...answers, withOrganisation: true, index: 0 })}
      >
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
      onNext={next}
      onBack={index > 0 ? () => update({ ...answers, index: index - 1 }) : undefined}
      onStartAgain={startAgain}
      isLast={index + 1 >= questions.length}
      orgSummary={orgSummary}
      aside={index === 0 && <ContinueIncident practice={practice} onAnswers={update} />}
    />
  );
}
