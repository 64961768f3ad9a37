// The call tree: who calls whom, first caller first; a person is never told to call themselves.
import type { RoleName } from '@ndb-kit/policy';
import { ROLE_LABELS } from './roles.ts';
import type { ViewModel } from './types.ts';

/** One call in the call tree: "<label> <name>, <phone> (after hours …) <note>". */
export interface CallView {
  label: string;
  name: string | null;
  phone: string | null;
  afterHoursPhone: string | null;
  note: string | null;
}

function call(
  label: string,
  c: { name: string | null; phone: string | null; afterHoursPhone?: string | null },
  note: string | null = null,
): CallView {
  return { label, name: c.name, phone: c.phone, afterHoursPhone: c.afterHoursPhone ?? null, note };
}

export function callTree(
  m: Pick<ViewModel, 'roles' | 'msp' | 'insurer' | 'lawyer' | 'official' | 'mhr'>,
): ViewModel['callTree'] {
  const r = m.roles;
  const lead = r.responseLead.person;
  const roleCall = (key: RoleName, note: string | null = null) =>
    call(key === 'itContact' ? 'IT contact' : ROLE_LABELS[key].label.toLowerCase(), r[key].person, note);
  const others = (keys: RoleName[]) => keys.filter((k) => r[k].person.id !== lead.id).map((k) => roleCall(k));
  const tree: ViewModel['callTree'] = [
    {
      from: 'Anyone who finds a breach',
      calls: [roleCall('responseLead'), roleCall('deputy', 'if there is no answer within 30 minutes')],
    },
    {
      from: `Response lead, ${lead.name}`,
      calls: [
        ...others(['itContact', 'privacyOfficer', 'decisionMaker']),
        ...(m.insurer
          ? [call('the insurer', m.insurer, m.insurer.reference ? `(policy ${m.insurer.reference})` : null)]
          : []),
      ],
    },
    {
      from: `IT contact, ${r.itContact.person.name}`,
      calls: [
        ...(m.msp ? [call('managed IT', m.msp, m.msp.reference ? `(quote ${m.msp.reference})` : null)] : []),
        call('the vendor of any system involved', { name: null, phone: null }, '(section 8)'),
      ],
    },
    {
      from: `Privacy officer, ${r.privacyOfficer.person.name}`,
      calls: [
        ...(m.lawyer ? [call('the lawyer', m.lawyer, 'for advice')] : []),
        call(
          'the OAIC',
          { name: null, phone: m.official.oaic.phone },
          'once the breach is notifiable (section 5)',
        ),
        ...(m.mhr
          ? [
              call(
                'the Australian Digital Health Agency',
                { name: null, phone: null },
                'if My Health Record is involved (section 5.6)',
              ),
            ]
          : []),
      ],
    },
    {
      from: `Communications lead, ${r.communicationsLead.person.name}`,
      calls: [
        call('staff', { name: null, phone: null }, '(what to tell patients who ask)'),
        call(
          'affected individuals',
          { name: null, phone: null },
          'once the decision maker approves the notices',
        ),
      ],
    },
  ];
  return tree.filter((line) => line.calls.length > 0);
}
