import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { meResponse } from './auth.schemas';

/**
 * GET /api/v1/auth/session: who is signed in, or `person: null` — always 200, so a page can ask
 * before showing a sign-in form without provoking a 401 (which browsers log as an error).
 */
export async function sessionRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/auth/session',
    { schema: { tags: ['auth'], summary: 'The signed-in person or null (never 401)', response: { 200: z.object({ person: meResponse.nullable() }) } } },
    async (request) => {
      const actor = request.actor;
      if (!actor) return { person: null };
      return {
        person: {
          id: actor.id,
          name: actor.name,
          role: actor.role,
          email: actor.emails[0] ?? null,
          emails: actor.emails,
          organizationId: actor.organizationId,
          teamIds: actor.teamIds,
          languages: actor.languages,
        },
      };
    },
  );
}
