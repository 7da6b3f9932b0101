// A Bulwark server whose log lines are kept in memory, for tests of what the log holds.
import { Writable } from 'node:stream';
import type { OpenedApp } from '../../src/app/bootstrap.js';
import { buildServer, type Server } from '../../src/app/server.js';
import { loggerOptions } from '../../src/platform/logger.js';

export async function serverWithLog(app: OpenedApp, level = 'info'): Promise<{ server: Server; lines: string[] }> {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  const server = await buildServer(app, { logger: { ...loggerOptions(level), stream } });
  await server.ready();
  return { server, lines };
}
