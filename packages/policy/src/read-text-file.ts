// Bounded reading of a user's text file: its own module so the incident commands (`ndb assess`)
// read files without loading the policy's validator and warnings with load-policy.ts.
import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { DEFAULT_MAX_BYTES, type Issue } from '@ndb-kit/validation';

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'file not found',
  EISDIR: 'is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENXIO: 'is a pipe with nothing writing to it, not a file',
};

const tooLarge = (file: string, maxBytes: number, found: string): Issue => ({
  file,
  pointer: '',
  message: 'the file is too large',
  expected: `at most ${maxBytes} bytes`,
  found,
});

/**
 * Reads a text file for validation, or explains in one issue why it cannot. Bounded whatever the
 * path is: open without blocking (a FIFO with no writer must not hang), refuse anything that is
 * not a regular file from fstat (pipes, devices such as /dev/zero, sockets, folders), then read
 * at most maxBytes + 1 bytes, so a file that grows while it is read is still refused as too large.
 */
export async function readTextFile(file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<string | Issue> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat();
    if (info.isDirectory()) return { file, pointer: '', message: FILE_ERRORS.EISDIR ?? '' };
    if (!info.isFile())
      return {
        file,
        pointer: '',
        message: 'is not a regular file (a pipe, device or socket); ndb reads only files',
        expected: 'a JSON file',
      };
    if (info.size > maxBytes) return tooLarge(file, maxBytes, `${info.size} bytes`);
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return tooLarge(file, maxBytes, `more than ${maxBytes} bytes`);
    const bytes = buffer.subarray(0, length);
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
      return { file, pointer: '', message: 'the file is saved as UTF-16; save it as UTF-8' };
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { file, pointer: '', message: 'the file is not UTF-8 text; save it as UTF-8' };
    }
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    return {
      file,
      pointer: '',
      message: FILE_ERRORS[code] ?? `cannot read the file (${code || 'unknown error'})`,
    };
  } finally {
    await handle?.close();
  }
}
