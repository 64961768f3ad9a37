// The build key and the unchanged-output check: a build is skipped only when every input and
// every file ndb wrote is exactly as before; each way something can change must defeat it.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type PlanArtifacts, buildPractice, writeBuild } from './build.ts';
import { buildKey, codeFingerprint } from './build-cache.ts';
import { MARKER_FILE, unchangedOutput, writeFilesInto } from './output-folder.ts';
import { BUILD_DATE, loadExample } from './test/support.ts';

const policy = loadExample('mindful-psychology');
const CODE = 'a'.repeat(64);

describe('buildKey', () => {
  const key = buildKey(policy, BUILD_DATE, CODE);

  it('is the same for the same inputs', () => {
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(buildKey(structuredClone(policy), BUILD_DATE, CODE)).toBe(key);
  });

  it('changes with any field of the policy, even its key order, the date and the code', () => {
    const changed = structuredClone(policy);
    changed.organisation.tradingName += ' ';
    expect(buildKey(changed, BUILD_DATE, CODE)).not.toBe(key);
    const deep = structuredClone(policy);
    (deep.people[0] as { phone: string }).phone = '02 5550 0000';
    expect(buildKey(deep, BUILD_DATE, CODE)).not.toBe(key);
    const { id, ...rest } = policy;
    expect(buildKey({ ...rest, id } as typeof policy, BUILD_DATE, CODE)).not.toBe(key);
    expect(buildKey(policy, '2026-11-21', CODE)).not.toBe(key);
    expect(buildKey(policy, BUILD_DATE, 'b'.repeat(64))).not.toBe(key);
  });

  it('is null (no caching) without a code fingerprint', () => {
    expect(buildKey(policy, BUILD_DATE, null)).toBeNull();
  });

  it('fingerprints the code of the repository (stable within a process)', () => {
    expect(codeFingerprint()).toMatch(/^[0-9a-f]{64}$/);
    expect(codeFingerprint()).toBe(codeFingerprint());
  });
});

describe('unchangedOutput', () => {
  let artifacts: PlanArtifacts;
  beforeAll(async () => {
    artifacts = await buildPractice(policy, { date: BUILD_DATE });
  });
  const key = 'k'.repeat(64);
  const data = { outputWarnings: [{ file: 'plan.md', message: 'x' }] };
  async function built(): Promise<string> {
    const out = join(mkdtempSync(join(tmpdir(), 'ndb-cache-')), 'out');
    await writeBuild(artifacts, out, { key, data });
    return out;
  }

  it('the folder ndb just wrote with this key is unchanged, and gives back the data and every file', async () => {
    const out = await built();
    const same = unchangedOutput(out, 'ndb build', key);
    expect(same?.data).toEqual(data);
    expect(same?.files).toEqual([...artifacts.files.keys()].sort());
  });

  it('a file of the user added beside the output does not matter (a rebuild would keep it)', async () => {
    const out = await built();
    writeFileSync(join(out, 'signed-approval.pdf'), 'mine');
    expect(unchangedOutput(out, 'ndb build', key)).not.toBeNull();
  });

  it.each([
    ['another key', (_out: string) => {}, 'other'],
    ['another tool', (_out: string) => {}, 'tool'],
    ['an ndb file edited', (out: string) => writeFileSync(join(out, 'plan.md'), 'edited'), ''],
    ['an ndb file deleted', (out: string) => unlinkSync(join(out, 'notices/oaic-statement.docx')), ''],
    [
      'an ndb file replaced by a folder',
      (out: string) => {
        unlinkSync(join(out, 'drills.ics'));
        mkdirSync(join(out, 'drills.ics'));
      },
      '',
    ],
    ['the marker removed', (out: string) => unlinkSync(join(out, MARKER_FILE)), ''],
    [
      'the marker without a key',
      (out: string) => {
        const m = JSON.parse(readFileSync(join(out, MARKER_FILE), 'utf8'));
        delete m.key;
        writeFileSync(join(out, MARKER_FILE), JSON.stringify(m));
      },
      '',
    ],
    [
      'an interrupted write waiting beside it',
      (out: string) => mkdirSync(join(out, '..', '.out.ndb-old')),
      '',
    ],
    ['the folder gone', (out: string) => rmSync(out, { recursive: true }), ''],
  ])('%s: not unchanged', async (_what, change, how) => {
    const out = await built();
    change(out);
    const k = how === 'other' ? 'x'.repeat(64) : key;
    expect(unchangedOutput(out, how === 'tool' ? 'ndb site' : 'ndb build', k)).toBeNull();
  });
});

describe('writeFilesInto', () => {
  it('returns the SHA-256 of each file it wrote, as the marker lists them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndb-fill-'));
    const files = new Map([
      ['a.txt', new TextEncoder().encode('a')],
      ['sub/b.txt', new TextEncoder().encode('b')],
    ]);
    expect(await writeFilesInto(dir, files)).toEqual({
      'a.txt': 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb',
      'sub/b.txt': '3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d',
    });
    expect(readFileSync(join(dir, 'sub/b.txt'), 'utf8')).toBe('b');
  });
});
