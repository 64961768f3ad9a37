// The policy's own enums, as values (the definition, the types and the checks read them). The
// incident contract's enums (entity type, carve-ins, information kinds, jurisdictions) are the
// engine's vocabulary, imported where used: a policy's entity facts are copied into every incident.
export const PRACTICE_TYPES = [
  'general_practice',
  'psychology',
  'dental',
  'physiotherapy',
  'allied_health',
  'ndis_provider',
  'specialist',
  'other',
] as const;

export const ROLE_NAMES = [
  'responseLead',
  'deputy',
  'privacyOfficer',
  'decisionMaker',
  'itContact',
  'communicationsLead',
] as const;

/** The value of systems[].administeredBy that means "the managed service provider". */
export const MSP = 'msp';

export const HOSTINGS = ['on_premises', 'cloud', 'hybrid'] as const;
export const BACKUP_FREQUENCIES = ['continuous', 'hourly', 'daily', 'weekly', 'monthly'] as const;

export const ENCRYPTION_METHODS = [
  'bitlocker_with_pin',
  'bitlocker_without_pin',
  'filevault',
  'mobile_device',
  'database',
  'provider_managed',
  'other',
] as const;

export const DRILL_KINDS = [
  'tabletop',
  'ndb_walkthrough',
  'backup_restore_test',
  'phishing_exercise',
  'plan_review',
  'training',
] as const;
export const DRILL_FREQUENCIES = ['monthly', 'quarterly', 'six_monthly', 'annually'] as const;
export const WEEK_ORDINALS = ['first', 'second', 'third', 'fourth', 'last'] as const;
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

export const DISTRIBUTION_COPIES = ['print', 'email', 'site', 'shared_folder'] as const;
