// `ndb site POLICY --out DIR [--date YYYY-MM-DD]`: one practice's plan site in DIR.
// `ndb site --all POLICY_DIR --out OUT [--date …]`: every policy in POLICY_DIR, each practice in
// OUT/<id>/, the assets they share once in OUT/_shared/ (or in each folder: --self-contained).
// The site lives in the @ndb-kit/site workspace package; the npm package carries its prebuilt
// assets (packages/cli/scripts/pack.ts), so this works from an installed `ndb` too.
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  type CommandSpec,
  type OptionDefs,
  parseCommandArgs,
  usageError as specUsageError,
} from '../args.ts';
import { OutputError } from '@ndb-kit/generator/output-folder';
import type { Io } from '../bin.ts';

export const SITE_SPEC = {
  name: 'site',
  usage: ['site POLICY --out DIR [options]', 'site --all POLICY_DIR --out OUT [options]'],
  description: `Builds a practice's plan website (call tree, plan, contacts, notices, drills and the
"do we have to notify?" questions) as static files that work offline.`,
  options: {
    out: { type: 'string', arg: 'DIR', help: 'output folder' },
    all: {
      type: 'string',
      arg: 'POLICY_DIR',
      help: 'every policy in POLICY_DIR, each in OUT/<id>/, with an index',
    },
    date: {
      type: 'string',
      arg: 'YYYY-MM-DD',
      date: true,
      help: "build date (default: today in each practice's time zone)",
    },
    strict: {
      type: 'boolean',
      default: false,
      help: 'warnings (review overdue, drills not held, …) fail (exit 2), for CI',
    },
    'self-contained': {
      type: 'boolean',
      default: false,
      help: `with --all: copy the scripts and fonts every practice shares into each practice folder
instead of OUT/_shared/, so each folder can be deployed on its own (docs/hosting.md)`,
    },
    force: {
      type: 'boolean',
      default: false,
      help: `write into a non-empty folder ndb did not make, or over files of ndb's you changed;
nothing is deleted: a file of yours in the way is kept as NAME.before-ndb (docs/output-folders.md)`,
    },
  },
} as const satisfies CommandSpec<OptionDefs>;

type BuildModule = typeof import('../../../../site/scripts/build-sites.ts');

export async function loadSiteBuilder(): Promise<BuildModule> {
  return import('../../../../site/scripts/build-sites.ts');
}

export async function run(args: string[], stdio: Io): Promise<number> {
  const parsed = parseCommandArgs(SITE_SPEC, args, stdio);
  if (typeof parsed === 'number') return parsed;
  const { io } = parsed;
  const { out, all, date, strict, force } = parsed.values;
  if (!out) return usageError(io, '--out DIR is required');
  let policies: string[];
  if (all) {
    if (parsed.positionals.length) return usageError(io, 'give either POLICY or --all POLICY_DIR, not both');
    const entries = await readdir(all).catch(() => null);
    if (!entries) return usageError(io, `cannot read the folder ${all}`);
    policies = entries
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(all, f));
    if (!policies.length) return usageError(io, `no .json policy files in ${all}`);
  } else {
    if (parsed.positionals.length !== 1) return usageError(io, 'give exactly one POLICY file');
    policies = [parsed.positionals[0]!];
  }
  if (parsed.values['self-contained'] && !all) return usageError(io, '--self-contained goes with --all');
  const { buildSites } = await loadSiteBuilder();
  const started = performance.now();
  try {
    const built = await buildSites({
      policies,
      outDir: resolve(out),
      date,
      strict,
      force,
      selfContained: parsed.values['self-contained'],
      flat: !all,
      index: Boolean(all),
      log: (l) => io.err(l),
    });
    for (const site of built) {
      io.out(`${site.id}: ${site.dir}${'/'}index.html (build ${site.version})`);
      printSiteWarnings(site.warnings, io);
    }
    if (all) io.out(`index of all practices, with their status: ${resolve(out)}${'/'}index.html`);
    io.out(`Built ${built.length} site(s) in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    return 0;
  } catch (error) {
    if (error instanceof OutputError || (await isPolicyInvalid(error))) {
      io.err(`ndb site: ${(error as Error).message}`);
      return 2;
    }
    throw error;
  }
}

/**
 * The generator's PolicyInvalidError (exit 2). Its module is loaded here rather than at the top:
 * the site builder loads it only to throw one, and `ndb start` with nothing changed never needs it.
 */
export async function isPolicyInvalid(error: unknown): Promise<boolean> {
  if (!(error instanceof Error) || error.name !== 'PolicyInvalidError') return false;
  const { PolicyInvalidError } = await import('@ndb-kit/generator');
  return error instanceof PolicyInvalidError;
}

/** Warnings never stop a site build; each is printed with its file, pointer and what to do. */
export function printSiteWarnings(warnings: string[], io: Io): void {
  if (warnings.length === 0) return;
  io.err(`  ${warnings.length} warning(s): built anyway (--strict fails on warnings)`);
  for (const w of warnings) io.err(`  ${w}`);
}

function usageError(io: Io, message: string): number {
  return specUsageError(SITE_SPEC, io, message);
}
