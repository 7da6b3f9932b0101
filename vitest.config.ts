// Unit, API and CLI tests. The engine (SQLite or PostgreSQL) comes from BULWARK_TEST_ENGINE;
// `npm test` runs the suite once for each. Browser tests have their own config.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/api/**/*.test.ts', 'test/cli/**/*.test.ts', 'src/web/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default on two cores is one worker: tests wait on the database much of the time, so two
    // keep both cores busy (decision 69).
    maxWorkers: 2,
  },
});
