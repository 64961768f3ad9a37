// Plain words for the model's enum values: what the wizard's options say and what the decision says
// when it explains an unknown ("if it was an attacker, a thief, or someone unknown → notify").
// One table per enum, so a question and an explanation can never word the same answer differently.
// Each table is a Record over its id type: a new id fails to compile until it is labelled here, and
// every reader (wizard, CLI, plan) takes its words from here.
import type {
  BreachKind,
  HarmEffect,
  HarmFactorId,
  Outcome,
  Protection,
  Recipient,
  RemediationStatus,
} from './types.ts';

/**
 * The s 26WG(c)–(j) matters in the Act's own words (citations.ts quotes each paragraph), short
 * enough for a table cell: the plan's "matters to weigh", the wizard's and the CLI's factor tables.
 */
export const HARM_FACTOR_LABELS: Record<HarmFactorId, string> = {
  kind_of_information: 'The kind or kinds of information',
  sensitivity: 'Sensitivity',
  security_measures: 'Security measures',
  measures_overcome: 'Overcoming the measures',
  recipients: 'Who has or could obtain it',
  circumvention_knowledge: 'Encryption and keys',
  nature_of_harm: 'The nature of the harm',
  other_matters: 'Any other relevant matters',
};

export const HARM_EFFECT_LABELS: Record<HarmEffect, string> = {
  raises: 'Raises the risk',
  lowers: 'Lowers the risk',
  neutral: 'Neutral',
  depends: 'Depends on unknowns',
};

/**
 * The outcome as a title (the wizard's banner, the CLI's first line, the incident register).
 * "Assess within 30 days", not "Assess now": the title is also kept in records and registers read
 * long after the decision, where "now" would be wrong, and it names the limit s 26WH(2) sets
 * (counted from awareness; the headline under it gives the date).
 */
export const OUTCOME_TITLES: Record<Outcome, string> = {
  notify: 'Notify',
  assess: 'Assess within 30 days',
  not_notifiable: 'Not notifiable',
  not_covered: 'Not covered',
};

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
