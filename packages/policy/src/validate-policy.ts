// Policy validation = the schema (shape, types, formats) + the checks a schema cannot express
// (checksums, the number plan, real time zones, references, dates relative to today), all
// reported together so a consultant fixes a file in one pass.
import { type Issue, isRealDate, type ParsedJson, sortIssues } from '@ndb-kit/validation';
import { precompiledValidator } from '@ndb-kit/validation/precompiled';
import { checkAbn } from './checks/abn.ts';
import { checkDates } from './checks/dates.ts';
import { checkDrills } from './checks/drills.ts';
import { checkEmails } from './checks/email.ts';
import { checkEncryptionMethod } from './checks/encryption.ts';
import type { Finding } from './checks/finding.ts';
import { fieldsOf } from './contract/fields.ts';
import { checkHpio } from './checks/hpio.ts';
import { checkIds } from './checks/ids.ts';
import { checkPhones } from './checks/phone.ts';
import { checkPostcode } from './checks/postcode.ts';
import { checkReferences } from './checks/references.ts';
import { checkInvisibleText } from './checks/text.ts';
import { checkTimeZone } from './checks/time-zone.ts';
import { checkVendorContacts } from './checks/vendors.ts';
import { checkWebsites } from './checks/website.ts';
import { practicePolicySchema } from './schema.ts';

export interface ValidatePolicyOptions {
  /** The local date to judge review dates against, YYYY-MM-DD. Passed in to keep this pure. */
  today: string;
}

const validateSchema = precompiledValidator(practicePolicySchema);

// Policies that passed, with the day they were judged on: `ndb build` validates on load and the
// generator guards itself, so the second check is skipped for the very same object (a policy is
// never changed after loading; a copy is a new object and is validated again).
const passed = new WeakMap<object, string>();

/** Whether `value` is the very object validatePolicy found valid on `today`. */
export function wasValidated(value: unknown, today: string): boolean {
  return typeof value === 'object' && value !== null && passed.get(value) === today;
}

export function validatePolicy(
  value: unknown,
  file: string,
  json: ParsedJson | undefined,
  options: ValidatePolicyOptions,
): Issue[] {
  if (!isRealDate(options.today))
    throw new Error(`validatePolicy: today must be a date YYYY-MM-DD, got ${options.today}`);
  const schemaIssues = validateSchema(value, file, json);
  const fields = fieldsOf(value); // each value with the definition's node for it
  const findings: Finding[] = [
    ...checkAbn(value),
    ...checkHpio(value),
    ...checkEncryptionMethod(value),
    ...checkTimeZone(value),
    ...checkPhones(fields),
    ...checkPostcode(value),
    ...checkIds(fields),
    ...checkVendorContacts(value),
    ...checkReferences(value, fields),
    ...checkDates(value, fields, options.today),
    ...checkDrills(value),
    ...checkInvisibleText(value),
    ...checkEmails(fields),
    ...checkWebsites(fields),
  ];
  // One issue per place: where the schema already objected, its issue is the one to fix first.
  const flagged = new Set(schemaIssues.map((i) => i.pointer));
  const extra: Issue[] = findings
    .filter((f) => !flagged.has(f.pointer))
    .map((f) => ({ file, ...f, ...json?.locate(f.pointer) }));
  const issues = sortIssues([...schemaIssues, ...extra], value);
  if (issues.length === 0 && typeof value === 'object' && value !== null) passed.set(value, options.today);
  return issues;
}
