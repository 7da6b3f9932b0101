// API tokens: 'bwk_' and 32 random bytes, so secret scanners can recognise a leaked one. Only the
// SHA-256 is stored; the first characters are kept to tell tokens apart in lists.
import { createHash, randomBytes } from 'node:crypto';

export const TOKEN_PREFIX = 'bwk_';
export const MAX_EXPIRY_DAYS = 366;
export const DEFAULT_EXPIRY_DAYS = 90;

export function newApiToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function apiTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** What lists show of a token: enough to recognise it, useless to use. */
export function visiblePrefix(token: string): string {
  return token.slice(0, TOKEN_PREFIX.length + 6);
}

export type TokenState = 'active' | 'expired' | 'revoked';

export function tokenState(t: { expires_at: string | null; revoked_at: string | null }, now: Date): TokenState {
  if (t.revoked_at) return 'revoked';
  if (t.expires_at && new Date(t.expires_at).getTime() <= now.getTime()) return 'expired';
  return 'active';
}
