// Runs the bulwark command as a person does, in its own process, with only the environment given.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../bin/bulwark.js');

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runBulwark(args: string[], env: Record<string, string>): Promise<CommandResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH ?? '', ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as CommandResult;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
