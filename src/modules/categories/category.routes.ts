import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../server/http-app';
import { idParams, iso } from '../../contracts/common';
import type { categories } from '../../db/schema/index';
import { categoryPage, categoryView, createCategoryBody, listCategoriesQuery, updateCategoryBody } from './category.schemas';
import { createCategory, updateCategory } from './commands/save-category';
import { getCategory, listCategories } from './category.queries';

const tags = ['directory'];
const presentCategory = (c: typeof categories.$inferSelect) => ({ ...c, createdAt: iso(c.createdAt), updatedAt: iso(c.updatedAt) });

export async function categoryRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = base;

  app.post(
    '/categories',
    { schema: { tags, summary: 'Add a category (admin)', body: createCategoryBody, response: { 201: categoryView } } },
    async (request, reply) => reply.status(201).send(presentCategory(await createCategory(ctx, { actor: actorOf(request), data: request.body }))),
  );
  app.get('/categories', { schema: { tags, summary: 'The category tree', querystring: listCategoriesQuery, response: { 200: categoryPage } } }, async (request) => {
    const result = await listCategories(ctx, { actor: actorOf(request), ...request.query });
    return { items: result.items.map(presentCategory), nextCursor: result.nextCursor };
  });
  app.get('/categories/:id', { schema: { tags, summary: 'Get a category', params: idParams, response: { 200: categoryView } } }, async (request) =>
    presentCategory(await getCategory(ctx, { actor: actorOf(request), id: request.params.id })),
  );
  app.patch(
    '/categories/:id',
    { schema: { tags, summary: 'Change a category (admin)', params: idParams, body: updateCategoryBody, response: { 200: categoryView } } },
    async (request) => presentCategory(await updateCategory(ctx, { actor: actorOf(request), id: request.params.id, data: request.body })),
  );
}
