// The baseline server: bare Fastify, no plugins, no logger, answering every GET on the same route
// shape as the subject (BENCH_ROUTE, with its parameters) with one constant JSON object (BENCH_BODY,
// the subject's own response, or the file BENCH_BODY_FILE for bodies too large for the environment)
// so that the bytes on the wire match. Prints { "url": ... } once listening.
// Run: node --import tsx bench/servers/bare-fastify.ts
import fs from 'node:fs';
import Fastify from 'fastify';

const bodyFile = process.env.BENCH_BODY_FILE;
const body = JSON.parse(bodyFile ? fs.readFileSync(bodyFile, 'utf8') : (process.env.BENCH_BODY ?? '{"hello":"world"}')) as Record<string, unknown>;
const path = process.env.BENCH_PATH ?? '/api/v1/orgs/00000000-0000-0000-0000-000000000000';
const route = process.env.BENCH_ROUTE ?? '/api/v1/orgs/:orgId';

const server = Fastify({ logger: false });
server.get(route, async () => body);
await server.listen({ host: '127.0.0.1', port: 0 });

let closing = false;
async function close() {
  if (closing) return;
  closing = true;
  setTimeout(() => process.exit(0), 5000).unref();
  await server.close();
  process.exit(0);
}
process.on('SIGTERM', () => void close());
process.on('SIGINT', () => void close());
const parent = process.ppid;
setInterval(() => process.ppid !== parent && void close(), 1000).unref();

const address = server.server.address();
if (!address || typeof address === 'string') throw new Error('server has no port');
process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${address.port}${path}`, fastify: server.version })}\n`);
