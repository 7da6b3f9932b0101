// POST /api/v1/auth/second-factor/totp and …/recovery-code: finish signing in with a code from an
// authenticator app, or with one of the person's recovery codes (each works once). Either renews the
// session: the browser takes the new cookie, and the app the new CSRF token.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RecoveryCodeGiven, RenewedSession } from '../../../../contract/mfa';
import { apiRequest, setCsrfToken } from '../../../lib/api-client';
import { forgetSessionData, meQueryKey } from '../../../lib/session';

export type SecondFactorMethod = 'totp' | 'recovery-code';

export async function giveSecondFactor(method: SecondFactorMethod, code: string): Promise<{ recoveryCodesLeft?: number }> {
  const answer = await apiRequest<RenewedSession | RecoveryCodeGiven>(`/api/v1/auth/second-factor/${method}`, { method: 'POST', body: { code } });
  // The session was renewed (a new cookie, set by the answer): its new CSRF token goes with it.
  setCsrfToken(answer.csrfToken);
  return 'recoveryCodesLeft' in answer ? { recoveryCodesLeft: answer.recoveryCodesLeft } : {};
}

export function useGiveSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ method, code }: { method: SecondFactorMethod; code: string }) => giveSecondFactor(method, code.trim()),
    onSuccess: async () => {
      // The session is complete now: "who am I" gains the person's organisations.
      forgetSessionData(queryClient);
      await queryClient.refetchQueries({ queryKey: meQueryKey, exact: true });
    },
  });
}
