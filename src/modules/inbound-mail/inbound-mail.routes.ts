import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../server/http-app';
import { idParams } from '../../contracts/common';
import { notFound } from '../../server/app-error';
import { isId } from '../../server/ids';
import { requireAdmin } from '../auth/actor';
import { inboundMailPage, inboundMailView, listInboundMailQuery } from './inbound-mail.schemas';
import { findInboundMail, listInboundMail } from './inbound-mail.queries';
import { presentInboundMail } from './inbound-mail.presenter';
import { retryInboundMail } from './commands/retry-inbound-mail';

const tags = ['admin'];

/** Admin view of inbound email: what arrived, what became of it, and a retry for the failed. */
export async function inboundMailRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = base;

  app.get(
    '/admin/inbound-mail',
    { schema: { tags, summary: 'Stored inbound email, newest first, by status (admin)', querystring: listInboundMailQuery, response: { 200: inboundMailPage } } },
    async (request) => {
      const result = await listInboundMail(ctx, { actor: actorOf(request), ...request.query });
      return { items: result.items.map(presentInboundMail), nextCursor: result.nextCursor };
    },
  );

  app.get(
    '/admin/inbound-mail/:id',
    { schema: { tags, summary: 'One stored inbound email (admin)', params: idParams, response: { 200: inboundMailView } } },
    async (request) => {
      requireAdmin(actorOf(request));
      const found = isId(request.params.id) ? await findInboundMail(ctx.db, request.params.id) : null;
      if (!found) throw notFound('inbound_message');
      return presentInboundMail(found);
    },
  );

  app.post(
    '/admin/inbound-mail/:id/retry',
    { schema: { tags, summary: 'Process a failed, ignored or rate-limited email again (admin)', params: idParams, response: { 202: z.object({ id: z.string() }) } } },
    async (request, reply) => {
      await retryInboundMail(ctx, { actor: actorOf(request), id: request.params.id });
      return reply.status(202).send({ id: request.params.id });
    },
  );
}
