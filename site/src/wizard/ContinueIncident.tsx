// "Continue an incident", under the first question: reopen the incident's file to re-assess with
// its last assessment's answers filled in. Small on purpose (it ships with the first question):
// the incident-file code loads only once a file is picked.
import { useState } from 'preact/hooks';
import type { WizardPractice } from '../lib/site-data.ts';
import type { Answers } from './state.ts';

export function ContinueIncident({
  practice,
  onAnswers,
}: {
  practice: WizardPractice;
  onAnswers: (a: Answers) => void;
}) {
  const [status, setStatus] = useState('');
  const [error, setError] = useState(false);
  const pick = async (input: HTMLInputElement) => {
    const picked = input.files?.[0];
    input.value = '';
    if (!picked) return;
    setError(false);
    setStatus(`Checking ${picked.name}…`);
    try {
      const m = await import('./incident-file.ts');
      const r = await m.readIncidentFile(await picked.text(), picked.name, practice);
      setError(!r.ok);
      if (!r.ok) return setStatus(r.message);
      m.holdFile(r.held);
      const answers = m.answersFromFile(r.held, practice);
      const ref = m.describeFile(r.held).reference;
      if (!answers)
        return setStatus(
          `${picked.name} (${ref}) verifies but has no assessment yet: answer the questions, then add the result to it.`,
        );
      onAnswers(answers);
      setStatus(
        `${picked.name} (${ref}) verifies. Its last assessment’s answers are filled in: change only what has changed, then add the new result to the file.`,
      );
    } catch (e) {
      setError(true);
      setStatus(`Could not read ${picked.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <details class="continue-incident no-print">
      <summary class="disclosure">Continue an incident from its file</summary>
      <label class="field-label" for="continue-file">
        Open the incident’s file (.json) to re-assess with its last answers
      </label>
      <input
        id="continue-file"
        type="file"
        accept=".json,application/json"
        onChange={(e) => pick(e.currentTarget)}
      />
      <p role="status" class={error ? 'status error' : 'status'}>
        {status}
      </p>
    </details>
  );
}
