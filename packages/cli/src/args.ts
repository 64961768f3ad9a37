// The one argument parser of every `ndb` command (node:util parseArgs, strict). Each command
// declares its options once — type, argument name, help line, and for dates and enums what a
// valid value is — and this file turns that into the parse, the checks and the --help text.
// Every command also takes --help/-h and --quiet/-q. A bad flag or value prints one line
// ("ndb build: unknown option --outt (did you mean --out?)") and exit 2; --help prints the
// usage and exit 0.
import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';
import { closest as suggest, isRealDate } from '@ndb-kit/validation';
import type { Io } from './bin.ts';
import { EXIT, EXIT_CODES_HELP } from './exit-codes.ts';

export interface OptionDef {
  type: 'string' | 'boolean';
  short?: string;
  default?: string | boolean;
  /** The value's name in the help, e.g. DIR (string options). */
  arg?: string;
  /** One or more lines of help. */
  help: string;
  /** A calendar date YYYY-MM-DD that must exist (2025-02-30 is refused). */
  date?: boolean;
  /** The only values allowed. */
  choices?: readonly string[];
}
export type OptionDefs = Record<string, OptionDef>;

export interface CommandSpec<O extends OptionDefs> {
  /** As typed after `ndb`, e.g. "build" or "incident log". */
  name: string;
  /** Synopsis lines, each after "ndb " (the first after "Usage: "). */
  usage: readonly string[];
  /** What the command does, a short paragraph. */
  description: string;
  options: O;
  /** Text after the options (events, formats, …). */
  notes?: string;
  /** The command prints a machine-readable result with --json (shown in the help). */
  json?: boolean;
}

const COMMON = {
  quiet: {
    type: 'boolean',
    short: 'q',
    help: 'print nothing on stdout but a requested --json result; problems still go to stderr',
  },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
} as const satisfies OptionDefs;

type ToParseArgs<O extends OptionDefs> = {
  [K in keyof O]: {
    type: O[K]['type'];
    short?: string;
    default?: O[K]['type'] extends 'boolean' ? boolean : string;
  };
};
type Config<O extends OptionDefs> = {
  args: string[];
  options: ToParseArgs<O & typeof COMMON>;
  allowPositionals: true;
  strict: true;
};
export type ParsedArgs<O extends OptionDefs> = ReturnType<typeof parseArgs<Config<O>>> & {
  /** The command's Io: with --quiet, stdout is silent unless it carries --json output. */
  io: Io;
};

/** The --help text, generated from the spec. */
export function helpText(spec: CommandSpec<OptionDefs>): string {
  const rows = Object.entries<OptionDef>({ ...spec.options, ...COMMON }).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ` ${o.arg ?? 'VALUE'}` : ''}`;
    const extra = o.choices ? ` (${o.choices.join(', ')})` : '';
    return { flag, lines: `${o.help}${extra}`.split('\n') };
  });
  const width = Math.min(26, Math.max(...rows.map((r) => r.flag.length)) + 2);
  const options = rows.flatMap(({ flag, lines }) => {
    const [first, ...rest] = lines;
    const head =
      flag.length + 2 > width
        ? [`  ${flag}`, `  ${' '.repeat(width)}${first}`]
        : [`  ${flag.padEnd(width)}${first}`];
    return [...head, ...rest.map((l) => `  ${' '.repeat(width)}${l}`)];
  });
  const usage = spec.usage.map((u, i) => `${i === 0 ? 'Usage: ' : '       '}ndb ${u}`);
  return [
    ...usage,
    '',
    spec.description,
    '',
    'Options:',
    ...options,
    ...(spec.notes ? ['', spec.notes] : []),
    '',
    EXIT_CODES_HELP,
  ].join('\n');
}

/** One line for a usage error, then a pointer to --help (the full help only with --help). */
export function usageError(spec: CommandSpec<OptionDefs>, io: Pick<Io, 'err'>, message: string): number {
  io.err(`ndb ${spec.name}: ${message}\nRun \`ndb ${spec.name} --help\` for the options.`);
  return EXIT.invalid;
}

/** The parsed flags, or the exit code when the command should stop here. */
export function parseCommandArgs<const O extends OptionDefs>(
  spec: CommandSpec<O>,
  args: string[],
  io: Io,
): ParsedArgs<O> | number {
  const all = { ...spec.options, ...COMMON } as O & typeof COMMON;
  const options = Object.fromEntries(
    Object.entries<OptionDef>(all).map(([name, o]) => [
      name,
      {
        type: o.type,
        ...(o.short ? { short: o.short } : {}),
        ...(o.default !== undefined ? { default: o.default } : {}),
      },
    ]),
  ) as ParseArgsOptionsConfig;
  let parsed: ReturnType<typeof parseArgs<Config<O>>>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (error) {
    return usageError(spec, io, parseErrorMessage(error, Object.keys(all)));
  }
  const values = parsed.values as Record<string, unknown>;
  if (values.help) {
    io.out(helpText(spec as CommandSpec<OptionDefs>));
    return EXIT.ok;
  }
  for (const [name, o] of Object.entries<OptionDef>(spec.options)) {
    const value = values[name];
    if (typeof value !== 'string') continue;
    if (o.date && !isRealDate(value))
      return usageError(spec, io, `--${name} must be a real date YYYY-MM-DD (got ${JSON.stringify(value)})`);
    if (o.choices && !o.choices.includes(value))
      return usageError(
        spec,
        io,
        `--${name} must be one of ${o.choices.join(', ')} (got ${JSON.stringify(value)})${didYouMean(value, o.choices, '')}`,
      );
  }
  const quiet = values.quiet === true && values.json !== true;
  return { ...parsed, io: quiet ? { ...io, out: () => {} } : io };
}

function didYouMean(given: string, known: readonly string[], prefix: string): string {
  const best = suggest(given, known);
  return best === undefined ? '' : ` (did you mean ${prefix}${best}?)`;
}

/** parseArgs' messages, made short and given a suggestion. */
function parseErrorMessage(error: unknown, names: string[]): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const unknown = /Unknown option '(-{1,2})([^']+)'/.exec(message);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
    const [, dashes, name] = unknown as unknown as [string, string, string];
    return `unknown option ${dashes}${name}${dashes === '--' ? didYouMean(name, names, '--') : ''}`;
  }
  const missing = /Option '(?:-\w, )?--([^ ']+) <value>' argument missing/.exec(message);
  if (missing) return `--${missing[1]} needs a value`;
  const unexpected = /Option '--([^']+)' does not take an argument/.exec(message);
  if (unexpected) return `--${unexpected[1]} takes no value`;
  return message.split('. ')[0] ?? message;
}
