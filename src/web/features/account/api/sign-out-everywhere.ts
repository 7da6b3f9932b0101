// POST /api/v1/auth/logout-everywhere: ends every one of your sessions, this one included.
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function signOutEverywhere(): Promise<void> {
  return apiRequest<void>('/api/v1/auth/logout-everywhere', { method: 'POST' });
}

/** Like signing out, ends with a fresh page load so nothing of the session stays in memory. */
export function useSignOutEverywhere() {
  return useMutation({
    mutationFn: signOutEverywhere,
    onSuccess: () => window.location.assign('/sign-in?signedOut=everywhere'),
  });
}
