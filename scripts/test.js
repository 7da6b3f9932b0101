#!/usr/bin/env node
// `npm test`: unit, API and CLI tests on SQLite, then the API tests and the engine's own command-line
// tests on PostgreSQL, then browser tests in Chromium. Decision 56 says why the PostgreSQL run leaves
// out the unit tests and most command-line tests.
// Prints one plain closing line, "N passed, N failed", that any CI can read.
// Pass --only=sqlite|postgres|browser (repeatable) to run a part.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const only = process.argv.filter((a) => a.startsWith('--only=')).map((a) => a.slice(7));
// The command-line tests whose subject differs by engine: opening PostgreSQL from DATABASE_URL and
// closing its pool on exit, backups (pg_dump on PostgreSQL), and imports through the pipeline.
const POSTGRES_CLI_TESTS = ['test/cli/bulwark-cli.test.ts', 'test/cli/backup.test.ts', 'test/cli/import-cli.test.ts'];
const runs = [
  { name: 'sqlite', config: 'vitest.config.ts', env: { BULWARK_TEST_ENGINE: 'sqlite' } },
  { name: 'postgres', config: 'vitest.config.ts', env: { BULWARK_TEST_ENGINE: 'postgres' }, files: ['test/api/', ...POSTGRES_CLI_TESTS] },
  { name: 'browser', config: 'vitest.browser.config.ts', env: { BULWARK_TEST_ENGINE: 'sqlite' } },
].filter((r) => only.length === 0 || only.includes(r.name));

let passed = 0;
let failed = 0;
for (const run of runs) {
  if (!fs.existsSync(path.join(root, run.config))) {
    process.stderr.write(`${run.config} is missing\n`);
    failed++;
    continue;
  }
  const report = path.join(os.tmpdir(), `bulwark-vitest-${run.name}-${process.pid}.json`);
  process.stdout.write(`\n── ${run.name} ──\n`);
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...(run.files ?? []), '--config', run.config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { cwd: root, stdio: 'inherit', env: { ...process.env, ...run.env } },
  );
  if (fs.existsSync(report)) {
    const summary = JSON.parse(fs.readFileSync(report, 'utf8'));
    passed += summary.numPassedTests;
    failed += summary.numFailedTests;
    // A suite that failed to load counts as a failure even though no test in it ran.
    failed += summary.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
    fs.rmSync(report);
  } else {
    failed++;
  }
  if (result.status !== 0 && failed === 0) failed++;
}
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
