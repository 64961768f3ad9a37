// `ndb approve POLICY --by PERSON_ID [--date D] [--write]`: record that the decision maker approved
// the plan as it stands — who, when, the policy's content hash and the rules version — so a later
// change to either marks the plan DRAFT again (docs/practice-policy.md, "Approval").
//
// Without --write it only prints the block to paste into "plan". With --write it edits the file in
// place, changing only the approval fields' text (jsonc-parser's minimal edits keep every other
// byte: order, indentation, spacing), checks that the edit left the content hash unchanged and
// the approval current, writes a temporary file beside it and renames it over the original only
// if the original is still byte for byte what was read (otherwise nothing is written, exit 2).
// No backup copy is kept: nothing but the approval fields changes, and the command says which.
import { randomBytes } from 'node:crypto';
import { readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import {
  approvalContent,
  approvalStatus,
  type PracticePolicy,
  practiceToday,
  readTextFile,
  validatePolicy,
} from '@ndb-kit/policy';
import { canonicalJson } from '@ndb-kit/engine';
import { formatIssues, type Issue, parseJson, safeText } from '@ndb-kit/validation';
import { applyEdits, type FormattingOptions, modify } from 'jsonc-parser';
import type { Io } from '../bin.ts';
import { clock } from '../clock.ts';
import { EXIT } from '../exit-codes.ts';
import { type CommandSpec, type OptionDefs, parseCommandArgs, usageError } from '../args.ts';

const SPEC = {
  name: 'approve',
  usage: ['approve POLICY --by PERSON_ID [options]'],
  description: `Records the approval of the plan as it stands: who approved it, when, the SHA-256 of the
policy's content (without the approval fields, $schema and the drill and restore-test logs) and
the rules version. Prints the block to paste into "plan"; with --write, puts it into the file
itself (only the approval fields change; "draft": true is removed). A later change to the policy
content or the rules version marks the plan DRAFT until it is approved again.`,
  options: {
    by: { type: 'string', arg: 'PERSON_ID', help: 'the person (an id in people[]) who approved the plan' },
    date: {
      type: 'string',
      arg: 'YYYY-MM-DD',
      date: true,
      help: "the date of the approval; not in the future (default: today in the practice's time zone)",
    },
    write: {
      type: 'boolean',
      default: false,
      help: 'write the approval into POLICY (atomically; refused if the file changes meanwhile)',
    },
    json: { type: 'boolean', default: false, help: 'print the approval as JSON' },
  },
  json: true,
} as const satisfies CommandSpec<OptionDefs>;

export interface Approval {
  approvedBy: string;
  approvedOn: string;
  approvedAgainst: { policyHash: string; rulesVersion: string };
}

export async function run(args: string[], stdio: Io): Promise<number> {
  const parsed = parseCommandArgs(SPEC, args, stdio);
  if (typeof parsed === 'number') return parsed;
  const { io, values, positionals } = parsed;
  if (positionals.length !== 1) return usageError(SPEC, io, 'name one policy file');
  if (!values.by) return usageError(SPEC, io, 'say who approved the plan with --by PERSON_ID');
  const file = positionals[0] as string;
  const fail = (issues: Issue[]): number => {
    for (const line of formatIssues(issues)) io.err(line);
    return EXIT.invalid;
  };

  const text = await readTextFile(file);
  if (typeof text !== 'string') return fail([text]);
  const json = parseJson(text, file);
  if (!json.ok) return fail(json.issues);
  const today = await practiceToday(file, new Date(clock.now()));
  const issues = validatePolicy(json.json.value, file, json.json, { today });
  if (issues.length > 0) {
    io.err(`ndb approve: ${safeText(file)} is not valid; fix it before approving the plan`);
    return fail(issues);
  }
  const policy = json.json.value as PracticePolicy;

  const person = policy.people.find((p) => p.id === values.by);
  if (!person)
    return fail([
      {
        file,
        pointer: '/people',
        ...json.json.locate('/people'),
        message: `has no person with id "${values.by}" (--by)`,
        expected: `one of: ${policy.people.map((p) => p.id).join(', ')}`,
      },
    ]);

  const before = approvalStatus(policy);
  const approval: Approval = {
    approvedBy: person.id,
    approvedOn: values.date ?? today,
    approvedAgainst: { policyHash: before.policyHash, rulesVersion: before.rulesVersion },
  };
  const { draft: _draft, ...plan } = policy.plan;
  const approved: PracticePolicy = { ...policy, plan: { ...plan, ...approval } };
  // The approval itself must leave a valid policy: not in the future, before the next review.
  const after = validatePolicy(approved, file, undefined, { today });
  if (after.length > 0) {
    io.err(`ndb approve: approving on ${approval.approvedOn} would make ${safeText(file)} invalid:`);
    return fail(after.map((i) => ({ ...i, line: undefined, column: undefined })));
  }
  const unchanged =
    before.state === 'approved' &&
    policy.plan.approvedBy === approval.approvedBy &&
    policy.plan.approvedOn === approval.approvedOn;

  let written = false;
  if (values.write && !unchanged) {
    const result = await writeApproval(file, text, policy, approval);
    if (result !== null) return fail([result]);
    written = true;
  }

  const decisionMaker = policy.roles.decisionMaker;
  const note =
    decisionMaker && decisionMaker !== person.id
      ? `note: ${person.id} is not the plan's decision maker (roles.decisionMaker is ${decisionMaker})`
      : null;
  if (values.json) {
    io.out(
      JSON.stringify(
        {
          file,
          version: policy.plan.version,
          previous: before.state,
          approval,
          removesDraft: policy.plan.draft !== undefined,
          alreadyApproved: unchanged,
          written,
          ...(note ? { note } : {}),
        },
        null,
        2,
      ),
    );
  } else {
    io.out(report(file, policy, person.name, approval, { written, unchanged }));
  }
  if (note) io.err(`ndb approve: ${note}`);
  return EXIT.ok;
}

function report(
  file: string,
  policy: PracticePolicy,
  name: string,
  approval: Approval,
  how: { written: boolean; unchanged: boolean },
): string {
  const block = JSON.stringify(approval, null, 2).split('\n').slice(1, -1).join('\n');
  const lines = [
    `Approval of ${safeText(file)}, plan version ${safeText(policy.plan.version)}`,
    `  by      ${safeText(approval.approvedBy)} (${safeText(name)})`,
    `  on      ${approval.approvedOn}`,
    `  content ${approval.approvedAgainst.policyHash} (SHA-256)`,
    `  rules   ${approval.approvedAgainst.rulesVersion}`,
    '',
  ];
  if (how.unchanged) lines.push('Already approved with these details: nothing to change.');
  else if (how.written)
    lines.push(
      `Written into "plan" of ${safeText(file)}${policy.plan.draft !== undefined ? ' ("draft" removed)' : ''}; nothing else in the file changed.`,
    );
  else
    lines.push(
      'Put these fields into "plan" (replacing approvedBy, approvedOn and approvedAgainst if there),',
      `${policy.plan.draft !== undefined ? 'remove "draft", ' : ''}or run again with --write:`,
      '',
      block,
    );
  return lines.join('\n');
}

/** The file's own indentation and line ending, so inserted fields look like their neighbours. */
function formatting(text: string): FormattingOptions {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  return {
    insertSpaces: !indent.startsWith('\t'),
    tabSize: indent.startsWith('\t') ? 1 : indent.length,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
  };
}

/**
 * Writes the approval into the file; an issue when it cannot (nothing is written then).
 * `beforeCheck` runs just before the last look at the file (tests change the file there).
 */
export async function writeApproval(
  file: string,
  text: string,
  policy: PracticePolicy,
  approval: Approval,
  beforeCheck?: () => Promise<void>,
): Promise<Issue | null> {
  const formattingOptions = formatting(text);
  let next = text;
  // A new field goes after the one before it in this order (approvedBy after version), not last.
  const order = ['version', 'approvedBy', 'approvedOn', 'approvedAgainst'];
  const set = (key: string, value: unknown) => {
    const getInsertionIndex = (keys: string[]) => {
      const previous = order.slice(0, order.indexOf(key)).findLast((k) => keys.includes(k));
      return previous === undefined ? keys.length : keys.indexOf(previous) + 1;
    };
    next = applyEdits(next, modify(next, ['plan', key], value, { formattingOptions, getInsertionIndex }));
  };
  set('approvedBy', approval.approvedBy);
  set('approvedOn', approval.approvedOn);
  set('approvedAgainst', approval.approvedAgainst);
  if (policy.plan.draft !== undefined) set('draft', undefined);

  // The edit must have changed the approval fields and nothing else.
  const reparsed = parseJson(next, file);
  const edited = reparsed.ok ? (reparsed.json.value as PracticePolicy) : null;
  if (
    !edited ||
    canonicalJson(approvalContent(edited)) !== canonicalJson(approvalContent(policy)) ||
    approvalStatus(edited).state !== 'approved'
  )
    throw new Error('ndb approve: the edited policy does not match the approval (a bug)');

  // Through a symbolic link, the file it points to is the one updated (the link stays).
  const target = await realpath(file);
  const tmp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    // readTextFile decoded without a byte-order mark; a file that had one keeps it.
    const bom = (await readFile(target)).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]));
    await writeFile(tmp, bom ? `\uFEFF${next}` : next, {
      flag: 'wx',
      mode: (await stat(target)).mode & 0o777,
    });
    await beforeCheck?.();
    // The last look before the rename: the file must still be exactly what was read and checked.
    const current = new TextDecoder().decode(await readFile(target));
    if (current !== text)
      return {
        file,
        pointer: '',
        message: 'changed while the approval was being written; nothing was written',
        expected: 'run ndb approve again',
      };
    await rename(tmp, target);
    return null;
  } finally {
    await rm(tmp, { force: true });
  }
}
