// Notice drafts on the result screen: the generator's own notice templates (the same ones
// `ndb build` prints blank) filled with this incident's facts and the decision. The templates and
// the Handlebars runtime load only here, on the result screen, never with the first question.
import type { Decision, Incident } from '@ndb-kit/engine';
import type { NoticeDraft } from '@ndb-kit/generator/notices';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { WizardPractice } from '../lib/site-data.ts';

type DraftsModule = typeof import('@ndb-kit/generator/notices');
let draftsModule: Promise<DraftsModule> | undefined;
export const loadDrafts = () => (draftsModule ??= import('@ndb-kit/generator/notices'));

// The wizard's input look (styles/wizard.css styles inputs by type; it has no textarea rule).
const TEXTAREA = {
  font: 'inherit',
  width: '100%',
  padding: '0.5rem 0.75rem',
  border: '2px solid var(--muted)',
  borderRadius: '8px',
  background: 'var(--surface)',
  color: 'var(--text)',
  boxSizing: 'border-box',
} as const;

interface Props {
  incident: Incident;
  decision: Decision;
  practice: WizardPractice;
}

export function NoticeDrafts({ incident, decision, practice }: Props) {
  const [mod, setMod] = useState<DraftsModule | null>(null);
  const [failed, setFailed] = useState('');
  const [description, setDescription] = useState(incident.breach.description ?? '');
  const [status, setStatus] = useState('');
  useEffect(() => {
    loadDrafts().then(setMod, (e: unknown) => setFailed(e instanceof Error ? e.message : String(e)));
  }, []);
  const facts = practice.noticePractice;
  const drafts: NoticeDraft[] = useMemo(() => {
    if (!mod) return [];
    // The description goes into the drafts only: the decision record keeps the answers as given.
    const withDescription = { ...incident, breach: { ...incident.breach, description } };
    return mod.renderNoticeDrafts({ practice: facts, incident: withDescription, decision });
  }, [mod, facts, incident, decision, description]);

  const copy = async (d: NoticeDraft) => {
    try {
      await navigator.clipboard.writeText(d.content);
      setStatus(`${d.title}: copied.`);
    } catch {
      // Clipboard blocked (file://, permissions): select the text for a manual copy.
      const pre = document.getElementById(`draft-${d.id}`);
      const range = document.createRange();
      if (pre) range.selectNodeContents(pre);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      setStatus(`${d.title}: selected. Press Ctrl+C or Cmd+C to copy.`);
    }
  };

  return (
    <section class="drafts" aria-labelledby="drafts-heading">
      <h2 id="drafts-heading">Notice drafts</h2>
      <p>
        Your plan's notice templates, filled in with what you answered. Replace every [[bracketed]] blank, and
        have the decision maker approve each notice before it is sent.
      </p>
      <div class="field no-print">
        <label class="field-label" for="draft-description">
          What happened, in your own words (optional; used only in these drafts)
        </label>
        <textarea
          id="draft-description"
          rows={3}
          style={TEXTAREA}
          value={description}
          onInput={(e) => setDescription((e.target as HTMLTextAreaElement).value)}
        />
      </div>
      {failed && <p role="alert">Could not load the notice drafts: {failed}</p>}
      {!mod && !failed && <p>Preparing the drafts…</p>}
      {drafts.map((d) => (
        <details key={d.id} class="card" data-draft={d.id}>
          <summary>{d.title}</summary>
          <div class="row no-print">
            <button type="button" class="btn small" onClick={() => copy(d)}>
              Copy text
            </button>
          </div>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
          <pre class="notice" id={`draft-${d.id}`} tabIndex={0}>
            {d.content}
          </pre>
        </details>
      ))}
      <p role="status" class="status">
        {status}
      </p>
    </section>
  );
}
