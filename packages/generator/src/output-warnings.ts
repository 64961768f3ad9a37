// What a reader of the built files would see as unfinished, found in the output itself (not the
// policy): a "TODO" placeholder printed into a notice, a table with no rows, a labelled field with
// nothing after it, template syntax that escaped rendering. The policy's own warnings
// (@ndb-kit/policy) say which field to fix; these say where it shows. They never stop a build;
// `ndb build --strict` fails on them (exit 2).
import type Token from 'markdown-it/lib/token.mjs';
import { inlineText, parseMarkdown } from './markdown.ts';

export interface OutputWarning {
  /** Output file, relative to the build folder, e.g. notices/oaic-statement.md. */
  file: string;
  message: string;
}

const TODO = /\bTODO\b[^\n|]{0,60}/;

function tables(tokens: Token[]): { heading: string; rows: string[][] }[] {
  const out: { heading: string; rows: string[][] }[] = [];
  let heading = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === 'heading_open') heading = inlineText(tokens[i + 1]);
    if (t.type !== 'table_open') continue;
    const rows: string[][] = [];
    let row: string[] = [];
    let inBody = false;
    for (i++; i < tokens.length && tokens[i]?.type !== 'table_close'; i++) {
      const c = tokens[i] as Token;
      if (c.type === 'tbody_open') inBody = true;
      else if (c.type === 'tr_open') row = [];
      else if (c.type === 'tr_close' && inBody) rows.push(row);
      else if (c.type === 'inline') row.push(inlineText(c).trim());
    }
    out.push({ heading, rows });
  }
  return out;
}

/** Warnings for one Markdown output (a notice or the plan); `tokens`: its parse when the caller has it. */
export function markdownWarnings(
  file: string,
  source: string,
  tokens: Token[] = parseMarkdown(source),
): OutputWarning[] {
  const warnings: OutputWarning[] = [];
  const todo = TODO.exec(source);
  if (todo)
    warnings.push({
      file,
      message: `prints a placeholder: "${todo[0].trim()}"; fill in the policy field it came from (ndb validate lists them)`,
    });
  if (/\{\{|\}\}/.test(source))
    warnings.push({ file, message: 'contains unrendered template syntax ("{{")' });
  for (const table of tables(tokens)) {
    const where = table.heading ? `the table under "${table.heading}"` : 'a table';
    if (table.rows.length === 0) warnings.push({ file, message: `${where} has no rows` });
    // Two-column field tables: a label whose value is empty reads as a form nobody finished.
    for (const row of table.rows)
      if (row.length === 2 && row[0] && !row[1])
        warnings.push({ file, message: `${where}: "${row[0]}" has no value` });
  }
  // "- **Label:**" list items with nothing after the label.
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.type !== 'list_item_open' || tokens[i + 2]?.type !== 'inline') continue;
    const text = inlineText(tokens[i + 2]).trim();
    if (/^[^:]{1,60}:$/.test(text)) warnings.push({ file, message: `"${text}" has no value` });
  }
  return warnings;
}

/** Warnings for a plain-text output (the email and SMS notices). */
export function textWarnings(file: string, text: string): OutputWarning[] {
  const todo = TODO.exec(text);
  return todo
    ? [
        {
          file,
          message: `prints a placeholder: "${todo[0].trim()}"; fill in the policy field it came from (ndb validate lists them)`,
        },
      ]
    : [];
}

export function formatOutputWarning(w: OutputWarning): string {
  return `${w.file}: warning: ${w.message}`;
}
