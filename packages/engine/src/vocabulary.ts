// The closed vocabularies of the incident model (../../../schemas/incident.schema.json).
// One source of truth: the types, the JSON Schema test, the question definitions and the
// exhaustive sweep all read these arrays. Names are a public contract: never rename.

export const ENTITY_TYPES = [
  'health_service_provider',
  'business',
  'commonwealth_agency',
  'state_or_territory_authority',
] as const;

export const CARVE_INS = [
  'trades_in_personal_information',
  'commonwealth_contracted_service_provider',
  'credit_reporting_body',
  'credit_provider',
  'aml_ctf_reporting_entity',
  'opted_in',
  'related_to_larger_business',
  'residential_tenancy_database_operator',
  'registered_employee_association',
] as const;

export const JURISDICTIONS = ['ACT', 'NSW', 'NT', 'QLD', 'SA', 'TAS', 'VIC', 'WA'] as const;

export const BREACH_KINDS = ['unauthorised_access', 'unauthorised_disclosure', 'loss'] as const;
export const CERTAINTIES = ['believed', 'suspected'] as const;
export const MHR_INVOLVEMENT = ['no', 'involved', 'possibly_involved'] as const;

/** Optional (added to the model): what caused it, in the OAIC's reporting categories. Drives other-body advice only. */
export const BREACH_CAUSES = [
  'human_error',
  'cyber_attack',
  'theft',
  'rogue_insider',
  'system_fault',
] as const;

export const INFORMATION_KINDS = [
  'health',
  'sensitive',
  'government_identifier',
  'tfn',
  'financial',
  'credit_eligibility',
  'identity',
  'contact',
  'credentials',
  'employee_record',
  'business_contact',
  'publicly_available',
  'de_identified',
] as const;

export const PROTECTIONS = [
  'none',
  'password_only',
  'encrypted_key_secure',
  'encrypted_key_compromised',
] as const;

export const RECIPIENTS = [
  'malicious_or_unknown',
  'hostile_known_person',
  'unauthorised_staff',
  'unintended_individual',
  'trusted_recipient',
  'public',
  'none_known',
] as const;

export const REMEDIATION_STATUSES = ['none', 'prevented_harm', 'prevented_harm_for_some', 'partial'] as const;

/**
 * Remedial actions the engine recognises (the list is free: other strings are kept for the record).
 * Technical containment does not depend on the recipient's good will; the others do, and the OAIC
 * warns against relying on a threat actor's assurances (legal-reference §4, S66).
 */
export const REMEDIAL_ACTIONS = {
  asked_recipient_to_delete: { label: 'Asked the recipient to delete it', technical: false },
  recipient_confirmed_deletion: {
    label: 'The recipient confirmed in writing that they deleted it',
    technical: false,
  },
  message_revoked_unopened: {
    label: 'Message revoked, and an audit log shows it was never opened',
    technical: true,
  },
  device_remotely_wiped: { label: 'Device remotely wiped or locked before anyone used it', technical: true },
  device_recovered_unaccessed: {
    label: 'Device or records recovered, with evidence nobody accessed them',
    technical: true,
  },
  access_revoked: {
    label: 'Access revoked (passwords reset, sessions ended, accounts disabled)',
    technical: true,
  },
  content_taken_down: { label: 'Published content taken down', technical: true },
  ransom_paid_for_deletion: { label: 'A ransom was paid for a promise to delete', technical: false },
} as const;

export const OUTCOMES = ['notify', 'assess', 'not_notifiable', 'not_covered'] as const;

/** How cautious an outcome is: a higher rank is more cautious (used to combine and to test monotonicity). */
export const OUTCOME_RANK: Record<(typeof OUTCOMES)[number], number> = {
  not_covered: 0,
  not_notifiable: 1,
  assess: 2,
  notify: 3,
};

export const OBLIGATION_IDS = [
  'oaic_statement',
  'notify_individuals',
  'complete_assessment',
  'mhr_notify_system_operator',
  'mhr_notify_commissioner',
  'mhr_request_consumer_notification',
  'ransomware_payment_report',
  'soci_incident_report',
  'apra_cps234_notice',
  'gdpr_art33_notice',
  'state_scheme_notice',
  'coordinate_with_other_entities',
  'request_commissioner_extension',
  'keep_record',
] as const;

export const CHANNELS = ['part_iiic', 'mhr_s75'] as const;
