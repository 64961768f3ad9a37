// The hash chain: each entry's `hash` is the SHA-256 of its RFC 8785 canonical JSON without
// `hash`, and each entry's `prev` is the `hash` of the entry before. checkChain finds every way a
// schema-valid file can differ from one ndb wrote, and names the entry that was broken.
import { canonicalJson, expectedRecordHash, sha256Hex } from '@ndb-kit/engine';
import { compareInstants, isTimeZone } from './time.ts';
import type { Entry, IncidentFile } from './types.ts';

export interface ChainProblem {
  /** Position in `entries` of the entry that is broken (or where something is missing). */
  index: number;
  message: string;
  expected?: string;
  found?: string;
}

/** SHA-256 (hex) of an entry's canonical JSON without its `hash`. */
export async function entryHash(entry: Omit<Entry, 'hash'> | Entry): Promise<string> {
  const { hash: _ignored, ...rest } = entry as Entry;
  return sha256Hex(canonicalJson(rest));
}

/** "entry 4 (oaic-statement)" */
export function entryLabel(entry: Pick<Entry, 'seq' | 'type'> | undefined, index: number): string {
  if (!entry) return `entry ${index}`;
  return `entry ${Number.isInteger(entry.seq) ? entry.seq : index} (${entry.type})`;
}

const short = (hash: string | null) => (hash === null ? 'null' : `${hash.slice(0, 12)}…`);

/** Every problem with the chain of a schema-valid incident file; [] when it is intact. */
export async function checkChain(file: IncidentFile): Promise<ChainProblem[]> {
  const problems: ChainProblem[] = [];
  const entries = file.entries;
  const hashes = await Promise.all(entries.map((e) => entryHash(e)));
  let closedAt: number | undefined;
  let maxSeq = -1;
  for (const [i, entry] of entries.entries()) {
    const label = entryLabel(entry, i);
    const before = entries[i - 1];
    const add = (index: number, message: string, extra: Partial<ChainProblem> = {}) =>
      problems.push({ index, message, ...extra });

    if (hashes[i] !== entry.hash)
      add(i, `${label} was changed after it was written: its content no longer matches its hash`, {
        expected: short(hashes[i] ?? null),
        found: short(entry.hash),
      });

    // Order: seq runs 0, 1, 2… with no gaps (after a misplaced entry, counting resumes from the highest).
    const expectedSeq = maxSeq + 1;
    let orderReported = false;
    if (entry.seq !== expectedSeq) {
      orderReported = true;
      const laterHasMissing = entries.slice(i + 1).some((e) => e.seq >= expectedSeq && e.seq < entry.seq);
      if (entry.seq > expectedSeq && !laterHasMissing) {
        const missing =
          entry.seq - expectedSeq === 1
            ? `entry ${expectedSeq} is`
            : `entries ${expectedSeq}–${entry.seq - 1} are`;
        add(
          i,
          `${missing} missing (removed from the file): ${label} comes straight after ${before ? entryLabel(before, i - 1) : 'the start'}`,
        );
      } else
        add(i, `${label} is out of order: entries were moved`, {
          expected: `entry ${expectedSeq} here`,
          found: `entry ${entry.seq}`,
        });
    }
    maxSeq = Math.max(maxSeq, entry.seq);

    // Links: the first entry starts the chain; every other one names the hash of the one before.
    if (i === 0) {
      if (entry.prev !== null)
        add(0, `${label} points to an earlier entry, but it must be the first`, {
          expected: 'null',
          found: short(entry.prev),
        });
    } else if (before && entry.prev !== before.hash && !orderReported) {
      add(
        i - 1,
        `${entryLabel(before, i - 1)} is not the entry that ${label} was written after: it was replaced, or edited and re-hashed`,
        { expected: short(entry.prev), found: short(before.hash) },
      );
    }

    for (const field of ['at', 'loggedAt'] as const)
      if (Number.isNaN(Date.parse(entry[field])))
        add(i, `${label}: ${field} is not a time this computer can read`, {
          found: JSON.stringify(entry[field]),
        });

    // What ndb never writes.
    if (i === 0 && entry.type !== 'opened')
      add(0, `${label} must be the "opened" entry that starts the file`, {
        found: JSON.stringify(entry.type),
      });
    if (i > 0 && entry.type === 'opened') add(i, `${label}: a file has one "opened" entry, the first`);
    if (closedAt !== undefined && closedAt < i)
      add(i, `${label} comes after the incident was closed (entry ${closedAt})`);
    if (entry.type === 'closed' && closedAt === undefined) closedAt = i;
    if (before && compareInstants(entry.loggedAt, before.loggedAt) < 0)
      add(i, `${label} was logged before the entry above it: entries were reordered or added by hand`, {
        expected: `a time on or after ${before.loggedAt}`,
        found: entry.loggedAt,
      });
    if (compareInstants(entry.at, entry.loggedAt) > 0)
      add(i, `${label} happened after it was logged`, {
        expected: `a time on or before ${entry.loggedAt}`,
        found: entry.at,
      });
    if (entry.type === 'opened' && !isTimeZone(entry.practice.timeZone))
      add(i, `${label}: the practice's time zone is not one this computer knows`, {
        expected: 'an IANA time zone, e.g. Australia/Sydney',
        found: JSON.stringify(entry.practice.timeZone),
      });
    if (entry.type === 'assessment') {
      const r = entry.record;
      if (entry.at !== r.record.now)
        add(i, `${label}: the assessment's time differs from its decision record's time`, {
          expected: r.record.now,
          found: entry.at,
        });
      if ((await expectedRecordHash(r).catch(() => '')) !== r.hash.value)
        add(
          i,
          `${label}: its decision record was changed after it was made (the record's own hash does not match)`,
        );
    }
    if (entry.type === 'commissioner-declaration') {
      if (entry.declaration === 'extension' && entry.newDue === undefined)
        add(i, `${label}: an extension needs the new date (newDue)`);
      if (entry.declaration === 'exemption' && entry.newDue !== undefined)
        add(i, `${label}: an exemption has no new date (newDue)`);
    }
  }
  return problems.sort((a, b) => a.index - b.index);
}
