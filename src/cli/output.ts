// How commands speak: plain lines for people, one JSON document with --json, and errors on stderr
// with a non-zero exit code.
import { DomainError, ValidationFailed } from '../platform/errors.js';
import { ConfigError, loadConfig } from '../platform/config.js';
import { openApp, type OpenedApp } from '../platform/bootstrap.js';
import type { Actor } from '../platform/audit/audit-trail.js';
import os from 'node:os';
import { RemoteError } from './remote.js';

export function print(json: boolean | undefined, data: unknown, text: () => string) {
  process.stdout.write(json ? `${JSON.stringify(data, null, 2)}\n` : `${text()}\n`);
}

export function fail(error: unknown): never {
  if (error instanceof ValidationFailed && error.errors.length) {
    process.stderr.write(`${error.message}\n${error.errors.map((e) => `  ${e.field}: ${e.message}`).join('\n')}\n`);
  } else if (error instanceof DomainError || error instanceof ConfigError || error instanceof RemoteError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
}

/** Opens the configured database for one command, and closes it afterwards. */
export async function withApp<T>(work: (app: OpenedApp) => Promise<T>): Promise<T> {
  const app = await openApp(loadConfig());
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

/** Changes made from the command line are recorded against the operating-system account. */
export function cliActor(): Actor {
  return { userId: null, label: `cli:${os.userInfo().username}` };
}
