// The facts serious harm turns on (s 26WG) and what was done about it (s 26WF).
import { cite } from '../citations.ts';
import { PROTECTION_LABELS, RECIPIENT_LABELS, REMEDIATION_STATUS_LABELS } from '../labels.ts';
import { KIND_LABELS } from '../rules/coverage.ts';
import { INFORMATION_KINDS, REMEDIAL_ACTIONS } from '../vocabulary.ts';
import { DONT_KNOW, unknownAnswer, yesNo } from './answers.ts';
import type { Question } from './types.ts';

export const HARM_QUESTIONS: Question[] = [
  {
    id: 'information',
    section: 'incident',
    prompt: 'What information was involved, and whose?',
    help: 'Health information is sensitive information. For a health practice, your patients’ names, contact details and Medicare numbers are health information too: they were collected in providing a health service, and being someone’s patient (a psychologist’s client, say) can itself be sensitive.',
    citations: [
      cite('s26WG(c)'),
      cite('s26WG(d)'),
      cite('s6FA'),
      cite('s6(1)'),
      cite('s7B(3)'),
      cite('s26WG(i)'),
      cite('s26WG(j)'),
    ],
    fields: [
      {
        path: 'information.kinds',
        label: 'Which kinds? Tick all that apply',
        help: 'Tick tax file numbers separately from employee records: TFNs stay covered even in payroll files. “De-identified” means nobody could work out who it is about, even combined with other information; a list with names removed but dates of birth and postcodes left in is not de-identified.',
        input: 'multi',
        options: INFORMATION_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] })),
        unknown: { label: "I don't know (or there may be more)", value: ['unknown'] },
      },
      {
        path: 'information.employeeRecordsIncludeTfnOrPatientRecords',
        label:
          'Do the employee records include tax file numbers, or a staff member’s own records as a patient?',
        input: 'choice',
        options: yesNo('Yes, or they may (payroll files usually hold TFNs)', 'No: employment records only'),
        unknown: unknownAnswer,
        showIf: { path: 'information.kinds', includesAny: ['employee_record'] },
      },
      {
        path: 'information.aboutPatients',
        label: 'Are the names, contact details or identifiers about your patients or clients?',
        input: 'choice',
        options: yesNo('Yes, patients or clients', 'No, other people (suppliers, job applicants…)'),
        unknown: unknownAnswer,
        showIf: {
          all: [
            { path: 'entity.type', in: ['health_service_provider'] },
            { path: 'information.kinds', includesAny: ['contact', 'identity', 'government_identifier'] },
          ],
        },
      },
      {
        path: 'information.individualsAffected',
        label: 'How many people (approximately)',
        input: 'number',
        unknown: unknownAnswer,
      },
      {
        path: 'information.vulnerableIndividuals',
        label: 'Are any of them vulnerable?',
        help: 'Children, people at risk of family violence and mental-health clients can suffer more serious harm from the same information.',
        input: 'choice',
        options: yesNo('Yes', 'No'),
        unknown: unknownAnswer,
      },
    ],
  },
  {
    id: 'protection',
    section: 'incident',
    prompt: 'How was the information protected?',
    help: 'Encryption counts only if the key or password is safe, and only for what was obtained in encrypted form: a stolen encrypted laptop is protected; a database encrypted “at rest” is not, once someone reads it through the live system or a logged-in account. Encrypted data with its key is treated as unencrypted. A device password alone can be bypassed.',
    citations: [cite('s26WG(e)'), cite('s26WG(f)'), cite('s26WG(h)')],
    fields: [
      {
        path: 'protection',
        label: 'Protection',
        input: 'choice',
        options: (
          ['none', 'password_only', 'encrypted_key_secure', 'encrypted_key_compromised'] as const
        ).map((p) => ({ value: p, label: PROTECTION_LABELS[p] })),
        unknown: unknownAnswer,
      },
      {
        path: 'obtainedInProtectedForm',
        label: 'Was what they obtained only the encrypted data?',
        input: 'choice',
        options: yesNo(
          'Yes: only the encrypted device, file or backup (a device that was locked or switched off)',
          'No: it could be read through a working system, account or session (or an unlocked device)',
        ),
        unknown: unknownAnswer,
        showIf: { path: 'protection', in: ['encrypted_key_secure'] },
      },
    ],
  },
  {
    id: 'recipient',
    section: 'incident',
    prompt: 'Who has, or could have, the information, and did they see it?',
    help: 'Who has obtained or could obtain the information matters most: an attacker or someone with a motive makes serious harm more likely than a trusted health provider. Choose “our own staff, by accident” only if they did not use or pass it on; a staff member who went looking is “without a legitimate need”.',
    citations: [cite('s26WG(g)'), cite('s26WE(2)(a)'), cite('oaic_threat_actor')],
    fields: [
      {
        path: 'recipient',
        label: 'Who has it, or could get it?',
        input: 'choice',
        options: (
          [
            'malicious_or_unknown',
            'hostile_known_person',
            'unauthorised_staff',
            'own_staff_accidental',
            'unintended_individual',
            'trusted_recipient',
            'public',
            'none_known',
          ] as const
        ).map((r) => ({ value: r, label: RECIPIENT_LABELS[r] })),
        unknown: unknownAnswer,
      },
      {
        path: 'breach.personalInformationAccessed',
        label: 'Was personal information actually accessed, seen or received?',
        help: 'Answer No only if reliable evidence shows nobody accessed it: audit or access logs, a verified recall, and for a cyber attack a forensic report. “We found no sign of it” without logs is not evidence, and neither is a promise from an attacker. An email delivered to the wrong address counts as received.',
        input: 'choice',
        options: yesNo(
          'Yes, or it was delivered to someone',
          'No: reliable evidence shows nobody accessed it',
        ),
        unknown: unknownAnswer,
      },
    ],
  },
  {
    id: 'remediation',
    section: 'incident',
    prompt: 'What have you done to contain it, and did it work?',
    help: 'Say what you did and when. It only changes the answer if it was done before any serious harm and, as a result, serious harm is not likely for what was already obtained — for example a recall verified before the email was opened, a device wiped or recovered before anyone used it, or written confirmation of deletion from a recipient with no motive to misuse it. Resetting passwords or taking content down stops further access but does not undo what was seen. Never rely on a promise from an attacker or from someone who took it on purpose. Keep the evidence (logs, the written confirmation).',
    citations: [
      cite('s26WF(1)'),
      cite('s26WF(2)'),
      cite('s26WF(3)'),
      cite('s26WF(4)'),
      cite('s26WF(5)'),
      cite('oaic_threat_actor'),
    ],
    fields: [
      {
        path: 'remediation.actions',
        label: 'Actions taken (tick none if nothing has been done yet)',
        input: 'multi',
        options: Object.entries(REMEDIAL_ACTIONS).map(([value, a]) => ({ value, label: a.label })),
        optional: true,
        unknown: { label: DONT_KNOW, value: [] },
      },
      {
        path: 'remediation.status',
        label: 'Did it remove the risk of serious harm, and can you show it?',
        input: 'choice',
        options: (['prevented_harm', 'prevented_harm_for_some', 'partial', 'none'] as const).map((v) => ({
          value: v,
          label: REMEDIATION_STATUS_LABELS[v],
        })),
        unknown: unknownAnswer,
      },
    ],
  },
];
