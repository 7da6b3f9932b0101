// The demo trust as the demo tests open it: a test app, the trust and its IG lead signed in, what the
// demo loader acts as, and a reader that expects each answer to be 200.
import { expect } from 'vitest';
import { findByIdOrOdsCode } from '../../src/modules/organisations/service.js';
import type { Actor } from '../../src/platform/audit/audit-trail.js';
import type { Db } from '../../src/platform/db/database.js';
import type { OrganisationRow } from '../../src/platform/db/schema.js';
import { type Client, createTestApp, signIn, type TestApp } from './app.js';

export interface DemoTrust {
  t: TestApp;
  trust: OrganisationRow;
  iglead: Client;
  /** What the demo loader is given. */
  loader: { db: Db; actor: Actor; now: Date };
  read<T>(url: string): Promise<T>;
}

export async function openDemoTrust(now: Date): Promise<DemoTrust> {
  const t = await createTestApp();
  const trust = (await findByIdOrOdsCode(t.app.db, 'RZZ'))!;
  const iglead = await signIn(t.server, 'iglead@northshire-acute.example');
  return {
    t,
    trust,
    iglead,
    loader: { db: t.app.db, actor: { userId: null, label: 'demo-loader' }, now },
    async read<T>(url: string): Promise<T> {
      const res = await iglead.get(url);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<T>();
    },
  };
}
