// Runs the bulwark command as a person does, in its own process, with only the environment given.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { DatabaseTarget } from '../../src/platform/db/database.js';
import { createTestApp, TEST_SECRET_KEY, type TestApp } from './app.js';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../bin/bulwark.js');

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runBulwark(args: string[], env: Record<string, string>): Promise<CommandResult> {
  try {
    // A key is always given, so no test writes a key file into the working directory.
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH ?? '', BULWARK_SECRET_KEY: TEST_SECRET_KEY, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as CommandResult;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** What the command needs to open the database a test made: its data directory, or its address. */
export function databaseEnvironment(target: DatabaseTarget): Record<string, string> {
  return target.engine === 'sqlite' ? { BULWARK_DATA_DIR: path.dirname(target.file) } : { DATABASE_URL: target.url };
}

export interface CliTestApp {
  t: TestApp;
  env: Record<string, string>;
  /** A folder of its own for files the commands write. */
  scratch: string;
  close(): Promise<void>;
}

/** A test app with the demo organisations and people, for commands run in their own processes. */
export async function createCliTestApp(name: string): Promise<CliTestApp> {
  const t = await createTestApp();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `bulwark-${name}-`));
  return {
    t,
    env: databaseEnvironment(t.target),
    scratch,
    close: async () => {
      fs.rmSync(scratch, { recursive: true, force: true });
      await t.close();
    },
  };
}
