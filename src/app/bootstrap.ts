// Opening Bulwark: the modules' contributions to the platform, the database brought up to date, the
// shipped catalogues loaded. Shared by the server, the CLI and tests.
import { loadShippedContent } from '../modules/catalogues/service.js';
import { auditKeyringOf, useAuditKeyring } from '../platform/audit/audit-keys.js';
import { sealUnkeyedTrail } from '../platform/audit/audit-trail.js';
import type { Config } from '../platform/config.js';
import type { AppContext } from '../platform/context.js';
import { type DatabaseHandle, type DatabaseTarget, migrate, openDatabase, targetFromConfig } from '../platform/db/database.js';
import { migrations } from '../platform/db/migrations/index.js';
import * as keyedAuditTrail from '../platform/db/migrations/0005-keyed-audit-trail.js';
import { createEmailService } from '../platform/email/email-service.js';
import { loadDeploymentIdentity } from '../platform/identity/deployment-identity.js';
import { secretBoxFor } from '../platform/secrets/key-source.js';
import { contributeToPlatform } from './platform-contributions.js';

/** The migration that keyed the audit trail, by whatever number it has. */
const KEYED_AUDIT_MIGRATION = Object.keys(migrations).find((name) => migrations[name] === keyedAuditTrail);

export interface OpenedApp extends AppContext {
  handle: DatabaseHandle;
  migrationsApplied: string[];
  close(): Promise<void>;
}

export async function openApp(config: Config, target: DatabaseTarget = targetFromConfig(config)): Promise<OpenedApp> {
  contributeToPlatform();
  // The key is checked before the database is touched: a wrong key is a configuration error.
  const secrets = secretBoxFor(config);
  // So is the logo: a file that fails its checks stops the start, naming the file and the reason.
  const identity = loadDeploymentIdentity(config.identity);
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
    return { db: handle.db, engine: handle.engine, config, secrets, email, identity, handle, migrationsApplied, close };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
