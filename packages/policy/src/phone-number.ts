// Australian phone numbers in their national form. No imports: the generator's browser-safe
// notice drafts use it too (`@ndb-kit/policy/phone-number`), so keep it dependency-free.

/** Digits only, with +61 (and the "+61 (0)2" habit) turned into the national 0 prefix. */
export function normalisePhone(phone: string): string {
  const compact = phone.replace(/[\s().-]/g, '');
  if (compact.startsWith('+61')) return `0${compact.slice(3).replace(/^0/, '')}`;
  return compact;
}

/**
 * The one `tel:` link builder (plan, notices, site, wizard): international form for geographic and
 * mobile numbers (02 9876 5432 → tel:+61298765432, dialable from a phone roaming abroad); 13, 1300
 * and 1800 numbers stay national (they cannot be dialled from overseas). A trailing note in
 * brackets ("1300 292 371 (1300 CYBER1)") is not dialled.
 */
export function telUri(phone: string): string {
  const n = normalisePhone(phone.replace(/\s*\([^()]*\)\s*$/, '')).replace(/[^0-9]/g, '');
  return /^0[2-478]/.test(n) ? `tel:+61${n.slice(1)}` : `tel:${n}`;
}
