// The result's words for the engine's ids, shared by the screen and the exports (PDF, email), so
// no reader ever sees a raw id such as "kind_of_information" or "breach.personalInformationAccessed".
import { HARM_EFFECT_LABELS, HARM_FACTOR_LABELS, type HarmFactorId, QUESTIONS } from '@ndb-kit/engine';

/** The engine's labels (typed by id there, so a new factor or effect cannot go unlabelled). */
export const EFFECT = HARM_EFFECT_LABELS;
export const factorLabel = (id: HarmFactorId) => HARM_FACTOR_LABELS[id];

/** A step the engine words as a question keeps its question mark, never "?.". */
export const plainStep = (s: string) => s.replace(/\?\.(\s|$)/g, '?$1');

// The open facts a finding may name by their path ("it depends on breach.kind"), as words.
const FACT_WORDS: Record<string, string> = {
  'breach.kind': 'what happened to the information',
  'breach.cause': 'what caused it',
  'breach.certainty': 'how sure you are',
  'breach.personalInformationAccessed': 'whether personal information was accessed',
  'breach.accessLikelyAfterLoss': 'whether someone is likely to get at what was lost',
  'breach.myHealthRecord': 'whether the My Health Record system was involved',
  'breach.alsoOutsideMyHealthRecord': 'whether your own records were involved too',
  'breach.otherEntities.anotherEntityHasNotified': 'whether the other organisation has notified',
  'information.kinds': 'the kinds of information',
  'information.individualsAffected': 'how many people are affected',
  'information.vulnerableIndividuals': 'whether any of them are vulnerable',
  'information.aboutPatients': 'whether it is about your patients',
  'information.employeeRecordsIncludeTfnOrPatientRecords': 'whether the employee records hold TFNs',
  'entity.annualTurnover': 'your annual turnover',
  protection: 'how it was protected',
  obtainedInProtectedForm: 'whether only encrypted data was obtained',
  recipient: 'who has the information',
  'remediation.status': 'whether what you did removed the risk',
};
const FIELD_LABELS = new Map(QUESTIONS.flatMap((q) => q.fields).map((f) => [f.path, f.label]));
const factWords = (path: string) =>
  FACT_WORDS[path] ?? (FIELD_LABELS.has(path) ? `“${FIELD_LABELS.get(path)}”` : undefined);

/** A finding with the fact paths it names ("depends on breach.kind, recipient") in words. */
export const plainFacts = (s: string) =>
  s
    .replace(/depends on (.+?)\.(\s|$)/g, (whole, list: string, end: string) => {
      const items = list.split(', ');
      const words = items.map((i) => factWords(i.trim()));
      return words.every(Boolean) ? `depends on ${words.join(', ')}.${end}` : whole;
    })
    .replace(/\b[a-z]+(?:\.[a-z][A-Za-z]*)+\b/g, (path) => factWords(path) ?? path);
