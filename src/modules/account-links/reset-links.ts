// Making a password-reset link, whoever asks for it: a new random token of which only the hash is
// stored, every earlier unused reset link of the person withdrawn, and an audit record (never the
// token) in the same transaction.
import { randomUUID } from 'node:crypto';
import { type Actor, recordAudit } from '../../platform/audit/audit-trail.js';
import type { Db } from '../../platform/db/database.js';
import type { AccountLinkRow } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { newToken, tokenId } from '../accounts/service.js';
import * as store from './store.js';

export interface ResetLinkRequest {
  user: { id: string; email: string; name: string };
  /** The organisation whose administrator made it; null when the person asked for it themselves. */
  orgId: string | null;
  createdBy: string;
  lifetimeMinutes: number;
  actor: Actor;
  /** Who asked: an administrator (on the People page) or the person themselves (from the sign-in page). */
  requestedBy: 'administrator' | 'self';
  /** The organisation the audit record belongs to (null puts it on the person's own activity). */
  auditOrgId: string | null;
}

export async function issueResetLink(db: Db, request: ResetLinkRequest, now: Date): Promise<{ token: string; row: AccountLinkRow }> {
  const token = newToken();
  const at = now.toISOString();
  const row: AccountLinkRow = {
    id: randomUUID(),
    token_hash: tokenId(token),
    purpose: 'password-reset',
    email: request.user.email,
    name: request.user.name,
    user_id: request.user.id,
    org_id: request.orgId,
    roles_json: '[]',
    expires_at: new Date(now.getTime() + request.lifetimeMinutes * 60_000).toISOString(),
    used_at: null,
    revoked_at: null,
    declined_at: null,
    created_by: request.createdBy,
    created_at: at,
  };
  await inTransaction(db, async (tx) => {
    await store.expireResetLinks(tx, request.user.id, at);
    await store.insertLink(tx, row);
    await recordAudit(tx, request.actor, {
      action: request.requestedBy === 'self' ? 'auth.password-reset-requested' : 'user.password-reset-link',
      entityType: 'user',
      entityId: request.user.id,
      orgId: request.auditOrgId,
      after: { expiresAt: row.expires_at },
    }, now);
  });
  return { token, row };
}
