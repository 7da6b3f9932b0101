// The API contract for in-app notifications: what the app has told the signed-in person.
import { z } from 'zod';

export const inAppNotification = z.object({
  id: z.string(),
  orgId: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type InAppNotification = z.infer<typeof inAppNotification>;
export const inAppNotificationList = z.object({ unread: z.number(), items: z.array(inAppNotification) });
export type InAppNotificationList = z.infer<typeof inAppNotificationList>;
