// The practice's systems as the plan's systems table and runbooks read them.
import { formatDate, KIND_LABELS } from '@ndb-kit/engine';
import { type Person, MSP, type PracticePolicy, type PracticeSystem } from '@ndb-kit/policy';
import { isPortable } from '../tailoring/devices.ts';
import { type ContactView, vendorView } from './contacts.ts';

export interface SystemView {
  name: string;
  purpose: string;
  kinds: string;
  hosting: string;
  vendor: string | null;
  vendorContact: ContactView | null;
  administeredBy: string;
  backups: string;
  encryption: string;
  encryptionNotes: string | null;
  mfa: string;
  holdsHealth: boolean;
  onPremises: boolean;
  encryptedAtRest: boolean;
  mfaOn: boolean;
  /** A laptop, phone or tablet (src/tailoring/devices.ts): the lost-device runbook, not the server list. */
  portable: boolean;
}

const HOSTING_LABELS: Record<PracticeSystem['hosting'], string> = {
  on_premises: 'On premises',
  cloud: 'Cloud',
  hybrid: 'Hybrid',
};

export const isEmailSystem = (s: PracticeSystem) =>
  /e-?mail|outlook|gmail|exchange/i.test(`${s.name} ${s.purpose}`);

export function systemViews(
  policy: PracticePolicy,
  byId: Map<string, Person>,
  msp: ContactView | null,
): SystemView[] {
  const c = policy.contacts;
  const vendorsById = new Map([...c.vendors, ...(c.pathology ?? [])].map((v) => [v.id, v]));
  return policy.systems.map((s) => {
    const vendor = s.vendor ? vendorsById.get(s.vendor) : undefined;
    const admin =
      s.administeredBy === MSP
        ? (msp?.name ?? 'Managed service provider')
        : (byId.get(s.administeredBy)?.name ?? s.administeredBy);
    const b = s.backups;
    return {
      name: s.name,
      purpose: s.purpose,
      kinds: s.personalInformation.map((k) => KIND_LABELS[k]).join('; '),
      hosting: HOSTING_LABELS[s.hosting],
      // A vendor named like its system ("DentalDesk Cloud" by DentalDesk Cloud) is not repeated.
      vendor: vendor && vendor.name.trim() !== s.name.trim() ? vendor.name : null,
      vendorContact: vendor ? vendorView(vendor) : null,
      administeredBy: admin,
      backups: b
        ? `${b.method} (${b.frequency}${b.offsite ? ', offsite copy' : ', no offsite copy'}${b.lastRestoreTest ? `, restore last tested ${formatDate(b.lastRestoreTest)}` : ', restore never tested'})`
        : 'Not backed up by the practice',
      encryption: `${s.encryption.atRest ? 'At rest' : 'Not at rest'}; ${s.encryption.inTransit ? 'in transit' : 'not in transit'}`,
      encryptionNotes: s.encryption.notes ?? null,
      mfa: s.mfa ? 'Yes' : 'No',
      holdsHealth: s.personalInformation.includes('health') || s.personalInformation.includes('sensitive'),
      onPremises: s.hosting !== 'cloud',
      encryptedAtRest: s.encryption.atRest,
      mfaOn: s.mfa,
      portable: isPortable(s),
    };
  });
}
