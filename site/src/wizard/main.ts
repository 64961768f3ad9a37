// Entry point: read the practice facts embedded in the page and mount the wizard.
import { h, hydrate, options, render } from 'preact';
import type { WizardPractice } from '../lib/site-data.ts';
import { dropEarlyInput, replayEarlyInput } from './early-input.ts';
import { Wizard } from './Wizard.tsx';

function start(): void {
  const data = document.getElementById('ndb-practice')?.textContent;
  const root = document.getElementById('wizard-root');
  if (!data || !root) return;
  const practice = JSON.parse(data) as WizardPractice;
  // The page holds the build-time first question: adopt it, unless this tab has saved answers
  // (then the screen differs) or this is the single-file copy, which renders from scratch.
  let saved = false;
  try {
    saved = !!sessionStorage.getItem('ndb-wizard');
  } catch {}
  const prerendered = root.querySelector('form[data-question]');
  if (prerendered && !saved) {
    // Answers ticked and buttons pressed before the script arrived are replayed once it is live.
    const ticked = [...root.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => {
      i.checked = false;
      return i.id;
    });
    // Re-ticked in the same task as the hydration, each re-rendered at once (each handler reads the
    // answers the one before gave): no frame shows them unticked, and no later tick can come first.
    const debounce = options.debounceRendering;
    options.debounceRendering = (rerender) => rerender();
    try {
      hydrate(h(Wizard, { practice }), root);
      for (const id of ticked) document.getElementById(id)?.click();
    } finally {
      options.debounceRendering = debounce;
    }
    root.dataset.ready = 'true';
    void replayEarlyInput(root);
  } else {
    dropEarlyInput(root);
    root.textContent = '';
    render(h(Wizard, { practice }), root);
    root.dataset.ready = 'true';
  }
}

// The page loads this module `async`: it may run before the parser has reached the practice facts
// (the element after them, this script's own tag, says they are complete). The single-file copy
// runs it inline at the end of the body, where they are.
const facts = document.getElementById('ndb-practice');
if (document.readyState !== 'loading' || facts?.nextElementSibling) start();
else document.addEventListener('DOMContentLoaded', start, { once: true });
