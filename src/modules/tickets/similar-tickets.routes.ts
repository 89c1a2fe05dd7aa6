import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../server/http-app';
import { idParams } from '../../contracts/common';
import { similarTicketsQuery, similarTicketsView } from './similar-tickets.schemas';
import { findSimilarTickets } from './similar-tickets.queries';
import { presentSimilarTickets } from './similar-tickets.presenter';

const tags = ['tickets'];

export async function similarTicketRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = base;

  app.get(
    '/tickets/:id/similar',
    {
      schema: {
        tags,
        summary: 'Likely duplicates of a ticket, to link or merge (staff; R44, R7)',
        params: idParams,
        querystring: similarTicketsQuery,
        response: { 200: similarTicketsView },
      },
    },
    async (request) =>
      presentSimilarTickets(await findSimilarTickets(ctx, { actor: actorOf(request), id: request.params.id, limit: request.query.limit })),
  );
}
