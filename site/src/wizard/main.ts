// Entry point: read the practice facts embedded in the page and mount the wizard.
import { h, hydrate, render } from 'preact';
import type { WizardPractice } from '../lib/site-data.ts';
import { Wizard } from './Wizard.tsx';

const data = document.getElementById('ndb-practice')?.textContent;
const root = document.getElementById('wizard-root');
if (data && root) {
  const practice = JSON.parse(data) as WizardPractice;
  // The page holds the build-time first question: adopt it, unless this tab has saved answers
  // (then the screen differs) or this is the single-file copy, which renders from scratch.
  let saved = false;
  try {
    saved = !!sessionStorage.getItem('ndb-wizard');
  } catch {}
  const prerendered = root.querySelector('form[data-question]');
  if (prerendered && !saved) {
    // Answers ticked before the script arrived are replayed once the wizard is live.
    const ticked = [...root.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => {
      i.checked = false;
      return i.id;
    });
    hydrate(h(Wizard, { practice }), root);
    for (const id of ticked) document.getElementById(id)?.click();
  } else {
    root.textContent = '';
    render(h(Wizard, { practice }), root);
  }
  root.dataset.ready = 'true';
}
