// Re-sealing every stored secret with the current key, in one transaction. Each module that stores
// sealed secrets contributes a SealedSecrets entry (its rows and the context each was sealed under),
// and the app registers them when it opens (src/app/bootstrap.ts): the platform names no table.
import { recordAudit, type Actor } from '../audit/audit-trail.js';
import type { AppContext } from '../context.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';

/** One kind of sealed secret a module keeps, and how to read and rewrite it. */
export interface SealedSecrets {
  /** What they are, in words ('TOTP seeds'); also the key they are registered under. */
  name: string;
  /** Every stored value, with the key of its row (null when the row holds none). */
  rows(db: Db): Promise<{ key: string; sealed: string | null }[]>;
  /** The context the value of that row was sealed under: it must be the one the module seals with. */
  context(key: string): string;
  write(db: Db, key: string, sealed: string): Promise<void>;
}

const registered = new Map<string, SealedSecrets>();

/** Adds (or, under the same name, replaces) a kind of sealed secret that rotation re-seals. */
export function registerSealedSecrets(secrets: SealedSecrets): void {
  registered.set(secrets.name, secrets);
}

/** The kinds registered, in the order they were first registered. */
export function sealedSecretKinds(): string[] {
  return [...registered.keys()];
}

export interface RotationResult {
  keyId: string;
  total: number;
  resealed: number;
  current: number;
}

export async function rotateSecrets(app: AppContext & { actor: Actor; now: Date }): Promise<RotationResult> {
  return inTransaction(app.db, async (tx) => {
    const result: RotationResult = { keyId: app.secrets.currentKeyId, total: 0, resealed: 0, current: 0 };
    for (const kind of registered.values()) {
      for (const row of await kind.rows(tx)) {
        if (!row.sealed) continue;
        result.total++;
        if (!app.secrets.isStale(row.sealed)) {
          result.current++;
          continue;
        }
        const context = kind.context(row.key);
        await kind.write(tx, row.key, app.secrets.seal(app.secrets.open(row.sealed, context), context));
        result.resealed++;
      }
    }
    await recordAudit(tx, app.actor, { action: 'secrets.rotate', entityType: 'installation', entityId: null, after: { ...result } }, app.now);
    return result;
  });
}
