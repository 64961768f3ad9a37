#!/usr/bin/env node
// The `ndb` command line. Each subcommand lives in ./commands/<name>.ts and exports
// `run(args: string[], io: Io): Promise<number>`; this file only dispatches.
// Exit codes: 0 ok, 2 invalid input, 1 internal error.
import { stdio } from './io.ts';

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
    'Run `ndb <command> --help` for a command’s options.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    stdio.out(usage());
    return name ? 0 : 2;
  }
  const entry = commands[name];
  if (!entry) {
    stdio.err(`ndb: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  const mod = await entry.load();
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
    process.exitCode = 1;
  },
);
