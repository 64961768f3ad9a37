// A build that dies at one step of the swap, for output-folder.test.ts: a real crash (SIGKILL, no
// cleanup at all) or an interruption (SIGTERM, the signal handler cleans up).
// Usage: node output-crash-child.ts TARGET LABEL STEP SIGKILL|SIGTERM|none
import { type SwapStep, writeOutputFolder } from '../output-folder.ts';

const [target, label, crashAt, signal] = process.argv.slice(2) as [string, string, SwapStep, string];
await writeOutputFolder(
  target,
  async (stage) => {
    const { mkdir, writeFile } = await import('node:fs/promises');
    await mkdir(`${stage}/sub`);
    await writeFile(`${stage}/a.txt`, label);
    await writeFile(`${stage}/sub/b.txt`, label);
  },
  {
    tool: 'crash test',
    lockWaitMs: 10_000,
    afterStep: async (step) => {
      if (step !== crashAt || signal === 'none') return;
      process.kill(process.pid, signal as NodeJS.Signals);
      await new Promise((done) => setTimeout(done, 5_000)); // SIGTERM: the handler ends the process first
    },
  },
);
