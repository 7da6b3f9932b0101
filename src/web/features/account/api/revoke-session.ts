// POST /api/v1/me/sessions/:sessionId/revoke: signs you out of one of your other sessions (a lost
// phone, a shared computer) by the short id the sessions list shows.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, segment } from '../../../lib/api-client';
import { sessionsQueryOptions } from './get-sessions';

export function revokeSession(sessionId: string) {
  return apiRequest<void>(`/api/v1/me/sessions/${segment(sessionId)}/revoke`, { method: 'POST' });
}

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeSession,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsQueryOptions.queryKey }),
  });
}
