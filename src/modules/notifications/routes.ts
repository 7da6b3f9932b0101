// The signed-in person's notifications: what the app has told them, and marking it read.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inAppNotificationList } from '../../contract/notifications.js';
import type { AppContext } from '../../platform/context.js';
import { contextOf } from '../../platform/http/access.js';
import * as service from './service.js';

const noContent = z.null();

export async function notificationRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/me/notifications',
    {
      config: { policy: { action: 'me.read' } },
      schema: { tags: ['notifications'], summary: 'What the app has told you, newest first (the latest 50), and how many are unread', response: { 200: inAppNotificationList } },
    },
    async (request) => service.myNotifications(app.db, contextOf(app, request).actor.userId!),
  );

  r.post(
    '/me/notifications/read-all',
    {
      config: { policy: { action: 'me.update' } },
      schema: { tags: ['notifications'], summary: 'Mark all your notifications read', response: { 204: noContent } },
    },
    async (request, reply) => {
      const ctx = contextOf(app, request);
      await service.markAllRead(app.db, ctx.actor.userId!, ctx.now);
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/me/notifications/:id/read',
    {
      config: { policy: { action: 'me.update' } },
      schema: { tags: ['notifications'], summary: 'Mark one of your notifications read', params: z.object({ id: z.string().max(100) }), response: { 204: noContent } },
    },
    async (request, reply) => {
      const ctx = contextOf(app, request);
      await service.markRead(app.db, ctx.actor.userId!, request.params.id, ctx.now);
      return reply.code(204).send(null);
    },
  );
}
