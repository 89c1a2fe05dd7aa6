import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../server/http-app';
import { idParams } from '../../contracts/common';
import { articlePage, articleView, createArticleBody, listArticlesQuery, translationList, updateArticleBody } from './kb.schemas';
import { createArticle } from './commands/create-article';
import { updateArticle } from './commands/update-article';
import { deleteArticle } from './commands/delete-article';
import { getArticle, listArticles, listTranslations } from './article.queries';
import { presentArticle, presentArticleSummary, presentTranslation } from './article.presenter';

const tags = ['knowledge base'];

/** Articles: staff write; anybody reads published ones, signed in or not (R9), so reads use `request.actor`. */
export async function articleRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = base;

  app.post(
    '/kb/articles',
    { schema: { tags, summary: 'Write an article or a translation (staff)', body: createArticleBody, response: { 201: articleView } } },
    async (request, reply) => reply.status(201).send(presentArticle(await createArticle(ctx, { actor: actorOf(request), data: request.body }))),
  );

  app.get(
    '/kb/articles',
    { schema: { tags, summary: 'Articles by language and category (published only unless staff)', querystring: listArticlesQuery, response: { 200: articlePage } } },
    async (request) => {
      const result = await listArticles(ctx, { actor: request.actor, ...request.query });
      return { items: result.items.map(presentArticleSummary), nextCursor: result.nextCursor };
    },
  );

  app.get(
    '/kb/articles/:id',
    { schema: { tags, summary: 'Read an article (drafts: staff only)', params: idParams, response: { 200: articleView } } },
    async (request) => presentArticle(await getArticle(ctx, { actor: request.actor, id: request.params.id })),
  );

  app.patch(
    '/kb/articles/:id',
    { schema: { tags, summary: 'Change, publish or unpublish an article (staff)', params: idParams, body: updateArticleBody, response: { 200: articleView } } },
    async (request) => presentArticle(await updateArticle(ctx, { actor: actorOf(request), id: request.params.id, data: request.body })),
  );

  app.delete(
    '/kb/articles/:id',
    { schema: { tags, summary: 'Delete an article with its votes and comments (staff)', params: idParams } },
    async (request, reply) => {
      await deleteArticle(ctx, { actor: actorOf(request), id: request.params.id });
      return reply.status(204).send();
    },
  );

  app.get(
    '/kb/articles/:id/translations',
    { schema: { tags, summary: 'Every language version of an article (R31)', params: idParams, response: { 200: translationList } } },
    async (request) => ({ items: (await listTranslations(ctx, { actor: request.actor, id: request.params.id })).map(presentTranslation) }),
  );
}
