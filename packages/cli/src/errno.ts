// The errno code of a failed file operation ("ENOENT", "EEXIST", …), read with a check instead of a cast.
export const errnoCode = (error: unknown): string | undefined =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
