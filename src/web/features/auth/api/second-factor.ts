// POST /api/v1/auth/second-factor/totp and …/recovery-code: finish signing in with a code from an
// authenticator app, or with one of the person's recovery codes (each works once).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { forgetSessionData, meQueryKey } from '../../../lib/session';

export type SecondFactorMethod = 'totp' | 'recovery-code';

export async function giveSecondFactor(method: SecondFactorMethod, code: string): Promise<{ recoveryCodesLeft?: number }> {
  const answer = await apiRequest<{ recoveryCodesLeft: number } | undefined>(`/api/v1/auth/second-factor/${method}`, { method: 'POST', body: { code } });
  return answer ?? {};
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
