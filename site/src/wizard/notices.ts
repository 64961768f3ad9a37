// Notice drafts: the practice's details merged with the incident facts and the decision. Plain
// text the privacy officer edits; [brackets] mark what the wizard cannot know.
import { type Decision, formatDate, type Incident, KIND_LABELS, OFFICIAL_CONTACTS } from '@ndb-kit/engine';
import type { WizardPractice } from '../lib/site-data.ts';

const kinds = (i: Incident) =>
  i.information.kinds
    .filter((k) => k !== 'unknown')
    .map((k) => KIND_LABELS[k as keyof typeof KIND_LABELS] ?? k)
    .join('; ') || '[kinds of information]';

const WHAT: Record<string, string> = {
  unauthorised_disclosure: 'personal information was disclosed without authorisation',
  unauthorised_access: 'there was unauthorised access to personal information',
  loss: 'personal information was lost',
};

export function oaicStatement(i: Incident, d: Decision, p: WizardPractice): string {
  const po = p.people.privacyOfficer;
  return [
    `Statement about an eligible data breach (Privacy Act 1988 (Cth) s 26WK)`,
    '',
    `1. Entity: ${p.legalName}${p.abn ? ` (ABN ${p.abn})` : ''}, trading as ${p.name}, ${p.address}.`,
    `   Contact: ${po ? `${po.name}, ${po.role}, ${po.phone ?? ''} ${po.email ?? ''}` : `${p.phone}, ${p.email}`}`.trimEnd(),
    `2. Description of the breach: on or about ${formatDate(i.breach.awareOn || '1970-01-01')} we became aware that ${WHAT[String(i.breach.kind)] ?? '[what happened]'}. ${i.breach.description ?? '[Describe what happened, when, and how it was found.]'}`,
    `3. Kinds of information concerned: ${kinds(i)}.`,
    `   Number of individuals (approximately): ${i.information.individualsAffected === 'unknown' ? '[number]' : i.information.individualsAffected}.`,
    `4. Recommended steps for individuals: ${stepsForPeople(i)}`,
    '',
    `Our assessment: ${d.headline}`,
    `Submit through the OAIC's online form: ${OFFICIAL_CONTACTS.oaic.web}`,
  ].join('\n');
}

function stepsForPeople(i: Incident): string {
  const steps = ['Be alert to unexpected calls, emails or texts that mention your health care.'];
  if (i.information.kinds.includes('government_identifier'))
    steps.push('Ask Services Australia about replacing your Medicare card.');
  if (i.information.kinds.includes('financial'))
    steps.push('Watch your bank statements and tell your bank about anything unusual.');
  if (i.information.kinds.includes('credentials'))
    steps.push('Change your password for our patient portal and anywhere you used the same password.');
  if (i.information.kinds.includes('identity'))
    steps.push('Consider contacting IDCARE (1800 595 160) for free identity support.');
  return steps.join(' ');
}

export function individualNotice(i: Incident, p: WizardPractice): string {
  const po = p.people.privacyOfficer;
  return [
    `Dear [name],`,
    '',
    `We are writing to tell you about a data breach at ${p.name} that involves your personal information.`,
    '',
    `What happened: on or about ${formatDate(i.breach.awareOn || '1970-01-01')} we became aware that ${WHAT[String(i.breach.kind)] ?? '[what happened]'}. [Describe it in plain words.]`,
    `What information: ${kinds(i)}.`,
    `What we have done: [the steps taken to contain the breach].`,
    `What you can do: ${stepsForPeople(i)}`,
    '',
    `If you have questions, please contact ${po ? `${po.name} (${po.role}) on ${po.phone ?? p.phone}${po.email ? ` or ${po.email}` : ''}` : `us on ${p.phone}`}.`,
    `You can also contact the Office of the Australian Information Commissioner on ${OFFICIAL_CONTACTS.oaic.phone} or at www.oaic.gov.au.`,
    '',
    `Yours sincerely,`,
    `${p.people.decisionMaker?.name ?? '[name]'}`,
    `${p.legalName}`,
  ].join('\n');
}

export function recordSummary(i: Incident, d: Decision, hash: string, p: WizardPractice): string {
  return [
    `Data breach decision record — ${p.name}`,
    `Outcome: ${d.outcome} — ${d.headline}`,
    `Aware on: ${i.breach.awareOn}`,
    '',
    'Obligations:',
    ...d.obligations.map(
      (o) =>
        `- ${o.what} (${o.to}) — ${o.dueDate ? `due ${formatDate(o.dueDate)}` : o.when.replaceAll('_', ' ')}${o.conditional ? ' [if the unknown facts go that way]' : ''}`,
    ),
    '',
    `Record SHA-256: ${hash}`,
    'The full decision record (JSON) is attached separately.',
    '',
    d.notAdvice,
  ].join('\n');
}
