// `ndb init`'s writing: the policy file (never over an existing one without --force) and, with
// --workspace, a consultant's folder around it.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { PRACTICE_POLICY_SCHEMA_ID, practicePolicySchemaFile } from '@ndb-kit/policy';
import { errnoCode as errorCode } from '../errno.ts';

export const WORKSPACE_SCHEMA = 'schemas/practice-policy.schema.json';

/**
 * A consultant's folder: a copy of the policy schema and VS Code's json.schemas mapping for
 * policies/*.json. Files already there are left as they are (they may be the user's own).
 * Returns the files written.
 */
export async function scaffoldWorkspace(dir: string): Promise<string[]> {
  const written: string[] = [];
  const writeNew = async (file: string, text: string) => {
    await mkdir(dirname(file), { recursive: true });
    try {
      await writeFile(file, text, { flag: 'wx' });
      written.push(file);
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
  };
  await writeNew(join(dir, WORKSPACE_SCHEMA), await readFile(practicePolicySchemaFile(), 'utf8'));
  const settings = {
    'json.schemas': [{ fileMatch: ['/policies/*.json'], url: `./${WORKSPACE_SCHEMA}` }],
  };
  await writeNew(join(dir, '.vscode/settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
  return written;
}

/**
 * The `$schema` value. In a workspace the policy points at the workspace's own copy of the schema,
 * so the reference resolves offline wherever the folder is copied or zipped to; otherwise a
 * relative path from the policy to the installed schema, or the schema's URL.
 */
export function schemaRefFor(out: string, workspace: string | undefined): string {
  if (workspace !== undefined) return `../${WORKSPACE_SCHEMA}`;
  const rel = relative(dirname(out), practicePolicySchemaFile());
  return isAbsolute(rel) ? PRACTICE_POLICY_SCHEMA_ID : rel.split(sep).join('/');
}

/** Writes the policy (and the workspace); the files written, or the errno that stopped it. */
export async function writePolicy(
  out: string,
  policy: unknown,
  options: { force: boolean; workspace: string | undefined },
): Promise<{ ok: true; written: string[] } | { ok: false; code: string | undefined }> {
  const written: string[] = [];
  try {
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, `${JSON.stringify(policy, null, 2)}\n`, { flag: options.force ? 'w' : 'wx' });
    written.push(out);
    if (options.workspace !== undefined) written.push(...(await scaffoldWorkspace(options.workspace)));
  } catch (error) {
    return { ok: false, code: errorCode(error) };
  }
  return { ok: true, written };
}
