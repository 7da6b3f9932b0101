// How commands speak: plain lines for people, one JSON document with --json, and errors on stderr
// with a non-zero exit code — or, with --json, as one JSON document on stdout, for scripts.
import { CommanderError, type Command } from 'commander';
import { DomainError, type FieldProblem, ValidationFailed } from '../platform/errors.js';
import { ConfigError, loadConfig } from '../platform/config.js';
import { openApp, type OpenedApp } from '../app/bootstrap.js';
import type { Actor } from '../platform/audit/audit-trail.js';
import os from 'node:os';
import { RemoteError } from './remote.js';
import type { z } from 'zod';

export function print(json: boolean | undefined, data: unknown, text: () => string) {
  process.stdout.write(json ? `${JSON.stringify(data, null, 2)}\n` : `${text()}\n`);
}

/** What a failed command prints with --json: the same shape for every command. */
export interface JsonFailure {
  ok: false;
  /** The kind of problem: validation-failed, not-found, conflict, usage, configuration, remote or unexpected. */
  error: string;
  message: string;
  problems: FieldProblem[];
}

let jsonChosen: boolean | undefined;

/**
 * Makes every command report errors as --json asks, in one place: commander's own usage errors come
 * back to fail() instead of ending the process, and the command's --json option is noted before it runs.
 */
export function reportErrorsAsAsked(program: Command): Command {
  return program
    .exitOverride()
    .configureOutput({ outputError: (text, write) => (wantsJson() ? undefined : write(text)), writeErr: (text) => (wantsJson() ? undefined : process.stderr.write(text)) })
    .hook('preAction', (_program, command) => {
      jsonChosen = command.opts<{ json?: boolean }>().json === true;
    });
}

/** --json was given: from the command's own options once it has been parsed, else from the command line itself. */
function wantsJson(): boolean {
  if (jsonChosen !== undefined) return jsonChosen;
  const end = process.argv.indexOf('--');
  return (end === -1 ? process.argv : process.argv.slice(0, end)).includes('--json');
}

export function fail(error: unknown): never {
  if (error instanceof CommanderError && (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0)) {
    process.exit(0);
  }
  const exitCode = error instanceof CommanderError ? error.exitCode || 1 : 1;
  if (wantsJson()) {
    process.stdout.write(`${JSON.stringify(jsonFailure(error), null, 2)}\n`);
    if (!known(error)) process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(exitCode);
  }
  if (error instanceof ValidationFailed && error.errors.length) {
    process.stderr.write(`${error.message}\n${error.errors.map((e) => `  ${e.field}: ${e.message}`).join('\n')}\n`);
  } else if (error instanceof CommanderError) {
    // commander has already written its message (and the help) to stderr.
  } else if (known(error)) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(exitCode);
}

function known(error: unknown): error is Error {
  return error instanceof DomainError || error instanceof ConfigError || error instanceof RemoteError || error instanceof CommanderError;
}

function jsonFailure(error: unknown): JsonFailure {
  if (error instanceof DomainError) return { ok: false, error: error.type, message: error.message, problems: error instanceof ValidationFailed ? error.errors : [] };
  if (error instanceof CommanderError) return { ok: false, error: 'usage', message: error.message.replace(/^error: /, ''), problems: [] };
  if (error instanceof ConfigError) return { ok: false, error: 'configuration', message: error.message, problems: [] };
  if (error instanceof RemoteError) return { ok: false, error: 'remote', message: error.message, problems: [] };
  // A fault in Bulwark itself: the detail goes to stderr, not into a script's data.
  return { ok: false, error: 'unexpected', message: 'Something went wrong inside Bulwark; the details are on stderr.', problems: [] };
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

/** Command options read through the API's query schema, so both refuse the same values; a problem names its option. */
export function parsedOptions<T>(schema: z.ZodType<T>, values: Record<string, unknown>): T {
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw new ValidationFailed('Check the options.', parsed.error.issues.map((i) => ({ field: `--${i.path.join('.')}`, message: i.message })));
  return parsed.data;
}
