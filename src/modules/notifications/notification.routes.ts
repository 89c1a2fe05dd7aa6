import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../server/http-app';
import { listNotificationsQuery, notificationPage } from './notification.schemas';
import { listNotifications } from './notification.queries';
import { presentNotification } from './notification.presenter';

/** GET /notifications: the notification outbox, for admins checking what was sent and what failed. */
export async function notificationRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = base;

  app.get(
    '/notifications',
    {
      schema: {
        tags: ['notifications'],
        summary: 'The notification outbox, newest first (admin)',
        querystring: listNotificationsQuery,
        response: { 200: notificationPage },
      },
    },
    async (request) => {
      const result = await listNotifications(ctx, { actor: actorOf(request), ...request.query });
      return { items: result.items.map(presentNotification), nextCursor: result.nextCursor };
    },
  );
}
