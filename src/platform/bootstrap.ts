// Opening Bulwark's database and bringing its schema up to date: shared by the server, the CLI and tests.
import { auditKeyringOf, useAuditKeyring } from './audit/audit-keys.js';
import { sealUnkeyedTrail } from './audit/audit-trail.js';
import type { Config } from './config.js';
import type { AppContext } from './context.js';
import { createEmailService } from './email/email-service.js';
import { secretBoxFor } from './secrets/key-source.js';
import { loadShippedContent } from '../modules/catalogues/service.js';
import { type DatabaseHandle, type DatabaseTarget, migrate, openDatabase, targetFromConfig } from './db/database.js';
import { migrations } from './db/migrations/index.js';
import * as keyedAuditTrail from './db/migrations/0005-keyed-audit-trail.js';

/** The migration that keyed the audit trail, by whatever number it has. */
const KEYED_AUDIT_MIGRATION = Object.keys(migrations).find((name) => migrations[name] === keyedAuditTrail);

export interface OpenedApp extends AppContext {
  handle: DatabaseHandle;
  migrationsApplied: string[];
  close(): Promise<void>;
}

export async function openApp(config: Config, target: DatabaseTarget = targetFromConfig(config)): Promise<OpenedApp> {
  // The key is checked before the database is touched: a wrong key is a configuration error.
  const secrets = secretBoxFor(config);
  const handle = openDatabase(target);
  useAuditKeyring(handle.db, auditKeyringOf(secrets));
  try {
    const migrationsApplied = await migrate(handle);
    // Only in the run that keyed the trail: sealing later could seal a trail rewritten in the meantime.
    if (KEYED_AUDIT_MIGRATION && migrationsApplied.includes(KEYED_AUDIT_MIGRATION)) await sealUnkeyedTrail(handle.db);
    await loadShippedContent(handle.db, handle.engine); // the framework catalogues in content/, when new or changed
    const email = createEmailService(config.email);
    const close = async () => {
      await email.settled(); // email work still running needs the database
      await email.close();
      await handle.close();
    };
    return { db: handle.db, engine: handle.engine, config, secrets, email, handle, migrationsApplied, close };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
