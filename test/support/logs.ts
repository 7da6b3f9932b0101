// A second server over a test app whose JSON log lines are kept, for tests of what is and is not logged.
import { Writable } from 'node:stream';
import type { OpenedApp } from '../../src/app/bootstrap.js';
import { buildServer, type Server } from '../../src/app/server.js';
import { loggerOptions } from '../../src/platform/logger.js';

export interface LoggedServer {
  server: Server;
  /** Every log line so far, as written. */
  lines: string[];
  records(): Array<Record<string, unknown>>;
}

export async function serverWithLogs(app: OpenedApp): Promise<LoggedServer> {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  const server = await buildServer(app, { logger: { ...loggerOptions('info'), stream } });
  await server.ready();
  return { server, lines, records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}
