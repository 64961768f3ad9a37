import { defineConfig } from 'vitest/config';

// Generous timeouts: `pnpm test` runs every package at once on a small CI machine, and some
// tests spawn the CLI or poppler; a slow machine must not fail a correct test.
export default defineConfig({
  test: { testTimeout: 300_000, hookTimeout: 300_000 },
});
