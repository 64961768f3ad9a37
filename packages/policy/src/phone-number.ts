// Australian phone numbers in their national form. No imports: the generator's browser-safe
// notice drafts use it too (`@ndb-kit/policy/phone-number`), so keep it dependency-free.

/** Digits only, with +61 (and the "+61 (0)2" habit) turned into the national 0 prefix. */
export function normalisePhone(phone: string): string {
  const compact = phone.replace(/[\s().-]/g, '');
  if (compact.startsWith('+61')) return `0${compact.slice(3).replace(/^0/, '')}`;
  return compact;
}
