import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds web/dist for the browser tests (tests/browser), only when it is missing or stale.
    globalSetup: ['tests/browser/global-setup.ts'],
    // Each file opens its own database (PGlite in memory, or its own database on a server).
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
