// POST /api/v1/me/notifications/read-all: every notification of the signed-in person is read.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { notificationsPath, notificationsQueryKey } from './paths';

export function markAllNotificationsRead() {
  return apiRequest<void>(`${notificationsPath}/read-all`, { method: 'POST' });
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsQueryKey }),
  });
}
