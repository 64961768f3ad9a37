/** Helpers for tests: write a PDF to a temp dir and run poppler/qpdf on it. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Block, Inline, PdfInput } from './types.ts';

const dir = mkdtempSync(join(tmpdir(), 'ndb-pdf-test-'));
let n = 0;

export function writePdf(bytes: Uint8Array): string {
  const file = join(dir, `t${n++}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

export function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** Text of one page (1-based) or the whole document. */
export function pdfText(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return run('pdftotext', ['-enc', 'UTF-8', ...range, file, '-']);
}

/** Collapse whitespace so line wrapping does not affect comparisons. */
export const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function pageCount(file: string): number {
  const m = /Pages:\s+(\d+)/.exec(run('pdfinfo', [file]));
  return Number(m?.[1]);
}

export const p = (...inlines: (string | Inline)[]): Block => ({
  type: 'paragraph',
  inlines: inlines.map((i) => (typeof i === 'string' ? { text: i } : i)),
});

export const LOREM =
  'The privacy officer records what happened, who is affected and what information was involved, then contains the breach and assesses whether serious harm is likely.';

export function baseInput(blocks: Block[], extra: Partial<PdfInput> = {}): PdfInput {
  return {
    title: 'Data breach response plan',
    subject: 'Harbourside Family Medical',
    author: 'Harbourside Family Medical',
    keywords: ['NDB', 'privacy', 'health'],
    language: 'en-AU',
    header: 'Harbourside Family Medical — Data breach response plan v1.2',
    footer: 'Decision support, not legal advice',
    date: new Date('2025-03-01T02:03:04Z'),
    blocks,
    ...extra,
  };
}
