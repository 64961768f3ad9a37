// The notice drafts a build (and the wizard) produces, in the order the site lists them. Each is
// templates/notices/<id>.<format>.hbs; notice-drafts.ts renders them. Browser-safe.
import type { ViewModel } from './view-model/index.ts';

export interface NoticeDefinition {
  id: string;
  title: string;
  format: 'md' | 'txt';
  /** Whether this practice gets the notice. */
  when: (model: Pick<ViewModel, 'mhr'>) => boolean;
}

const always = () => true;

export const NOTICES: NoticeDefinition[] = [
  { id: 'oaic-statement', title: 'Statement to the OAIC (s 26WK)', format: 'md', when: always },
  { id: 'individuals-letter', title: 'Notice to individuals: letter', format: 'md', when: always },
  { id: 'individuals-email', title: 'Notice to individuals: email', format: 'txt', when: always },
  { id: 'individuals-sms', title: 'Notice to individuals: SMS', format: 'txt', when: always },
  { id: 'website-statement', title: 'Website statement (s 26WL(2)(c))', format: 'md', when: always },
  {
    id: 'my-health-record-notice',
    title: 'My Health Record breach notice to the System Operator (ADHA, s 75)',
    format: 'md',
    when: (m) => m.mhr,
  },
  {
    id: 'my-health-record-oaic',
    title: 'My Health Record breach notice to the Information Commissioner (s 75)',
    format: 'md',
    when: (m) => m.mhr,
  },
  { id: 'insurer-notice', title: 'Notice to the insurer', format: 'md', when: always },
  { id: 'incident-report', title: 'Incident register entry', format: 'md', when: always },
];
