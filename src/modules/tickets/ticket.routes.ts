import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../server/http-app';
import { idParams } from '../../contracts/common';
import { createTicketBody, listTicketsQuery, mergeTicketBody, ticketEventView, ticketPage, ticketView, updateTicketBody } from './ticket.schemas';
import { createTicket } from './commands/create-ticket';
import { updateTicket } from './commands/update-ticket';
import { mergeTickets } from './commands/merge-tickets';
import { getTicket, listTicketEvents, listTickets } from './ticket.queries';
import { presentTicket, presentTicketEvent } from './ticket.presenter';
import { listTicketNotifications } from '../notifications/notification.queries';
import { notificationView } from '../notifications/notification.schemas';
import { requireStaff } from '../auth/actor';

const tags = ['tickets'];

export async function ticketRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = base;

  app.post(
    '/tickets',
    { schema: { tags, summary: 'Open a ticket (customer, agent on behalf, or API)', body: createTicketBody, response: { 201: ticketView } } },
    async (request, reply) => reply.status(201).send(presentTicket(await createTicket(ctx, { actor: actorOf(request), data: request.body }))),
  );

  app.get(
    '/tickets',
    { schema: { tags, summary: 'Tickets you may see, in queue order', querystring: listTicketsQuery, response: { 200: ticketPage } } },
    async (request) => {
      const result = await listTickets(ctx, { actor: actorOf(request), ...request.query });
      return { items: result.items.map(presentTicket), nextCursor: result.nextCursor };
    },
  );

  app.get('/tickets/:id', { schema: { tags, summary: 'Get a ticket', params: idParams, response: { 200: ticketView } } }, async (request) =>
    presentTicket(await getTicket(ctx, { actor: actorOf(request), id: request.params.id })),
  );

  app.patch(
    '/tickets/:id',
    { schema: { tags, summary: 'Change status, triage, routing, level or ETA', params: idParams, body: updateTicketBody, response: { 200: ticketView } } },
    async (request) => presentTicket(await updateTicket(ctx, { actor: actorOf(request), id: request.params.id, data: request.body })),
  );

  app.post(
    '/tickets/:id/merge',
    { schema: { tags, summary: 'Merge this ticket into another (R44)', params: idParams, body: mergeTicketBody, response: { 200: ticketView } } },
    async (request) =>
      presentTicket(await mergeTickets(ctx, { actor: actorOf(request), id: request.params.id, intoTicketId: request.body.intoTicketId })),
  );

  app.get(
    '/tickets/:id/events',
    { schema: { tags, summary: 'The ticket\'s history', params: idParams, response: { 200: z.object({ items: z.array(ticketEventView) }) } } },
    async (request) => ({ items: (await listTicketEvents(ctx, { actor: actorOf(request), id: request.params.id })).map(presentTicketEvent) }),
  );

  app.get(
    '/tickets/:id/notifications',
    {
      schema: {
        tags,
        summary: 'What was sent about this ticket, to whom, and whether it arrived (R10; staff)',
        params: idParams,
        response: { 200: z.object({ items: z.array(notificationView) }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      requireStaff(actor);
      await getTicket(ctx, { actor, id: request.params.id });
      return { items: await listTicketNotifications(ctx.db, request.params.id) };
    },
  );
}
