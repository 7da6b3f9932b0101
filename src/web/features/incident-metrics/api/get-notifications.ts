// GET /api/v1/me/notifications: the signed-in person's notifications, newest first, and how many are
// unread. The header asks again every minute, so a new one shows without reloading.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { InAppNotification, InAppNotificationList } from '../../../../contract/notifications';
import { apiRequest } from '../../../lib/api-client';
import { notificationsPath, notificationsQueryKey } from './paths';

export type { InAppNotification, InAppNotificationList };

/** How often the unread count is asked for: at most once a minute. */
export const UNREAD_POLL_MS = 60_000;

export function notificationsQueryOptions() {
  return queryOptions({
    queryKey: notificationsQueryKey,
    queryFn: ({ signal }) => apiRequest<InAppNotificationList>(notificationsPath, { signal }),
  });
}

export function useNotifications(options: { enabled?: boolean; poll?: boolean } = {}) {
  return useQuery({
    ...notificationsQueryOptions(),
    enabled: options.enabled ?? true,
    ...(options.poll ? { refetchInterval: UNREAD_POLL_MS, staleTime: UNREAD_POLL_MS } : {}),
  });
}
