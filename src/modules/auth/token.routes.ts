import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../server/http-app';
import { createTokenBody } from './auth.schemas';
import { createApiToken, listApiTokens, revokeApiToken } from './commands/api-tokens';
import { idParams, iso, timestamp } from '../../contracts/common';

const tokenView = z.object({
  id: z.string(),
  personId: z.string(),
  name: z.string(),
  createdAt: timestamp,
  revokedAt: timestamp.nullable(),
});

const presentToken = (t: { id: string; personId: string; name: string; createdAt: Date; revokedAt?: Date | null }) => ({
  id: t.id,
  personId: t.personId,
  name: t.name,
  createdAt: iso(t.createdAt),
  revokedAt: iso(t.revokedAt),
});

export async function tokenRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = base;

  app.post(
    '/tokens',
    {
      schema: {
        tags: ['access'],
        summary: 'Issue an API token that acts as a person (admin)',
        body: createTokenBody,
        response: { 201: tokenView.extend({ token: z.string().describe('Shown once; store it now') }) },
      },
    },
    async (request, reply) => {
      const created = await createApiToken(ctx, { actor: actorOf(request), ...request.body });
      return reply.status(201).send({ ...presentToken(created), token: created.token });
    },
  );

  app.get('/tokens', { schema: { tags: ['access'], summary: 'List API tokens (admin)', response: { 200: z.object({ items: z.array(tokenView) }) } } }, async (request) => ({
    items: (await listApiTokens(ctx, { actor: actorOf(request) })).map(presentToken),
  }));

  app.delete('/tokens/:id', { schema: { tags: ['access'], summary: 'Revoke an API token (admin)', params: idParams } }, async (request, reply) => {
    await revokeApiToken(ctx, { actor: actorOf(request), id: request.params.id });
    return reply.status(204).send();
  });
}
