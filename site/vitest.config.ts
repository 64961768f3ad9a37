import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // A browser under a loaded CI machine can take seconds to re-render; vitest's default 1 s poll
    // failed "fills the plan's notice templates" once at load 18 on 2 cores (passes in 4.6 s alone).
    expect: { poll: { timeout: 15_000 } },
  },
});
