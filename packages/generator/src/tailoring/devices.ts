// The lost-device runbook, per device: what the policy's encryption facts mean when that laptop or
// phone is gone. Practical guidance; the legal weight of encryption is s 26WG(h) (cited by the
// template), and whether serious harm is likely stays the decision maker's judgment.
import type { EncryptionMethod, PracticeSystem } from '@ndb-kit/policy';

export type DeviceProtection = 'strong' | 'weaker' | 'unconfirmed' | 'none';

export interface DeviceView {
  name: string;
  protection: DeviceProtection;
  /** Not encrypted at all: the runbook prints it in bold. */
  unprotected: boolean;
  /** "encrypted with BitLocker and a pre-boot PIN" (after the device's name). */
  how: string;
  /** What it means if this device is lost, and what to check. */
  ifLost: string;
  notes: string | null;
}

const METHODS: Record<EncryptionMethod, { how: string; protection: DeviceProtection; ifLost: string }> = {
  bitlocker_with_pin: {
    how: 'encrypted with BitLocker and a pre-boot PIN',
    protection: 'strong',
    ifLost:
      'If the PIN was not written on or kept with the device, its disk cannot be read without it. Record that, and ask IT for the BitLocker status showing encryption was on; keep it as evidence.',
  },
  bitlocker_without_pin: {
    how: 'encrypted with BitLocker, but without a pre-boot PIN (the chip unlocks the disk at start-up)',
    protection: 'weaker',
    ifLost:
      'The Windows sign-in is then the only barrier, and a determined thief can get past it. Find out whether it was shut down or only asleep and how strong the password was; do not treat it as fully protected.',
  },
  filevault: {
    how: 'encrypted with FileVault',
    protection: 'strong',
    ifLost:
      'If the Mac was shut down (not just asleep with the lid closed) and neither the password nor the recovery key was with it, its contents cannot be read. Check where the recovery key is.',
  },
  mobile_device: {
    how: 'encrypted by the phone or tablet, protected by its passcode',
    protection: 'strong',
    ifLost:
      'Protected only if it had a passcode (six digits or more) and was locked; a device with no passcode, or the passcode on a note with it, is not protected. Lock and erase it through its find-my-device service.',
  },
  database: {
    how: 'encrypted by the software that holds the data',
    protection: 'unconfirmed',
    ifLost:
      'Software encryption protects the records only while the software is signed out; check with IT what was stored outside it (exports, downloads, cached files).',
  },
  provider_managed: {
    how: 'encrypted by the provider',
    protection: 'unconfirmed',
    ifLost:
      'The provider’s storage encryption does not protect what is on the device itself; check with IT whether the device’s own disk was encrypted.',
  },
  other: {
    how: 'recorded as encrypted',
    protection: 'unconfirmed',
    ifLost: 'Confirm with IT how, and that it was on at the time, before relying on it.',
  },
};

const PORTABLE_NAME = /\b(laptops?|notebooks?|macbooks?|phones?|iphones?|mobiles?|tablets?|ipads?|usb)\b/i;

/** Portable systems: marked `portable`, or (for older policies) named like a laptop, phone or tablet. */
export function isPortable(s: PracticeSystem): boolean {
  return s.portable ?? PORTABLE_NAME.test(s.name);
}

export function deviceView(s: PracticeSystem): DeviceView {
  const notes = s.encryption.notes ?? null;
  if (!s.encryption.atRest)
    return {
      name: s.name,
      protection: 'none',
      unprotected: true,
      how: 'not encrypted',
      ifLost:
        'Assume whoever has it can read everything stored on it; a remote wipe works only if it comes online. Unless it is recovered unopened, assess it as a loss where unauthorised access is likely (section 4).',
      notes,
    };
  if (!s.encryption.method)
    return {
      name: s.name,
      protection: 'unconfirmed',
      unprotected: false,
      how: 'recorded as encrypted, but not how',
      ifLost:
        'Confirm with IT how (BitLocker with a PIN? FileVault?) and that it was on at the time before relying on it, and record the method in the policy (systems[].encryption.method).',
      notes,
    };
  const m = METHODS[s.encryption.method];
  return { name: s.name, protection: m.protection, unprotected: false, how: m.how, ifLost: m.ifLost, notes };
}
