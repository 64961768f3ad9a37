// Entry point: read the practice facts embedded in the page and mount the wizard.
import { h, render } from 'preact';
import type { WizardPractice } from '../lib/site-data.ts';
import { Wizard } from './Wizard.tsx';

const data = document.getElementById('ndb-practice')?.textContent;
const root = document.getElementById('wizard-root');
if (data && root) {
  root.textContent = '';
  render(h(Wizard, { practice: JSON.parse(data) as WizardPractice }), root);
}
