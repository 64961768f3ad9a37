// Reads a JSON input file (or stdin for "-") with size and depth limits, returning the parsed
// value or the problems found, one Issue per problem. Never throws for bad input.
import { readTextFile } from '@ndb-kit/policy/read-text-file';
import { type Issue, type ParsedJson, parseJson } from '@ndb-kit/validation';

export const MAX_INPUT_BYTES = 1024 * 1024;

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    chunks.push(chunk as Buffer);
    if (size > MAX_INPUT_BYTES * 2) break; // enough to know it is too big; parseJson reports it
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function readJsonInput(
  file: string,
): Promise<{ ok: true; json: ParsedJson; name: string } | { ok: false; issues: Issue[] }> {
  const name = file === '-' ? '<stdin>' : file;
  // Files go through the policy package's reader: size checked before reading, UTF-8 enforced.
  const text = file === '-' ? await readStdin() : await readTextFile(file, MAX_INPUT_BYTES);
  if (typeof text !== 'string') return { ok: false, issues: [text] };
  const parsed = parseJson(text, name, { maxBytes: MAX_INPUT_BYTES });
  return parsed.ok ? { ok: true, json: parsed.json, name } : parsed;
}
