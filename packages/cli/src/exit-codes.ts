// The exit codes of every `ndb` command, in one place (docs/cli.md lists them).
export const EXIT = {
  /** Done; warnings, if any, were printed. */
  ok: 0,
  /** A bug in ndb: an internal error (NDB_DEBUG=1 prints the stack). */
  bug: 1,
  /** Bad input or usage: an unknown option or value, an invalid file, a file that does not
   * verify, or warnings under --strict. Every problem is printed on stderr. */
  invalid: 2,
  /** This copy of ndb cannot run the command (`ndb site`/`ndb start` from the npm package,
   * which does not carry Astro and the site sources yet): run it from the repository. */
  unavailable: 3,
  /** Stopped by Ctrl+C (SIGINT): Node's default ending, 128 + 2 as shells report it. Listed so
   * scripts can tell it from a failure; `ndb start` catches it and exits 0. */
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const EXIT_CODES_HELP =
  'Exit codes: 0 ok, 1 internal error (a bug), 2 invalid input or usage, 3 not available in this copy of ndb, 130 interrupted.';
