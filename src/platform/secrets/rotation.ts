// Re-sealing every stored secret with the current key, in one transaction. Each sealed column is
// listed here with the context it was sealed under; a new kind of secret must be added to SEALED.
import { recordAudit, type Actor } from '../audit/audit-trail.js';
import type { AppContext } from '../context.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';

interface SealedColumn {
  name: string;
  rows(db: Db): Promise<{ key: string; sealed: string | null }[]>;
  context(key: string): string;
  write(db: Db, key: string, sealed: string): Promise<void>;
}

const SEALED: SealedColumn[] = [
  {
    name: 'TOTP seeds',
    rows: (db) => db.selectFrom('totp_credentials').select(['user_id as key', 'secret_sealed as sealed']).execute(),
    context: (userId) => `totp:${userId}`,
    write: async (db, userId, sealed) => {
      await db.updateTable('totp_credentials').set({ secret_sealed: sealed }).where('user_id', '=', userId).execute();
    },
  },
  {
    name: 'SSO client secrets',
    rows: (db) => db.selectFrom('sso_connections').select(['id as key', 'client_secret_sealed as sealed']).execute(),
    context: (id) => `sso-client-secret:${id}`,
    write: async (db, id, sealed) => {
      await db.updateTable('sso_connections').set({ client_secret_sealed: sealed }).where('id', '=', id).execute();
    },
  },
];

export interface RotationResult {
  keyId: string;
  total: number;
  resealed: number;
  current: number;
}

export async function rotateSecrets(app: AppContext & { actor: Actor; now: Date }): Promise<RotationResult> {
  return inTransaction(app.db, async (tx) => {
    const result: RotationResult = { keyId: app.secrets.currentKeyId, total: 0, resealed: 0, current: 0 };
    for (const column of SEALED) {
      for (const row of await column.rows(tx)) {
        if (!row.sealed) continue;
        result.total++;
        if (!app.secrets.isStale(row.sealed)) {
          result.current++;
          continue;
        }
        const context = column.context(row.key);
        await column.write(tx, row.key, app.secrets.seal(app.secrets.open(row.sealed, context), context));
        result.resealed++;
      }
    }
    await recordAudit(tx, app.actor, { action: 'secrets.rotate', entityType: 'installation', entityId: null, after: { ...result } }, app.now);
    return result;
  });
}
