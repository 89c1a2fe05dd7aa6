import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../server/http-app';
import { channelSettingsView } from './channel-settings.schemas';
import { getChannelSettings } from './channel-settings.queries';

/** GET /admin/channels: how email and chat are set up, for the admin's channel page (read only). */
export async function channelSettingsRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = base;

  app.get(
    '/admin/channels',
    { schema: { tags: ['admin'], summary: 'Channel status: email and chat configuration, secrets masked (admin)', response: { 200: channelSettingsView } } },
    async (request) => getChannelSettings(ctx, { actor: actorOf(request) }),
  );
}
