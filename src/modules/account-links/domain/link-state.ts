// Invitation and reset links: random tokens, only their hash stored, single use and expiring.
export const INVITATION_DAYS = 7;
export const RESET_HOURS = 24;

export type LinkState = 'pending' | 'accepted' | 'expired' | 'revoked';

export function linkState(link: { used_at: string | null; revoked_at: string | null; expires_at: string }, now: Date): LinkState {
  if (link.revoked_at) return 'revoked';
  if (link.used_at) return 'accepted';
  if (new Date(link.expires_at).getTime() <= now.getTime()) return 'expired';
  return 'pending';
}
