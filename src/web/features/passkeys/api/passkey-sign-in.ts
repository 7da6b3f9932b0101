// Signing in with a passkey alone: POST /api/v1/auth/passkey/options (no email needed: the browser
// offers the passkeys it holds for Bulwark), the person unlocks one, then POST /api/v1/auth/passkey
// sets the session cookie and returns the CSRF token, as signing in with a password does.
import type { PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SignedIn } from '../../../../contract/accounts';
import { apiRequest, setCsrfToken } from '../../../lib/api-client';
import { forgetSessionData, meQueryKey } from '../../../lib/session';
import { getAssertion } from './browser-ceremony';

export async function signInWithPasskey(): Promise<SignedIn> {
  const options = await apiRequest<PublicKeyCredentialRequestOptionsJSON>('/api/v1/auth/passkey/options', { method: 'POST' });
  const response = await getAssertion(options);
  const result = await apiRequest<SignedIn>('/api/v1/auth/passkey', { method: 'POST', body: { response } });
  setCsrfToken(result.csrfToken);
  return result;
}

export function usePasskeySignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signInWithPasskey,
    onSuccess: async () => {
      // Nothing cached for a previous person may survive into this session.
      forgetSessionData(queryClient);
      await queryClient.refetchQueries({ queryKey: meQueryKey, exact: true });
    },
  });
}
