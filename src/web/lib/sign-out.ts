// POST /api/v1/auth/logout: ends this login session. The app shell offers it on every page, so it
// lives with the session rather than in the sign-in feature, which loads only with its pages.
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from './api-client';

export function signOut(): Promise<void> {
  return apiRequest<void>('/api/v1/auth/logout', { method: 'POST' });
}

/**
 * Signs out, then loads the sign-in page afresh: a full page load is the surest way to drop every
 * trace of the session held in memory (cached records, the CSRF token), and avoids racing the
 * sign-in guard of the page being left.
 */
export function useSignOut() {
  return useMutation({
    mutationFn: signOut,
    // Even if the server had already ended the session, the person asked to leave.
    onSettled: () => window.location.assign('/sign-in?signedOut=this'),
  });
}
