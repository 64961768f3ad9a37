// `ndb init`'s answers about outside help and systems: the insurer, the IT provider, the key
// systems (name, hosting, encryption, MFA, vendor) and the HPI-O. Parsed here and added to the
// scaffolded policy, which is then validated as a whole like every other answer.
import {
  ENCRYPTION_METHODS,
  type EncryptionMethod,
  isAustralianPhone,
  isSingleLineText,
  isValidHpio,
  MSP,
  type PracticePolicy,
  type PracticeSystem,
  idFromName,
} from '@ndb-kit/policy';
import { bad, ok, type Parsed } from './init-parse.ts';

export const parseHpio = (raw: string): Parsed =>
  isValidHpio(raw.trim())
    ? ok(raw.trim())
    : bad('not an HPI-O: 16 digits starting 800362 with a valid check digit (e.g. 8003 6219 0000 0004)');

export const parsePhone = (raw: string): Parsed =>
  isAustralianPhone(raw) ? ok(raw.trim()) : bad('not an Australian phone number (e.g. 02 9876 5432)');

// A Record over the policy's own type, so a new hosting kind fails to compile until it is here.
const HOSTING_KINDS: Record<PracticeSystem['hosting'], true> = {
  cloud: true,
  on_premises: true,
  hybrid: true,
};
const HOSTING = Object.keys(HOSTING_KINDS);
const isHosting = (value: string): value is PracticeSystem['hosting'] => Object.hasOwn(HOSTING_KINDS, value);
const isEncryptionAnswer = (value: string): value is SystemAnswer['encryption'] =>
  value === 'none' || value === 'yes' || ENCRYPTION_METHODS.some((m) => m === value);
const DEVICE_METHODS = new Set<EncryptionMethod>([
  'bitlocker_with_pin',
  'bitlocker_without_pin',
  'filevault',
  'mobile_device',
]);
const DEVICE_NAME = /\b(laptops?|notebooks?|macbooks?|phones?|mobiles?|tablets?|ipads?|usb)\b/i;

export interface SystemAnswer {
  name: string;
  hosting: PracticeSystem['hosting'];
  /** "none", "yes" (encrypted, method unknown) or a method. */
  encryption: 'none' | 'yes' | EncryptionMethod;
  mfa: boolean;
  vendor?: { name: string; phone: string };
}

export const SYSTEMS_FORMAT =
  `name, hosting (${HOSTING.join('/')}), encryption (none, yes or a method: ` +
  `${ENCRYPTION_METHODS.join('/')}), mfa (yes/no)[, vendor, vendor phone]; systems separated by ";"`;

/** "DentalDesk Cloud, cloud, provider_managed, yes, DentalDesk, 1300 975 710; Clinic laptops, on_premises, bitlocker_with_pin, yes". */
export function parseSystems(
  raw: string,
): { ok: true; value: SystemAnswer[] } | { ok: false; error: string } {
  const systems: SystemAnswer[] = [];
  for (const [i, entry] of raw
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .entries()) {
    const f = entry.split(',').map((s) => s.trim());
    const where = `system ${i + 1} ("${f[0] ?? ''}")`;
    if (f.length !== 4 && f.length !== 6)
      return { ok: false, error: `${where}: give 4 or 6 fields: ${SYSTEMS_FORMAT}` };
    // Four or six fields (checked above): the defaults never apply.
    const [name = '', hosting = '', encryption = '', mfa = '', vendor, vendorPhone] = f;
    if (!isSingleLineText(name)) return { ok: false, error: `${where}: the name must be visible text` };
    if (!isHosting(hosting))
      return { ok: false, error: `${where}: hosting must be one of ${HOSTING.join(', ')}` };
    if (!isEncryptionAnswer(encryption))
      return {
        ok: false,
        error: `${where}: encryption must be none, yes or one of ${ENCRYPTION_METHODS.join(', ')}`,
      };
    if (!['yes', 'no'].includes(mfa.toLowerCase()))
      return { ok: false, error: `${where}: mfa must be yes or no` };
    const system: SystemAnswer = {
      name,
      hosting,
      encryption,
      mfa: mfa.toLowerCase() === 'yes',
    };
    if (vendor !== undefined) {
      if (!isSingleLineText(vendor)) return { ok: false, error: `${where}: the vendor must be visible text` };
      if (!vendorPhone || !isAustralianPhone(vendorPhone))
        return { ok: false, error: `${where}: the vendor's support phone is not an Australian phone number` };
      system.vendor = { name: vendor, phone: vendorPhone };
    }
    systems.push(system);
  }
  return { ok: true, value: systems };
}

export interface ContactAnswers {
  hpio?: string;
  insurer?: { name: string; phone: string; policyNumber?: string };
  it?: { name: string; phone: string; afterHoursPhone?: string };
  systems: SystemAnswer[];
}

const unique = (base: string, taken: Set<string>) => {
  let id = base || 'item';
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
};

/** Adds the answers to a scaffolded policy (in place) and returns it. */
export function addContactAnswers(policy: PracticePolicy, a: ContactAnswers): PracticePolicy {
  if (a.hpio) policy.organisation.hpio = a.hpio;
  if (a.insurer)
    policy.contacts.insurer = {
      name: a.insurer.name,
      claimsPhone: a.insurer.phone,
      ...(a.insurer.policyNumber ? { policyNumber: a.insurer.policyNumber } : {}),
    };
  if (a.it)
    policy.contacts.managedServiceProvider = {
      name: a.it.name,
      phone: a.it.phone,
      ...(a.it.afterHoursPhone ? { afterHoursPhone: a.it.afterHoursPhone } : {}),
    };
  // Ids are unique across the policy (people, vendors, systems, drills): one set for all.
  const taken = new Set(
    [...policy.people, ...policy.contacts.vendors, ...policy.systems, ...policy.drills].map((x) => x.id),
  );
  const vendorByName = new Map<string, string>();
  for (const s of a.systems) {
    let vendor: string | undefined;
    if (s.vendor) {
      vendor = vendorByName.get(s.vendor.name);
      if (!vendor) {
        vendor = unique(idFromName(s.vendor.name), taken);
        vendorByName.set(s.vendor.name, vendor);
        policy.contacts.vendors.push({
          id: vendor,
          name: s.vendor.name,
          service: `TODO: what ${s.vendor.name} provides`,
          phone: s.vendor.phone,
        });
      }
    }
    const method = s.encryption === 'none' || s.encryption === 'yes' ? undefined : s.encryption;
    policy.systems.push({
      id: unique(idFromName(s.name), taken),
      name: s.name,
      purpose: 'TODO: what the practice uses it for',
      // The kinds a clinical system usually holds; `ndb validate` lists the TODO above, and this list is for checking too.
      personalInformation: ['health', 'identity', 'contact'],
      hosting: s.hosting,
      ...(vendor ? { vendor } : {}),
      administeredBy: a.it ? MSP : policy.roles.itContact,
      // In transit is not asked: current services use TLS; the systems table shows it for checking.
      encryption: { atRest: s.encryption !== 'none', inTransit: true, ...(method ? { method } : {}) },
      mfa: s.mfa,
      ...((method && DEVICE_METHODS.has(method)) || DEVICE_NAME.test(s.name) ? { portable: true } : {}),
    });
  }
  return policy;
}
