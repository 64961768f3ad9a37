// The fixed helper set of the templates, one per output format. Templates are compiled with
// knownHelpersOnly, so a template can call nothing else; the same helper name escapes for its
// format: Markdown templates (.md.hbs) get Markdown-escaped text and Markdown links, plain-text
// templates (.txt.hbs) get the text as it is. Browser-safe: the wizard renders notice drafts
// with these helpers, so nothing here may import Node or @ndb-kit/policy's main entry (ajv, node:fs);
// its dependency-free `phone-number` module is the one exception.
import { CITATIONS, type CitationKey, formatDate, isIsoDate } from '@ndb-kit/engine';
import { telUri } from '@ndb-kit/policy/phone-number';
import { escapeLinkDestination, escapeMarkdown } from './escape-markdown.ts';
import { dollars } from './money.ts';

export type TemplateFormat = 'md' | 'txt';

// Handlebars passes an options object as the last argument; helpers below take only their values.
type Helper = (...args: unknown[]) => string;

function text(value: unknown, helper: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  // A null or object here is a template bug (e.g. printing an optional field without #if).
  throw new Error(`{{${helper}}} needs text, got ${value === null ? 'null' : typeof value}`);
}

function citation(key: unknown): string {
  const k = text(key, 'cite');
  if (!Object.hasOwn(CITATIONS, k)) throw new Error(`{{cite}}: unknown citation key "${k}"`);
  return CITATIONS[k as CitationKey].cite;
}

/** "31 Oct 2025": every date the plan and notices print, one format. */
function isoDate(value: unknown, helper = 'date'): string {
  const d = text(value, helper);
  if (!isIsoDate(d)) throw new Error(`{{${helper}}} needs YYYY-MM-DD, got "${d}"`);
  return formatDate(d).replace(/^[A-Z][a-z]{2} /, '');
}

/** "Fri 31 Oct 2025": a deadline, where the weekday helps. */
function weekdayDate(value: unknown): string {
  const d = isoDate(value, 'day');
  return formatDate(text(value, 'day')).slice(0, 4) + d;
}

function money(value: unknown): string {
  const n = Number(text(value, 'money'));
  return dollars(n);
}

/** Call the helper with its value arguments, dropping Handlebars' trailing options object. */
function values(fn: (...args: unknown[]) => string): Helper {
  return (...args) => fn(...args.slice(0, -1));
}

const mdLink = (label: string, href: string) => `[${escapeMarkdown(label)}](${escapeLinkDestination(href)})`;

/**
 * mailto: for one address, each side of the last @ percent-encoded: whatever the address holds
 * (the policy check refuses ?, % and # already), it can never add a header or a recipient.
 */
export function mailtoUri(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return `mailto:${encodeURIComponent(address)}`;
  return `mailto:${encodeURIComponent(address.slice(0, at))}@${encodeURIComponent(address.slice(at + 1))}`;
}

function webHref(value: unknown): string {
  const url = text(value, 'link');
  // Only web addresses become links; anything else is printed as text by the caller.
  return /^https?:\/\//i.test(url) ? new URL(url).href : '';
}

const MD_HELPERS: Record<string, Helper> = {
  md: values((v) => escapeMarkdown(text(v, 'md'))),
  cite: values((k) => escapeMarkdown(citation(k))),
  date: values((d) => escapeMarkdown(isoDate(d))),
  day: values((d) => escapeMarkdown(weekdayDate(d))),
  money: values((n) => escapeMarkdown(money(n))),
  phone: values((p) => mdLink(text(p, 'phone'), telUri(text(p, 'phone')))),
  email: values((e) => mdLink(text(e, 'email'), mailtoUri(text(e, 'email')))),
  link: values((label, url) => {
    const href = webHref(url);
    return href ? mdLink(text(label, 'link'), href) : escapeMarkdown(text(label, 'link'));
  }),
  url: values((url) => {
    const href = webHref(url);
    return href ? mdLink(text(url, 'url'), href) : escapeMarkdown(text(url, 'url'));
  }),
};

const TXT_HELPERS: Record<string, Helper> = {
  cite: values((k) => citation(k)),
  date: values((d) => isoDate(d)),
  day: values((d) => weekdayDate(d)),
  money: values((n) => money(n)),
  phone: values((p) => text(p, 'phone')),
  email: values((e) => text(e, 'email')),
  url: values((u) => text(u, 'url')),
};

export const HELPERS: Record<TemplateFormat, Record<string, Helper>> = { md: MD_HELPERS, txt: TXT_HELPERS };

/** The knownHelpers compile option for a format (built-ins if/unless/each/with stay known). */
export function knownHelpers(format: TemplateFormat): Record<string, boolean> {
  return Object.fromEntries(Object.keys(HELPERS[format]).map((name) => [name, true]));
}
