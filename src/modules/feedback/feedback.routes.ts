import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../server/http-app';
import { idParams, iso } from '../../contracts/common';
import type { ticketFeedback } from '../../db/schema/index';
import { csatQuery, csatReport as csatReportView, feedbackView, giveFeedbackBody } from './feedback.schemas';
import { giveFeedback } from './commands/give-feedback';
import { csatReport, getFeedback } from './feedback.queries';

const present = (f: typeof ticketFeedback.$inferSelect) => ({
  ticketId: f.ticketId,
  personId: f.personId,
  rating: f.rating,
  comment: f.comment,
  createdAt: iso(f.createdAt),
  updatedAt: iso(f.updatedAt),
});

export async function feedbackRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = base;

  app.post(
    '/tickets/:id/feedback',
    { schema: { tags: ['feedback'], summary: 'Rate a resolved ticket (customer; R3, R39)', params: idParams, body: giveFeedbackBody, response: { 201: feedbackView } } },
    async (request, reply) => reply.status(201).send(present(await giveFeedback(ctx, { actor: actorOf(request), ticketId: request.params.id, data: request.body }))),
  );
  app.get('/tickets/:id/feedback', { schema: { tags: ['feedback'], summary: 'The ticket\'s rating', params: idParams, response: { 200: feedbackView } } }, async (request) =>
    present(await getFeedback(ctx, { actor: actorOf(request), ticketId: request.params.id })),
  );
  app.get('/reports/csat', { schema: { tags: ['reports'], summary: 'Customer satisfaction over a period (staff; R3)', querystring: csatQuery, response: { 200: csatReportView } } }, async (request) =>
    csatReport(ctx, { actor: actorOf(request), ...request.query }),
  );
}
