// The real Bulwark server listening on a free loopback port, with the built web app and demo
// data: for browser tests and benchmarks.
import { createTestApp, DEMO_PASSWORD } from './app.js';
import type { TestEngine } from './database.js';

export async function startTestServer(options: { engine?: TestEngine; env?: Record<string, string> } = {}) {
  const t = await createTestApp({ ...options, demo: true });
  await t.server.listen({ host: '127.0.0.1', port: 0 });
  const address = t.server.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return { url: `http://127.0.0.1:${address.port}`, demoPassword: DEMO_PASSWORD, app: t.app, close: () => t.close() };
}
