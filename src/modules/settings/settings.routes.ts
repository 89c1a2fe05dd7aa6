import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../server/http-app';
import { settingsPatchSchema, settingsView } from './settings.schemas';
import { getSettings } from './settings.queries';
import { updateSettings } from './commands/update-settings';

const tags = ['settings'];

/** GET|PATCH /settings: lifecycle timers and priority by availability (API.md "Lifecycle settings"). */
export async function settingsRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = base;

  app.get('/settings', { schema: { tags, summary: 'The global desk settings (staff)', response: { 200: settingsView } } }, async (request) =>
    getSettings(ctx, { actor: actorOf(request) }),
  );

  app.patch(
    '/settings',
    { schema: { tags, summary: 'Change desk settings by deep merge (admin)', body: settingsPatchSchema, response: { 200: settingsView } } },
    async (request) => updateSettings(ctx, { actor: actorOf(request), data: request.body }),
  );
}
