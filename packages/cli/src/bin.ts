#!/usr/bin/env node
// The `ndb` command line. Each subcommand lives in ./commands/<name>.ts and exports
// `run(args: string[], io: Io): Promise<number>`; this file only dispatches.
// Exit codes: ./exit-codes.ts (0 ok, 1 internal error, 2 invalid input or usage).
import pkg from '../package.json' with { type: 'json' };
import { EXIT, EXIT_CODES_HELP } from './exit-codes.ts';
import { stdio } from './io.ts';
import { closest as suggest } from '@ndb-kit/validation';

const commands: Record<string, { summary: string; load: () => Promise<{ run: Command }> }> = {
  assess: {
    summary: 'Assess an incident against Part IIIC and print the decision',
    load: () => import('./commands/assess.ts'),
  },
  verify: {
    summary: 'Verify a saved decision record or an incident file (hashes, chain, re-run)',
    load: () => import('./commands/verify.ts'),
  },
  incident: {
    summary: 'Keep an incident file: open, assess, log events, show duties, close',
    load: () => import('./commands/incident.ts'),
  },
  register: {
    summary: 'The incident register over a folder of incident files (text, json, csv, html, pdf)',
    load: () => import('./commands/register.ts'),
  },
  validate: { summary: 'Validate practice policy files', load: () => import('./commands/validate.ts') },
  status: {
    summary: 'Where each practice in a folder stands: approval, review, drills, warnings',
    load: () => import('./commands/status.ts'),
  },
  approve: {
    summary: 'Record the approval of a plan: who, when, its content hash and rules version',
    load: () => import('./commands/approve.ts'),
  },
  build: {
    summary: "Build a practice's plan, notices, calendar and manifest",
    load: () => import('./commands/build.ts'),
  },
  init: { summary: 'Scaffold a new practice policy', load: () => import('./commands/init.ts') },
  site: { summary: "Build a practice's plan site", load: () => import('./commands/site.ts') },
  start: {
    summary: 'Build and serve the bundled example practice',
    load: () => import('./commands/start.ts'),
  },
};

export type Io = typeof stdio;
export type Command = (args: string[], io: Io) => Promise<number>;

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    'ndb — Notifiable Data Breaches toolkit (decision support, not legal advice)',
    '',
    'Usage: ndb <command> [options]',
    '',
    ...lines,
    '',
    'Options: -V, --version  print the version;  -h, --help  this help',
    'Every command takes --help, --quiet (-q); those that report take --json.',
    'Run `ndb <command> --help` for a command’s options.',
    EXIT_CODES_HELP,
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? stdio.out : stdio.err)(usage());
    return name ? EXIT.ok : EXIT.invalid;
  }
  if (name === '--version' || name === '-V') {
    stdio.out(`ndb ${pkg.version}`);
    return EXIT.ok;
  }
  const entry = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!entry) {
    const near = suggest(name, Object.keys(commands));
    const what = name.startsWith('-') ? 'unknown option' : 'unknown command';
    stdio.err(
      `ndb: ${what} "${name.replace(/[^\x20-\x7e]/g, '?')}"${near ? ` (did you mean \`ndb ${near}\`?)` : ''}\nRun \`ndb --help\` for the commands.`,
    );
    return EXIT.invalid;
  }
  const [mod] = await Promise.all([
    entry.load(),
    import('./zone-offsets.ts').then((zones) => zones.installZoneOffsets()),
  ]);
  return mod.run(rest, stdio);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // An internal error: say so plainly, without a stack trace unless asked for.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`ndb: internal error: ${message}\n`);
    if (process.env.NDB_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
    process.exitCode = EXIT.bug;
  },
);
