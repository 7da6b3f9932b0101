// POST /api/v1/me/invitations/:id/accept or …/decline. Accepting gives you the invitation's roles, so
// "who am I" changes: your organisations, and perhaps a second factor to give or set up first.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AcceptedMyInvitation } from '../../../../contract/account-links';
import { apiRequest, segment } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/session';
import { myInvitationsQueryOptions } from './get-my-invitations';

export function answerInvitation(id: string, answer: 'accept' | 'decline') {
  return apiRequest<AcceptedMyInvitation | undefined>(`/api/v1/me/invitations/${segment(id)}/${answer}`, { method: 'POST' });
}

export function useAnswerInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, answer }: { id: string; answer: 'accept' | 'decline' }) => answerInvitation(id, answer),
    onSuccess: async (_, { answer }) => {
      await queryClient.invalidateQueries({ queryKey: myInvitationsQueryOptions.queryKey });
      if (answer === 'accept') await queryClient.refetchQueries({ queryKey: meQueryKey, exact: true });
    },
  });
}
