import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../server/http-app';
import { idParams } from '../../contracts/common';
import { ticketView } from '../tickets/ticket.schemas';
import { presentTicket } from '../tickets/ticket.presenter';
import { completeCallbackBody, requestCallbackBody } from './callback.schemas';
import { requestCallback } from './commands/request-callback';
import { completeCallback } from './commands/complete-callback';

const tags = ['sla'];

/** Phone call-backs with their own SLA target (R11). */
export async function callbackRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = base;

  app.post(
    '/tickets/:id/callback',
    {
      schema: {
        tags,
        summary: 'Promise the customer a phone call-back (staff; R11). 201 with the ticket; 200 with it unchanged while a call-back is still to be made',
        params: idParams,
        body: requestCallbackBody,
        response: { 200: ticketView, 201: ticketView },
      },
    },
    async (request, reply) => {
      const { ticket, created } = await requestCallback(ctx, { actor: actorOf(request), ticketId: request.params.id, data: request.body });
      return reply.status(created ? 201 : 200).send(presentTicket(ticket));
    },
  );

  app.post(
    '/tickets/:id/callback/done',
    { schema: { tags, summary: 'Record the call-back as made (staff; R11)', params: idParams, body: completeCallbackBody, response: { 200: ticketView } } },
    async (request) => presentTicket(await completeCallback(ctx, { actor: actorOf(request), ticketId: request.params.id, data: request.body })),
  );
}
