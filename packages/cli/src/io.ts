// Output channels, passed to every command so tests can capture them.
export const stdio = {
  out: (text: string) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text: string) => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  isTTY: Boolean(process.stdout.isTTY),
  stdinIsTTY: Boolean(process.stdin.isTTY),
};
