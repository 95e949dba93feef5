import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Every GitHub double a test file starts is checked for violations after each test.
    setupFiles: ['test/support/double-violations.setup.ts'],
    // The action and CLI tests start real subprocesses; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
