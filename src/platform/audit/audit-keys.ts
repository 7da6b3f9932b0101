// Where the audit trail's keys come from and how recordAudit finds them. They are derived from
// BULWARK_SECRET_KEY (and its previous keys) with a label of their own, so there is one secret to manage
// and rotate (decision 30). Each open database handle is given its keyring once, when the app opens it;
// recordAudit finds it from whatever handle or transaction it is given.
import type { Db } from '../db/database.js';
import { handleOf } from '../db/transaction.js';
import type { SecretBox } from '../secrets/secret-box.js';
import type { AuditKeyring } from './chain.js';

export const AUDIT_KEY_LABEL = 'bulwark audit trail v1';

export function auditKeyringOf(secrets: SecretBox): AuditKeyring {
  return secrets.derivedKeys(AUDIT_KEY_LABEL);
}

const keyrings = new WeakMap<Db, AuditKeyring>();

export function useAuditKeyring(db: Db, keyring: AuditKeyring): void {
  keyrings.set(db, keyring);
}

export function auditKeyringFor(db: Db): AuditKeyring {
  const keyring = keyrings.get(handleOf(db));
  if (!keyring) throw new Error('This database handle has no audit key: open it through openApp, or pass the keyring to verify a copy.');
  return keyring;
}
