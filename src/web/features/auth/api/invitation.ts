// An invitation link's token (from the URL fragment) sent in a body, never in a path or query:
// POST /api/v1/auth/invitations/preview says what it is for; …/accept sets the password (or checks
// an existing one), grants the roles and signs the person in.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AcceptInvitationBody, InvitationPreview } from '../../../../contract/account-links';
import type { SignedIn } from '../../../../contract/accounts';
import { apiRequest, setCsrfToken } from '../../../lib/api-client';
import { forgetSessionData, meQueryKey } from '../../../lib/session';

export function invitationPreviewQueryOptions(token: string) {
  return queryOptions({
    queryKey: ['invitation-preview', token] as const,
    queryFn: ({ signal }) => apiRequest<InvitationPreview>('/api/v1/auth/invitations/preview', { method: 'POST', body: { token }, signal }),
    staleTime: Infinity,
    retry: false,
  });
}

export function useInvitationPreview(token: string) {
  return useQuery({ ...invitationPreviewQueryOptions(token), enabled: token !== '' });
}

export async function acceptInvitation(input: AcceptInvitationBody): Promise<SignedIn> {
  const result = await apiRequest<SignedIn>('/api/v1/auth/invitations/accept', { method: 'POST', body: input });
  setCsrfToken(result.csrfToken);
  return result;
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptInvitation,
    onSuccess: async () => {
      // A new session, perhaps for a different person from whoever used this browser before.
      forgetSessionData(queryClient);
      await queryClient.refetchQueries({ queryKey: meQueryKey, exact: true });
    },
  });
}
