// The shared parser: option definitions → parse, checks, generated help, --quiet.
import { describe, expect, it } from 'vitest';
import { type CommandSpec, helpText, type OptionDefs, parseCommandArgs } from './args.ts';
import { captureIo } from './commands/test-io.ts';

const SPEC = {
  name: 'demo',
  usage: ['demo FILE [options]'],
  description: 'A command for the tests.',
  options: {
    out: { type: 'string', short: 'o', arg: 'DIR', help: 'output folder' },
    date: { type: 'string', arg: 'YYYY-MM-DD', date: true, help: 'the day\nsecond line' },
    format: { type: 'string', arg: 'FORMAT', choices: ['text', 'markdown'], help: 'how to print' },
    json: { type: 'boolean', help: 'print JSON' },
  },
  json: true,
} as const satisfies CommandSpec<OptionDefs>;

function parse(...args: string[]) {
  const io = captureIo();
  return { result: parseCommandArgs(SPEC, args, io), io };
}

describe('parseCommandArgs', () => {
  it('parses the declared options and positionals', () => {
    const { result } = parse('f.json', '-o', 'out', '--date', '2024-02-29', '--format', 'text');
    expect(typeof result).toBe('object');
    if (typeof result === 'number') return;
    expect(result.values.out).toBe('out');
    expect(result.values.date).toBe('2024-02-29');
    expect(result.positionals).toEqual(['f.json']);
  });

  it('an unknown option is one line with a suggestion, exit 2', () => {
    const { result, io } = parse('--outt', 'x');
    expect(result).toBe(2);
    expect(io.stderr()).toBe(
      'ndb demo: unknown option --outt (did you mean --out?)\nRun `ndb demo --help` for the options.\n',
    );
    expect(parse('--zzzzzz').io.stderr()).toMatch(/^ndb demo: unknown option --zzzzzz\n/);
  });

  it.each(['2025-02-30', '2025-2-3', '20250203', 'today'])('refuses the date %s with exit 2', (date) => {
    const { result, io } = parse('--date', date);
    expect(result).toBe(2);
    expect(io.stderr()).toContain(`--date must be a real date YYYY-MM-DD (got "${date}")`);
  });

  it('refuses a value outside the choices and suggests the nearest', () => {
    const { result, io } = parse('--format', 'markdwn');
    expect(result).toBe(2);
    expect(io.stderr()).toContain(
      '--format must be one of text, markdown (got "markdwn") (did you mean markdown?)',
    );
  });

  it('a missing value and a value given to a flag are usage errors', () => {
    expect(parse('--out').io.stderr()).toContain('ndb demo: --out needs a value');
    expect(parse('--json=yes').io.stderr()).toContain('ndb demo: --json takes no value');
  });

  it('--help prints help generated from every definition, exit 0', () => {
    const { result, io } = parse('--help');
    expect(result).toBe(0);
    const help = io.stdout();
    expect(help).toBe(`${helpText(SPEC)}\n`);
    expect(help).toMatch(/^Usage: ndb demo FILE \[options\]\n\nA command for the tests\.\n\nOptions:\n/);
    for (const flag of [
      '-o, --out DIR',
      '--date YYYY-MM-DD',
      '--format FORMAT',
      '--json',
      '-q, --quiet',
      '-h, --help',
    ])
      expect(help).toContain(flag);
    expect(help).toContain('how to print (text, markdown)');
    expect(help).toMatch(/the day\n {10,}second line/);
    expect(help).toContain('Exit codes: 0 ok, 1 internal error (a bug), 2 invalid input or usage');
  });

  it('--quiet silences stdout, keeps stderr, and never silences a requested --json', () => {
    const quiet = parse('--quiet');
    if (typeof quiet.result === 'number') throw new Error('parse failed');
    quiet.result.io.out('progress');
    quiet.result.io.err('a warning');
    expect(quiet.io.stdout()).toBe('');
    expect(quiet.io.stderr()).toBe('a warning\n');
    const json = parse('-q', '--json');
    if (typeof json.result === 'number') throw new Error('parse failed');
    json.result.io.out('{}');
    expect(json.io.stdout()).toBe('{}\n');
  });
});
