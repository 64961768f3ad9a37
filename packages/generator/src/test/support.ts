// Shared helpers for the generator's tests: example policies, and each output read back the way
// a person (or a program) would read it: Markdown rendered, HTML as text, PDF via pdftotext,
// iCalendar via ical.js.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PracticePolicy } from '@ndb-kit/policy';
import ICAL from 'ical.js';
import { renderHtmlFragment } from '../markdown.ts';

// Clients read X-WR-CALNAME as TEXT; ical.js leaves unknown X- properties raw unless told.
for (const name of ['x-wr-calname', 'x-wr-caldesc'])
  ICAL.design.icalendar.property[name] = { defaultType: 'text' };

/** A date on which every example policy is valid (approved before, review after, restore tests before). */
export const BUILD_DATE = '2026-11-20';
export const EXAMPLES = ['harbourside-family-medical', 'mindful-psychology', 'bright-smile-dental'] as const;
export const POLICIES_DIR = new URL('../../../../policies/', import.meta.url);

export function loadExample(name: string): PracticePolicy {
  return JSON.parse(readFileSync(new URL(`${name}.json`, POLICIES_DIR), 'utf8')) as PracticePolicy;
}

/** Whitespace-insensitive comparison form: NFC, every whitespace run one space, trimmed. */
export function norm(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&amp;': '&',
};

/** The visible text of HTML produced by markdown-it (which only ever escapes & < > "). */
export function htmlText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<\/?(?:a|strong|em|code|s)\b[^>]*>/g, '') // inline elements add no space
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(?:lt|gt|quot|#39|amp);/g, (e) => ENTITIES[e] ?? e);
}

export function markdownText(markdown: string): string {
  return htmlText(renderHtmlFragment(markdown));
}

export function pdfText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'ndb-pdf-'));
  try {
    const file = join(dir, 'plan.pdf');
    writeFileSync(file, bytes);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function parseIcs(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  const events = cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  return { cal, events, name: String(cal.getFirstPropertyValue('x-wr-calname') ?? '') };
}

export const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
