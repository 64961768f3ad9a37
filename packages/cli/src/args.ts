// Flag parsing shared by every command: node:util parseArgs, strict, with --help/-h. A bad flag
// prints the message and the usage and gives exit code 2; --help prints the usage and gives 0.
import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';
import type { Io } from './bin.ts';

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

type Config<O extends ParseArgsOptionsConfig> = {
  args: string[];
  options: O & typeof HELP;
  allowPositionals: true;
  strict: true;
};
export type ParsedArgs<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<Config<O>>>;

/** The parsed flags, or the exit code when the command should stop here. */
export function parseCommandArgs<const O extends ParseArgsOptionsConfig>(
  command: string,
  args: string[],
  options: O,
  usage: string,
  io: Pick<Io, 'out' | 'err'>,
): ParsedArgs<O> | number {
  let parsed: ParsedArgs<O>;
  try {
    parsed = parseArgs<Config<O>>({
      args,
      options: { ...options, ...HELP },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    io.err(`ndb ${command}: ${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.out(usage);
    return 0;
  }
  return parsed;
}
