// POST /api/v1/me/notifications/:id/read: one notification is read.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, segment } from '../../../lib/api-client';
import { notificationsPath, notificationsQueryKey } from './paths';

export function markNotificationRead(id: string) {
  return apiRequest<void>(`${notificationsPath}/${segment(id)}/read`, { method: 'POST' });
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => markNotificationRead(id),
    // The list and the header's count are one query.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsQueryKey }),
  });
}
