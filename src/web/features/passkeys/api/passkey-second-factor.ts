// Finishing sign-in with a passkey as the second factor: POST /api/v1/auth/second-factor/passkey/options,
// the browser signs with one of the person's passkeys, then POST /api/v1/auth/second-factor/passkey.
import type { PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RenewedSession } from '../../../../contract/mfa';
import { apiRequest, setCsrfToken } from '../../../lib/api-client';
import { forgetSessionData, meQueryKey } from '../../../lib/session';
import { getAssertion } from './browser-ceremony';

export async function givePasskey(): Promise<void> {
  const options = await apiRequest<PublicKeyCredentialRequestOptionsJSON>('/api/v1/auth/second-factor/passkey/options', { method: 'POST' });
  const response = await getAssertion(options);
  // The session is renewed: a new cookie (set by the answer) and this CSRF token.
  const renewed = await apiRequest<RenewedSession>('/api/v1/auth/second-factor/passkey', { method: 'POST', body: { response } });
  setCsrfToken(renewed.csrfToken);
}

export function useGivePasskey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: givePasskey,
    onSuccess: async () => {
      // The session is complete now: "who am I" gains the person's organisations.
      forgetSessionData(queryClient);
      await queryClient.refetchQueries({ queryKey: meQueryKey, exact: true });
    },
  });
}
