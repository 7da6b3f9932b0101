// Invitation and reset links: random tokens, only their hash stored, single use and expiring.
export const INVITATION_DAYS = 7;
export const RESET_HOURS = 24;

export type LinkState = 'pending' | 'accepted' | 'declined' | 'expired' | 'revoked';

export interface LinkTimes {
  used_at: string | null;
  revoked_at: string | null;
  declined_at: string | null;
  expires_at: string;
}

export function linkState(link: LinkTimes, now: Date): LinkState {
  if (link.used_at) return 'accepted';
  if (link.declined_at) return 'declined';
  const expires = new Date(link.expires_at).getTime();
  // An invitation closed when it had already expired (to make way for a new one) still reads as expired.
  if (link.revoked_at && new Date(link.revoked_at).getTime() < expires) return 'revoked';
  if (link.revoked_at || expires <= now.getTime()) return 'expired';
  return 'pending';
}
