// Web addresses must name a host: "https://" alone passes the schema's uri format but leaves the
// plan with a link to nowhere (and used to fail the build later). No user:password@ either: a
// link that shows one host and carries credentials is how phishing links look.
import { showValue } from '@ndb-kit/validation';
import { type Field, fieldsOfKind } from '../contract/fields.ts';
import type { Finding } from './finding.ts';

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Whether `text` is an http(s) address with a real host name (letters, digits, hyphens, a dot). */
export function isWebAddress(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (url.username || url.password || /\s/.test(text)) return false;
  const labels = url.hostname.split('.');
  return labels.length >= 2 && labels.every((l) => LABEL.test(l)) && /^[a-z]|^xn--/.test(labels.at(-1) ?? '');
}

/** Every field the definition types as `$defs/webAddress` (the website, vendors' support pages). */
export function checkWebsites(fields: readonly Field[]): Finding[] {
  return fieldsOfKind(fields, 'webAddress').flatMap(({ pointer, value }) =>
    typeof value === 'string' && !isWebAddress(value)
      ? [
          {
            pointer,
            message: 'is not a full web address with a host name (and no user name or password)',
            expected: 'e.g. https://www.example.com.au',
            found: showValue(value),
          },
        ]
      : [],
  );
}
