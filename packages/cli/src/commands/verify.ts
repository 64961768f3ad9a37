// ndb verify RECORD — recompute a decision record's SHA-256 and re-run the engine on it.
import { verifyRecord } from '@ndb-kit/engine';
import { formatIssue } from '@ndb-kit/validation';
import type { Io } from '../bin.ts';
import { readJsonInput } from '../read-input.ts';

export async function run(args: string[], io: Io): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(
      'Usage: ndb verify RECORD.json\n\nChecks that a saved decision record is unchanged (SHA-256) and that the engine still gives the same decision.\nExit codes: 0 verified, 2 not verified or invalid input.',
    );
    return 0;
  }
  if (args.length !== 1) {
    io.err('Usage: ndb verify RECORD.json');
    return 2;
  }
  const input = await readJsonInput(args[0] as string);
  if (!input.ok) {
    for (const issue of input.issues) io.err(formatIssue(issue));
    return 2;
  }
  const v = await verifyRecord(input.json.value);
  if (v.ok) {
    io.out(
      `✓ ${input.name}: hash matches and the engine gives the same decision${v.sameRulesVersion ? '' : ' (made with other rules)'}.`,
    );
    for (const p of v.problems) io.out(`  note: ${p}`);
    return 0;
  }
  io.err(`✗ ${input.name}: not verified`);
  for (const p of v.problems) io.err(`  - ${p}`);
  return 2;
}
