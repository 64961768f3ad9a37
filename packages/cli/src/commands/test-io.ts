// A captured Io for command tests.
import type { Io } from '../bin.ts';

export function captureIo(tty = false): Io & { stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: (text: string) => void out.push(text.endsWith('\n') ? text : `${text}\n`),
    err: (text: string) => void err.push(text.endsWith('\n') ? text : `${text}\n`),
    isTTY: tty,
    stdinIsTTY: tty,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
