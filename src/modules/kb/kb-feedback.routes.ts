import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../server/http-app';
import { idParams } from '../../contracts/common';
import {
  commentBody,
  commentPage,
  commentView,
  createDeflectionBody,
  deflectionView,
  listCommentsQuery,
  statsQuery,
  statsView,
  updateDeflectionBody,
  voteBody,
  voteView,
} from './kb-feedback.schemas';
import { voteOnArticle } from './commands/vote-on-article';
import { addComment } from './commands/add-comment';
import { deleteComment } from './commands/delete-comment';
import { recordDeflection } from './commands/record-deflection';
import { updateDeflection } from './commands/update-deflection';
import { listComments } from './kb-feedback.queries';
import { knowledgeBaseStats } from './kb-stats.queries';
import { presentComment, presentDeflection } from './kb-feedback.presenter';

const tags = ['knowledge base'];

// Votes and deflection records may come from visitors who are not signed in; a per-address bound
// keeps one script from stuffing them.
const visitorWrites = { rateLimit: { max: 60, timeWindow: 60_000 } };

/** "Did this help?" votes, comments, the deflection log and its figures. */
export async function kbFeedbackRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = base;

  app.post(
    '/kb/articles/:id/votes',
    { schema: { tags, summary: '"Did this help?" — signed in or not (R12, R47)', params: idParams, body: voteBody, response: { 200: voteView } }, config: visitorWrites },
    async (request) =>
      voteOnArticle(ctx, { actor: request.actor, articleId: request.params.id, helpful: request.body.helpful, clientToken: request.body.clientToken, ip: request.ip }),
  );

  app.post(
    '/kb/articles/:id/comments',
    { schema: { tags, summary: 'Comment on an article (signed in, R20)', params: idParams, body: commentBody, response: { 201: commentView } } },
    async (request, reply) =>
      reply.status(201).send(presentComment(await addComment(ctx, { actor: actorOf(request), articleId: request.params.id, body: request.body.body }))),
  );

  app.get(
    '/kb/articles/:id/comments',
    { schema: { tags, summary: 'Comments on an article, oldest first', params: idParams, querystring: listCommentsQuery, response: { 200: commentPage } } },
    async (request) => {
      const result = await listComments(ctx, { actor: request.actor, articleId: request.params.id, ...request.query });
      return { items: result.items.map(presentComment), nextCursor: result.nextCursor };
    },
  );

  app.delete(
    '/kb/comments/:id',
    { schema: { tags, summary: 'Remove a comment (its author or staff)', params: idParams } },
    async (request, reply) => {
      await deleteComment(ctx, { actor: actorOf(request), id: request.params.id });
      return reply.status(204).send();
    },
  );

  app.post(
    '/kb/deflections',
    { schema: { tags, summary: 'Record suggestions shown for a question (R14)', body: createDeflectionBody, response: { 201: deflectionView } }, config: visitorWrites },
    async (request, reply) => reply.status(201).send(presentDeflection(await recordDeflection(ctx, { actor: request.actor, data: request.body }))),
  );

  app.patch(
    '/kb/deflections/:id',
    { schema: { tags, summary: 'An article opened, or how it ended', params: idParams, body: updateDeflectionBody, response: { 200: deflectionView } }, config: visitorWrites },
    async (request) => presentDeflection(await updateDeflection(ctx, { actor: request.actor, id: request.params.id, data: request.body })),
  );

  app.get(
    '/kb/stats',
    { schema: { tags, summary: 'Deflection figures and votes (staff)', querystring: statsQuery, response: { 200: statsView } } },
    async (request) => knowledgeBaseStats(ctx, { actor: actorOf(request), ...request.query }),
  );
}
