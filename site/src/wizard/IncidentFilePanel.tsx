// "Add to an incident file", on the result screen: open the incident's file from disk (or start
// one), append this decision as an assessment entry, and save the file back under the same name.
// The incident-file code (the chain, the schema, the engine re-run) loads only when used. Every
// value from the file is rendered as text (Preact escapes it) and clipped.
import type { DecisionRecord } from '@ndb-kit/engine';
import { useEffect, useId, useState } from 'preact/hooks';
import type { WizardPractice } from '../lib/site-data.ts';
import { download } from './exports.ts';
import { heldFile } from './held-file.ts';
import type { HeldFile } from './incident-file.ts';
import { isoInZone } from './time.ts';

const load = () => import('./incident-file.ts');

interface Props {
  record: DecisionRecord;
  practice: WizardPractice;
}

type Summary = ReturnType<typeof import('./incident-file.ts')['describeFile']>;

export function IncidentFilePanel({ record, practice }: Props) {
  const id = useId();
  const [held, setHeld] = useState<HeldFile | undefined>();
  const [summary, setSummary] = useState<Summary | undefined>();
  const [added, setAdded] = useState<string | undefined>(); // label of the entry holding this decision
  const [fingerprint, setFingerprint] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState(false);
  const [busy, setBusy] = useState(false);
  const [reference, setReference] = useState(`breach-${record.record.incident.breach.awareOn}`);
  const [title, setTitle] = useState('');

  const say = (message: string, isError = false) => {
    setStatus(message);
    setError(isError);
  };
  const use = async (next: HeldFile | undefined) => {
    const m = await load();
    setHeld(next);
    m.holdFile(next);
    setSummary(next ? m.describeFile(next) : undefined);
    const entry = next && m.entryWithRecord(next.file, record);
    setAdded(entry ? `entry ${entry.seq}` : undefined);
    setFingerprint(next ? m.fingerprint(next) : '');
  };
  const job = (work: () => Promise<void>) => async () => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      const field = e instanceof Error && 'field' in e && typeof e.field === 'string' ? `${e.field} ` : '';
      const expected =
        e instanceof Error && 'expected' in e && typeof e.expected === 'string'
          ? ` (expected ${e.expected})`
          : '';
      say(`Nothing was changed: ${field}${e instanceof Error ? e.message : String(e)}${expected}`, true);
    } finally {
      setBusy(false);
    }
  };

  // A file opened with "Continue an incident" before the questions is offered straight away.
  // (Only then is the incident-file code loaded: the result screen alone does not fetch it.)
  useEffect(() => {
    const h = heldFile();
    if (h) void use(h);
  }, []);

  const open = (input: HTMLInputElement) =>
    job(async () => {
      const picked = input.files?.[0];
      input.value = '';
      if (!picked) return;
      say(`Checking ${picked.name}…`);
      const m = await load();
      const r = await m.readIncidentFile(await picked.text(), picked.name, practice);
      if (!r.ok) {
        await use(undefined);
        return say(r.message, true);
      }
      await use(r.held);
      const already = m.entryWithRecord(r.held.file, record);
      say(
        already
          ? `${picked.name} verifies, and already holds this decision as entry ${already.seq}.`
          : `${picked.name} verifies: ${r.held.file.entries.length} entries, chain intact. Add this decision to it below.`,
      );
    })();

  const start = (e: Event) => {
    e.preventDefault();
    return job(async () => {
      if (!reference.trim())
        return say('Give the incident a reference first (your own, e.g. 2026-001).', true);
      const m = await load();
      const h = await m.startIncidentFile(practice, {
        reference,
        title,
        now: isoInZone(new Date(), practice.timeZone),
      });
      await use(h);
      say(`Started a new incident file, ${h.name}. Add this decision to it below, then save it.`);
    })();
  };

  const addAndSave = job(async () => {
    if (!held) return;
    const m = await load();
    let next = held;
    let done = '';
    if (!m.entryWithRecord(held.file, record)) {
      const r = await m.addDecision(held, record, isoInZone(new Date(), practice.timeZone));
      next = r.held;
      await use(next);
      done = r.remade
        ? `Added as entry ${r.entry.seq}. This file keeps its times in another time zone, so the same answers were assessed again now in that zone (record ${r.remade.hash.value.slice(0, 12)}…). `
        : `Added as entry ${r.entry.seq}. `;
      say(done);
    }
    await save(next, m, done);
  });

  const save = async (h: HeldFile, m: Awaited<ReturnType<typeof load>>, done: string) => {
    const how = await m.saveIncidentFile(h, download);
    if (how === 'cancelled')
      return say(
        `${done}Not saved: the save was cancelled. The new entry is only in this page until you save ${h.name}.`,
        true,
      );
    const saved = { ...h, unsaved: false };
    setHeld(saved);
    m.holdFile(saved);
    say(
      done +
        (how === 'saved'
          ? `Saved ${h.name}. Keep its fingerprint (below) somewhere else too.`
          : `${h.name} is in your downloads: put it back where you keep the incident's file (replace the old copy). Keep its fingerprint (below) somewhere else too.`),
    );
  };

  return (
    <section class="incident-file card no-print" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Add to an incident file</h2>
      <p class="help">
        One file per incident keeps every assessment and what was done, each entry sealed to the one before,
        so you can show later that nothing was changed. It stays on this device: nothing is uploaded.
      </p>
      {!held && (
        <>
          <div class="field">
            <label class="field-label" for={`${id}-open`}>
              Open the incident’s file (.json)
            </label>
            <input
              id={`${id}-open`}
              type="file"
              accept=".json,application/json"
              disabled={busy}
              onChange={(e) => open(e.currentTarget)}
            />
          </div>
          <details class="incident-new">
            <summary class="disclosure">No file yet? Start a new incident file</summary>
            <form onSubmit={start} noValidate>
              <div class="field">
                <label class="field-label" for={`${id}-ref`}>
                  Your reference for this incident
                </label>
                <input
                  id={`${id}-ref`}
                  type="text"
                  required
                  maxLength={200}
                  value={reference}
                  onInput={(e) => setReference(e.currentTarget.value)}
                />
              </div>
              <div class="field">
                <label class="field-label" for={`${id}-title`}>
                  A short title (optional)
                </label>
                <input
                  id={`${id}-title`}
                  type="text"
                  maxLength={200}
                  value={title}
                  onInput={(e) => setTitle(e.currentTarget.value)}
                />
              </div>
              <button type="submit" class="btn" disabled={busy}>
                Start the file
              </button>
            </form>
          </details>
        </>
      )}
      {held && summary && (
        <>
          <dl class="incident-summary">
            <dt>File</dt>
            <dd>{held.name.length > 100 ? `${held.name.slice(0, 100)}…` : held.name}</dd>
            <dt>Reference</dt>
            <dd>{summary.reference}</dd>
            {summary.title && (
              <>
                <dt>Title</dt>
                <dd>{summary.title}</dd>
              </>
            )}
            <dt>Entries</dt>
            <dd>
              {summary.entries} (last: {summary.last})
            </dd>
          </dl>
          <div class="row">
            {added && !held.unsaved ? (
              <p class="muted">This decision is in the file as {added}.</p>
            ) : (
              <button type="button" class="btn primary" disabled={busy} onClick={addAndSave}>
                {added
                  ? `Save ${held.name.length > 40 ? 'the file' : held.name}`
                  : 'Add this decision and save the file'}
              </button>
            )}
            <button
              type="button"
              class="btn"
              disabled={busy}
              onClick={() => void use(undefined).then(() => say(''))}
            >
              Use a different file
            </button>
          </div>
          {fingerprint && (
            <p class="muted">
              Fingerprint (last entry’s SHA-256): <code class="hash">{fingerprint}</code>
            </p>
          )}
        </>
      )}
      <p role="status" class={error ? 'status error' : 'status'}>
        {status}
      </p>
    </section>
  );
}
