// The generator's side of writing a build: its files go into an output folder through
// output-folder.ts (ownership marker, atomic swap, lock, recovery), shared with the site builder.
import {
  type OutputFolderOptions,
  type OutputResult,
  writeFilesInto,
  writeOutputFolder,
} from './output-folder.ts';

export interface WriteHooks extends Partial<Omit<OutputFolderOptions, 'tool'>> {
  /** Replaceable for tests that simulate a failing disk. */
  writeFile?: (path: string, data: Uint8Array) => Promise<void>;
  tool?: string;
}

export async function writeFilesAtomic(
  files: Map<string, Uint8Array>,
  outDir: string,
  hooks: WriteHooks = {},
): Promise<OutputResult> {
  const { writeFile, tool, ...options } = hooks;
  return writeOutputFolder(outDir, (stage) => writeFilesInto(stage, files, writeFile), {
    tool: tool ?? 'ndb build',
    ...options,
  });
}
