// Everyone the plan tells the practice to call: its own outside help (from the policy) and the
// official contacts and support lines (from the engine's contacts.ts, never worded here).
import { OFFICIAL_CONTACTS, STATE_HEALTH_PRIVACY, SUPPORT_CONTACTS } from '@ndb-kit/engine';
import type { PracticePolicy, Vendor } from '@ndb-kit/policy';
import type { PersonView } from './roles.ts';
import type { ViewModel } from './types.ts';

export interface ContactView {
  name: string;
  detail: string | null;
  phone: string | null;
  afterHoursPhone: string | null;
  email: string | null;
  web: string | null;
  reference: string | null;
}

export interface StateHealthView {
  state: string;
  /** Citation key of the state law (engine citations). */
  law: 'vic_hra' | 'nsw_hrip' | 'act_hrpa';
  regulator: string;
  web: string;
}

export function contact(c: Partial<Omit<ContactView, 'name'>> & { name: string }): ContactView {
  return {
    name: c.name,
    detail: c.detail ?? null,
    phone: c.phone ?? null,
    afterHoursPhone: c.afterHoursPhone ?? null,
    email: c.email ?? null,
    web: c.web ?? null,
    reference: c.reference ?? null,
  };
}

export function vendorView(v: Vendor): ContactView {
  return {
    name: v.name,
    detail: v.service,
    phone: v.phone ?? null,
    afterHoursPhone: null,
    email: v.email ?? null,
    web: v.supportUrl ?? null,
    reference: null,
  };
}

/** The practice's own outside help: IT, insurer, lawyer, local police, vendors, pathology. */
export function outsideHelp(
  policy: PracticePolicy,
  it: PersonView,
): Pick<ViewModel, 'msp' | 'itHelp' | 'insurer' | 'lawyer' | 'localPolice' | 'vendors' | 'pathology'> {
  const c = policy.contacts;
  const msp = c.managedServiceProvider
    ? contact({
        ...c.managedServiceProvider,
        detail: 'Managed IT service provider',
        reference: c.managedServiceProvider.contractReference,
      })
    : null;
  return {
    msp,
    // Whoever the response lead calls for IT: the MSP if there is one, else the IT contact.
    itHelp:
      msp ??
      contact({
        name: it.name,
        detail: it.position,
        phone: it.phone,
        afterHoursPhone: it.afterHoursPhone,
        email: it.email,
      }),
    insurer: c.insurer
      ? contact({
          name: c.insurer.name,
          detail: 'Cyber / professional indemnity insurer',
          phone: c.insurer.claimsPhone,
          email: c.insurer.email,
          reference: c.insurer.policyNumber,
        })
      : null,
    lawyer: c.lawyer
      ? contact({
          name: c.lawyer.name,
          detail: c.lawyer.firm ?? 'Legal adviser',
          phone: c.lawyer.phone,
          email: c.lawyer.email,
        })
      : null,
    localPolice: c.localPolice
      ? contact({ name: c.localPolice.station, detail: 'Local police station', phone: c.localPolice.phone })
      : null,
    vendors: c.vendors.map(vendorView),
    pathology: (c.pathology ?? []).map(vendorView),
  };
}

/** The engine's official contacts as the plan prints them. */
export function officialContacts(): ViewModel['official'] {
  const o = OFFICIAL_CONTACTS;
  return {
    oaic: contact({
      name: o.oaic.name,
      detail: o.oaic.purpose,
      phone: o.oaic.phone,
      email: o.oaic.email,
      web: o.oaic.web,
      reference: o.oaic.postal,
    }),
    oaicMhr: contact({
      name: o.oaicMhr.name,
      detail: o.oaicMhr.purpose,
      phone: o.oaicMhr.phone,
      email: o.oaicMhr.email,
      web: o.oaicMhr.web,
    }),
    oaicComplaints: contact({
      name: o.oaicComplaints.name,
      detail: o.oaicComplaints.purpose,
      phone: o.oaicComplaints.phone,
      web: o.oaicComplaints.web,
    }),
    adha: contact({ name: o.adha.name, detail: o.adha.purpose, web: o.adha.web }),
    reportCyber: contact({
      name: o.reportCyber.name,
      detail: o.reportCyber.purpose,
      phone: o.reportCyber.phone,
      web: o.reportCyber.web,
    }),
    police: contact({ name: o.police.name, detail: o.police.purpose, phone: o.police.phone }),
  };
}

/** Interpreter and support lines every notice to individuals offers (engine). */
export function supportContacts(): ViewModel['support'] {
  const sc = SUPPORT_CONTACTS;
  return {
    interpreter: contact({ name: sc.interpreter.name, phone: sc.interpreter.phone }),
    lifeline: contact({ name: sc.lifeline.name, phone: sc.lifeline.phone }),
    idcare: contact({ name: sc.idcare.name, phone: sc.idcare.phone, web: sc.idcare.web }),
  };
}

export function stateHealthView(state: string): StateHealthView | null {
  const entry = Object.hasOwn(STATE_HEALTH_PRIVACY, state) ? STATE_HEALTH_PRIVACY[state] : undefined;
  return entry ? { state, ...entry } : null;
}
