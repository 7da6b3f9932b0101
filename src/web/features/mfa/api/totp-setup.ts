// POST /api/v1/me/mfa/totp/setup starts setting up an authenticator app: a new secret, its QR code
// and the key to type instead. POST …/confirm finishes with a code from the app, and returns the
// ten recovery codes (shown this once) when this is the person's first second factor.
import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import type { TotpConfirmed, TotpSetup } from '../../../../contract/mfa';
import { apiRequest, setCsrfToken } from '../../../lib/api-client';

// A query rather than a mutation, so that rendering twice (React's strict mode) asks for one secret,
// not two; each request replaces the secret being set up.
export const totpSetupQueryOptions = queryOptions({
  queryKey: ['me', 'mfa', 'totp-setup'] as const,
  queryFn: ({ signal }) => apiRequest<TotpSetup>('/api/v1/me/mfa/totp/setup', { method: 'POST', signal }),
  staleTime: Infinity,
  gcTime: 0,
  retry: false,
});

export function useTotpSetup() {
  return useQuery(totpSetupQueryOptions);
}

export async function confirmTotp(code: string): Promise<TotpConfirmed> {
  const confirmed = await apiRequest<TotpConfirmed>('/api/v1/me/mfa/totp/confirm', { method: 'POST', body: { code } });
  // Finishing enrolment renews the session (a new cookie and CSRF token); otherwise this is the same token.
  setCsrfToken(confirmed.csrfToken);
  return confirmed;
}

export function useConfirmTotp() {
  return useMutation({ mutationFn: (code: string) => confirmTotp(code.replace(/\s+/g, '')) });
}
