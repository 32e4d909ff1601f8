import { configDefaults, defineConfig } from 'vitest/config'

// The run on a PostgreSQL server (TEST_DATABASE_URL, CI's second run) is for what touches a database:
// the extractor is a pure library (text in, claims out) and gives the same answers on either run.
const onServer = Boolean(process.env.TEST_DATABASE_URL)

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...(onServer ? ['tests/extractor/**'] : [])],
    // A migrated database every test database is copied from; web/dist for the browser tests
    // (tests/browser), built only when it is missing or stale.
    globalSetup: ['tests/helpers/database-template.ts', 'tests/browser/global-setup.ts'],
    // Each file opens its own database (PGlite in memory, or its own database on a server).
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one on a two-core machine. Most files wait on
    // a database, a child process or a browser, so two workers keep both cores busy.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // `npm test -- --coverage` (CI's first run): what the suite runs of api/ and web/src, in process.
    // scripts/coverage-by-folder.ts prints it per folder.
    coverage: {
      provider: 'v8',
      include: ['api/**/*.ts', 'web/src/**/*.{ts,tsx}'],
      exclude: ['tests/**', 'bench/**', 'scripts/**'],
      reporter: ['json-summary'],
      reportsDirectory: 'coverage',
    },
  },
})
