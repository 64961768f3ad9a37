// Email addresses as addresses, not merely "has an @": the plan turns each into a mailto: link,
// so an address like x?bcc=spy%40evil.example@example.com would become a link that adds a
// hidden recipient. Accepted: a dot-atom local part without ?, %, # or / (which mean something
// in a mailto: URL) and a domain of letters, digits and hyphens with a dot (IDN as xn--).
import { showValue } from '@ndb-kit/validation';
import { type Field, fieldsOfKind } from '../contract/fields.ts';
import type { Finding } from './finding.ts';

const LOCAL = /^[A-Za-z0-9!$&'*+=^_`{|}~-]+(?:\.[A-Za-z0-9!$&'*+=^_`{|}~-]+)*$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** Whether `text` is an email address ndb will put in a mailto: link. */
export function isSafeEmail(text: string): boolean {
  if (text.length > 254) return false;
  const at = text.lastIndexOf('@');
  if (at <= 0 || at > 64) return false;
  const local = text.slice(0, at);
  const labels = text.slice(at + 1).split('.');
  return (
    LOCAL.test(local) &&
    labels.length >= 2 &&
    labels.every((l) => LABEL.test(l)) &&
    /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]+)$/.test(labels.at(-1) ?? '')
  );
}

/** Every field the definition types as `$defs/email` that is a string but not an address ndb accepts. */
export function checkEmails(fields: readonly Field[]): Finding[] {
  return fieldsOfKind(fields, 'email').flatMap(({ pointer, value }) =>
    typeof value === 'string' && !isSafeEmail(value)
      ? [
          {
            pointer,
            message:
              'is not an email address ndb can use (letters, digits and . _ + - before the @; no spaces, ?, % or #; a domain with a dot after it)',
            expected: 'e.g. privacy@example.com.au',
            found: showValue(value),
          },
        ]
      : [],
  );
}
