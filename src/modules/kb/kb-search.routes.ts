import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { searchQuery, searchResults, suggestQuery } from './kb-search.schemas';
import { searchArticles, suggestArticles } from './kb-search.queries';

const tags = ['knowledge base'];

// Open to visitors, so bounded per address; generous, because the portal asks while a customer types.
const rateLimit = { max: 300, timeWindow: 60_000 };

/** Search and suggestions over published articles; no sign-in needed (R9, R14). */
export async function kbSearchRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = base;

  app.get(
    '/kb/search',
    {
      schema: { tags, summary: 'Search published articles (all words, then any)', querystring: searchQuery, response: { 200: searchResults } },
      config: { rateLimit },
    },
    async (request) => searchArticles(ctx, request.query),
  );

  app.get(
    '/kb/suggest',
    {
      schema: { tags, summary: 'Articles that may answer a customer\'s question (R14)', querystring: suggestQuery, response: { 200: searchResults } },
      config: { rateLimit },
    },
    async (request) => suggestArticles(ctx, request.query),
  );
}
