// Plain words for the model's enum values: what the wizard's options say and what the decision says
// when it explains an unknown ("if it was an attacker, a thief, or someone unknown → notify").
// One table per enum, so a question and an explanation can never word the same answer differently.
import type { BreachKind, Protection, Recipient, RemediationStatus } from './types.ts';

export const BREACH_KIND_LABELS: Record<BreachKind, string> = {
  unauthorised_disclosure: 'It was sent, shown or given to the wrong person or published',
  unauthorised_access: 'Someone got into our systems, records or accounts without permission',
  loss: 'A device, file or records were lost or stolen',
};

export const PROTECTION_LABELS: Record<Protection, string> = {
  none: 'Not protected (plain email, paper, unlocked device)',
  password_only: 'Password or PIN only, no encryption',
  encrypted_key_secure: 'Encrypted, and the key or password is safe',
  encrypted_key_compromised: 'Encrypted, but the key or password may be exposed too',
};

export const RECIPIENT_LABELS: Record<Recipient, string> = {
  malicious_or_unknown: 'An attacker, a thief, or someone unknown',
  hostile_known_person: 'A known person who may want to cause harm (e.g. an estranged partner)',
  unauthorised_staff: 'Staff or former staff who looked or took it without a legitimate need',
  own_staff_accidental:
    'Our own staff, by accident (e.g. opened the wrong file), who did not use or share it',
  unintended_individual: 'The wrong person by mistake, with no known motive (e.g. another patient)',
  trusted_recipient: 'Another health provider or someone bound by confidentiality',
  public: 'Anyone: it was published or openly accessible online',
  none_known: 'Nobody known: it is lost',
};

export const REMEDIATION_STATUS_LABELS: Record<RemediationStatus, string> = {
  prevented_harm: 'Yes, for everyone: serious harm is no longer likely',
  prevented_harm_for_some: 'For some people only',
  partial: 'It helped, but harm is still possible',
  none: 'No action yet, or it did not help',
};
