// POST /api/v1/auth/login: exchanges email and password for a session cookie and a CSRF token.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, setCsrfToken } from '../../../lib/api-client';
import { forgetSessionData, meQueryKey } from '../../../lib/session';

export type { SignInBody as SignInInput, SignedIn as SignInResult } from '../../../../contract/accounts';
import type { SignInBody as SignInInput, SignedIn as SignInResult } from '../../../../contract/accounts';

export async function signIn(input: SignInInput): Promise<SignInResult> {
  const result = await apiRequest<SignInResult>('/api/v1/auth/login', { method: 'POST', body: input });
  setCsrfToken(result.csrfToken);
  return result;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: async () => {
      // Nothing cached for a previous person may survive into this session.
      forgetSessionData(queryClient);
      await queryClient.refetchQueries({ queryKey: meQueryKey, exact: true });
    },
  });
}
