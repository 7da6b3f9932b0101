// The real Bulwark server listening on a free loopback port, with the built web app and (unless told
// otherwise) demo data: for browser tests and benchmarks.
import net from 'node:net';
import { createTestApp, DEMO_PASSWORD } from './app.js';
import type { TestEngine } from './database.js';

export async function startTestServer(options: { engine?: TestEngine; env?: Record<string, string>; port?: number; demo?: boolean; demoRegister?: boolean } = {}) {
  const t = await createTestApp({ ...options, demo: options.demo ?? true });
  await t.server.listen({ host: '127.0.0.1', port: options.port ?? 0 });
  const address = t.server.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return { url: `http://127.0.0.1:${address.port}`, demoPassword: DEMO_PASSWORD, app: t.app, close: () => t.close() };
}

/** A loopback port with nothing listening on it: for a server whose settings must name its port before it starts, or a mail server that is down. */
export async function unusedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
