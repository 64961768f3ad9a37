// Tailoring that follows the policy's facts: practice type, devices and their encryption, vendor
// contract terms, carve-ins, HPI-O, the NDIS Commission. `view-model.ts` adds the result as
// `tailoring`; the templates read it. Each rule lives in its own small module.
import { OFFICIAL_CONTACTS, SUPPORT_CONTACTS } from '@ndb-kit/engine';
import type { PracticePolicy } from '@ndb-kit/policy';
import { type CarveInView, carveInViews } from './coverage.ts';
import { type DeviceView, deviceView, isPortable } from './devices.ts';
import { type PracticeProfile, practiceProfile } from './practice-profile.ts';
import { type VendorTermView, vendorTerms } from './vendor-terms.ts';

export type { CarveInView, DeviceView, PracticeProfile, VendorTermView };

export interface Tailoring {
  profile: PracticeProfile;
  /** Portable devices with what their encryption means if one is lost. */
  devices: DeviceView[];
  devicesUnprotected: boolean;
  vendorTerms: VendorTermView[];
  /** Vendors that supply a system but have no breach-notice term recorded. */
  vendorsWithoutTerms: string[];
  /** Carve-ins named for a small business (the cover's statement of who is bound). */
  carveIns: CarveInView[];
  /** "8003 6219 0000 0004", grouped in fours, or null. */
  hpio: string | null;
  ndisCommission: { name: string; phone: string; web: string; detail: string } | null;
  beyondBlue: { name: string; phone: string; web: string };
}

/** The HPI-O in groups of four, as the HI Service prints it. */
export const formatHpio = (hpio: string) => hpio.replace(/ /g, '').replace(/(\d{4})(?=\d)/g, '$1 ');

export function tailoring(policy: PracticePolicy): Tailoring {
  const org = policy.organisation;
  const profile = practiceProfile(org.practiceType);
  const devices = policy.systems.filter(isPortable).map(deviceView);
  const terms = vendorTerms(
    [...policy.contacts.vendors, ...(policy.contacts.pathology ?? [])],
    policy.systems,
  );
  const small = org.entity.type === 'business';
  const n = OFFICIAL_CONTACTS.ndisCommission;
  const bb = SUPPORT_CONTACTS.beyondBlue;
  return {
    profile,
    devices,
    devicesUnprotected: devices.some((d) => d.protection === 'none'),
    vendorTerms: terms.terms,
    vendorsWithoutTerms: terms.withoutTerms,
    carveIns: small ? carveInViews(org.entity.carveIns) : [],
    hpio: org.hpio ? formatHpio(org.hpio) : null,
    ndisCommission: profile.ndis ? { name: n.name, phone: n.phone, web: n.web, detail: n.purpose } : null,
    beyondBlue: { name: bb.name, phone: bb.phone, web: bb.web },
  };
}
