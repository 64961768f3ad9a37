// Bump RULES_VERSION whenever a rule, threshold or citation changes: it is recorded in every decision.
export const RULES_VERSION = '2026.11.1';
/** The date the legal reference was last checked against the law. */
export const LAW_AS_AT = '2025-10-31';

export const NOT_ADVICE =
  'ndb-kit is decision support, not legal advice. It applies Part IIIC of the Privacy Act 1988 (Cth) and related laws to the facts you gave; check the result with your privacy officer, insurer or lawyer, and keep this record.';
