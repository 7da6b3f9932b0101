// Runs the bulwark command as a person does, in its own process, with only the environment given.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect } from 'vitest';
import type { DatabaseTarget } from '../../src/platform/db/database.js';
import { createTestApp, TEST_SECRET_KEY, type TestApp } from './app.js';
import { createTestDatabase, type TestDatabase } from './database.js';

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

export interface DemoCliDatabase {
  /** Filled in before the file's first test: the database the commands open. */
  database: TestDatabase;
  env: Record<string, string>;
  scratch: string;
  /** Writes a file into the scratch folder and answers its path. */
  write(name: string, text: string): string;
}

/**
 * For a test file of commands run in their own processes: a fresh database with the migrations and
 * the demo applied through the command line itself (`bulwark migrate`, `bulwark demo`), and a scratch
 * folder, made before the file's tests and removed after them.
 */
export function demoDatabaseForCommands(name: string): DemoCliDatabase {
  const held = {
    write(file: string, text: string): string {
      const at = path.join(held.scratch, file);
      fs.writeFileSync(at, text);
      return at;
    },
  } as DemoCliDatabase;
  beforeAll(async () => {
    held.database = await createTestDatabase();
    held.env = databaseEnvironment(held.database.target);
    held.scratch = fs.mkdtempSync(path.join(os.tmpdir(), `bulwark-${name}-`));
    expect((await runBulwark(['migrate'], held.env)).code).toBe(0);
    expect((await runBulwark(['demo'], held.env)).code).toBe(0);
  });
  afterAll(async () => {
    fs.rmSync(held.scratch, { recursive: true, force: true });
    await held.database.drop();
  });
  return held;
}
