// Runs the bulwark command as a person does, in its own process, with only the environment given.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { TEST_SECRET_KEY } from './app.js';

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
