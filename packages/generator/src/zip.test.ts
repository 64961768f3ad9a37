import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, crc32Js, deflated, deflatedAsync, zipFiles } from './zip.ts';

describe('zipFiles', () => {
  const files: [string, string | Uint8Array][] = [
    ['[Content_Types].xml', '<Types/>'],
    ['word/document.xml', `<w:document>${'text & more '.repeat(500)}</w:document>`],
    ['word/media/é.bin', new Uint8Array([0, 1, 2, 255])],
  ];

  it('reads back entry for entry, in order, with fflate', () => {
    const out = unzipSync(zipFiles(files, '2026-11-30'));
    expect(Object.keys(out)).toEqual(files.map(([p]) => p));
    expect(strFromU8(out['word/document.xml'] as Uint8Array)).toBe(files[1]?.[1]);
    expect([...(out['word/media/é.bin'] as Uint8Array)]).toEqual([0, 1, 2, 255]);
  });

  it('Python zipfile reads it, CRCs check, every entry dated noon of the build date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndb-zip-'));
    const path = join(dir, 'a.zip');
    writeFileSync(path, zipFiles(files, '2026-11-30'));
    const script =
      'import zipfile,sys,json\nz=zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(json.dumps([[i.filename,list(i.date_time)] for i in z.infolist()]))';
    const read = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' }));
    expect(read).toEqual(files.map(([p]) => [p, [2026, 11, 30, 12, 0, 0]]));
  });

  it('is deterministic: the same files and date give the same bytes; another date differs', () => {
    expect(zipFiles(files, '2026-11-30')).toEqual(zipFiles(files, '2026-11-30'));
    expect(zipFiles(files, '2026-12-01')).not.toEqual(zipFiles(files, '2026-11-30'));
  });

  it('deflatedAsync (on the thread pool) gives the bytes deflated gives', async () => {
    // Text that compresses at several block boundaries, and bytes that do not compress.
    const text = Array.from({ length: 4000 }, (_, i) => `<w:p>${i % 97} ${'é'.repeat(i % 7)}</w:p>`).join('');
    const noise = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 2654435761) >>> 24);
    for (const content of [text, noise, '']) expect(await deflatedAsync(content)).toEqual(deflated(content));
  });

  it('crc32 is the standard CRC-32', () => {
    const data = new TextEncoder().encode('123456789');
    expect(crc32(data)).toBe(0xcbf43926);
    expect(crc32Js(data)).toBe(0xcbf43926); // the Node 20 fallback
  });
});
